import type { SceneDefinition, SceneId } from '../src/science/types';
import nmdaBlockade from './nmda-blockade/scene';
import glutamateSurge from './glutamate-surge/scene';
import ampaActivation from './ampa-activation/scene';
import bdnfRelease from './bdnf-release/scene';
import synaptogenesis from './synaptogenesis/scene';

/** The five steps, in the order of the mechanism. */
export const SCENES: readonly SceneDefinition[] = [nmdaBlockade, glutamateSurge, ampaActivation, bdnfRelease, synaptogenesis];

export function getScene(id: SceneId): SceneDefinition {
  return SCENES.find((scene) => scene.id === id)!;
}
