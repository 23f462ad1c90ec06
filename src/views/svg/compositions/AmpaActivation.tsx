import type { Framing } from '../../../science/types';
import type { Camera } from '../geometry';
import type { LabelSpec } from '../Labels';
import { AMPA_X, KETAMINE_RIGHT_ANCHOR, LTYPE_AT, NMDA_X, Synapse } from './synapse';
import type { Composition } from './types';

/**
 * Scene 3: close on the spine head. Glutamate opens the yellow AMPA receptors while ketamine still sits
 * in the NMDA channels; Na⁺ enters and the spine glows; L-type channels on its flanks let Ca²⁺ in;
 * a calm wave runs toward the BDNF stores.
 */
const SPINE_VIEW: Camera = { x: 200, y: 130, w: 560, inset: 0 };

const LABELS: readonly LabelSpec[] = [
  { actor: 'glutamate', at: [190, 40], anchor: [380, 246] },
  { actor: 'ampa', at: [770, 40], anchor: [AMPA_X[2] + 4, 240] },
  { actor: 'nmda', at: [190, 205], anchor: [NMDA_X[0] - 6, 242] },
  { actor: 'ketamine', at: [790, 130], anchor: KETAMINE_RIGHT_ANCHOR },
  { actor: 'sodium', at: [790, 470], anchor: [540, 320] },
  { actor: 'ltype', at: [190, 380], anchor: [LTYPE_AT[0][0] - 12, LTYPE_AT[0][1]] },
  { actor: 'calcium', at: [790, 340], anchor: [LTYPE_AT[1][0] - 14, LTYPE_AT[1][1] + 6] },
  { actor: 'spine', at: [790, 545], anchor: [505, 430] },
];

function World() {
  return <Synapse options={{ spineSignalling: true, interneuron: false }} />;
}

export const ampaActivation: Composition = {
  camera: (_framing: Framing) => SPINE_VIEW,
  labels: (_framing: Framing) => LABELS,
  World,
};
