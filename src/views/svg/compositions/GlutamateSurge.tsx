import type { Framing } from '../../../science/types';
import { FULL_VIEW, type Camera } from '../geometry';
import type { LabelSpec } from '../Labels';
import { INTERNEURON_AT, KETAMINE_ANCHOR, PYRAMIDAL_TRACE_ANCHOR, Synapse } from './synapse';
import type { Composition } from './types';

/**
 * Scene 2: the same synapse seen for its traffic: the interneuron's GABA puffs thin, the pyramidal
 * neuron's spike trace quickens, docked vesicles fuse and glutamate fills the cleft. "Cleft" framing
 * moves in on the bouton and cleft.
 */
const CLEFT_VIEW: Camera = { x: 170, y: 40, w: 640, inset: 0 };

const WIDE_LABELS: readonly LabelSpec[] = [
  { actor: 'interneuron', at: [40, 236], anchor: [INTERNEURON_AT[0] - 30, INTERNEURON_AT[1] - 26], align: 'start' },
  { actor: 'gaba', at: [150, 520], anchor: [300, 474] },
  { actor: 'pyramidal', at: [700, 348], anchor: [PYRAMIDAL_TRACE_ANCHOR[0] - 60, PYRAMIDAL_TRACE_ANCHOR[1] - 52] },
  { actor: 'presynaptic', at: [700, 70], anchor: [640, 100] },
  { actor: 'vesicle', at: [288, 46], anchor: [372, 112] },
  { actor: 'glutamate', at: [700, 236], anchor: [600, 243] },
  { actor: 'ketamine', at: [200, 150], anchor: KETAMINE_ANCHOR },
];

const CLEFT_LABELS: readonly LabelSpec[] = [
  { actor: 'presynaptic', at: [760, 60], anchor: [640, 110] },
  { actor: 'vesicle', at: [150, 80], anchor: [372, 118] },
  { actor: 'glutamate', at: [790, 330], anchor: [600, 245] },
  { actor: 'ketamine', at: [90, 250], anchor: KETAMINE_ANCHOR },
  { actor: 'gaba', at: [90, 560], anchor: [300, 474] },
];

function World() {
  return <Synapse options={{ pyramidalTrace: true }} />;
}

export const glutamateSurge: Composition = {
  camera: (framing: Framing) => (framing === 'cleft' ? CLEFT_VIEW : FULL_VIEW),
  labels: (framing: Framing) => (framing === 'cleft' ? CLEFT_LABELS : WIDE_LABELS),
  World,
};
