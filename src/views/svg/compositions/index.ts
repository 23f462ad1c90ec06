import type { SceneId } from '../../../science/types';
import { ampaActivation } from './AmpaActivation';
import { bdnfRelease } from './BdnfRelease';
import { glutamateSurge } from './GlutamateSurge';
import { nmdaBlockade } from './NmdaBlockade';
import { synaptogenesis } from './Synaptogenesis';
import type { Composition } from './types';

export const COMPOSITIONS: Readonly<Record<SceneId, Composition>> = {
  'nmda-blockade': nmdaBlockade,
  'glutamate-surge': glutamateSurge,
  'ampa-activation': ampaActivation,
  'bdnf-release': bdnfRelease,
  synaptogenesis,
};
