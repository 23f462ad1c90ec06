import { defineScene } from '../define';

/** Scene 1: ketamine enters open NMDA channels, mostly on busy GABA interneurons (PV and SST), and is trapped. */
export default defineScene({
  id: 'nmda-blockade',
  actors: ['presynaptic', 'vesicle', 'glutamate', 'spine', 'nmda', 'magnesium', 'ketamine', 'interneuron'],
  stillBeat: 'trapped',
  chart: { variable: 'nmdaBlocked', fromHours: 1 / 60, toHours: 48 },
  initial: {},
  beats: [
    { id: 'synapse', duration: 7, clock: 'before', framing: 'wide', claims: ['nmda-gating'], focus: ['presynaptic', 'spine', 'interneuron'], to: {} },
    {
      id: 'gate', duration: 8, clock: 'before', framing: 'receptor', claims: ['nmda-gating'], focus: ['nmda', 'magnesium'],
      to: { nmdaOpen: 1, mgBlock: 0 },
    },
    {
      id: 'arrives', duration: 8, clock: 0.02, framing: 'receptor', claims: ['open-channel-block', 'interneuron-block'], focus: ['ketamine', 'nmda'],
      to: { ketamine: 1, nmdaBlocked: 0.55 },
    },
    {
      id: 'trapped', duration: 8, clock: 0.05, framing: 'wide', claims: ['trapping', 'interneuron-block', 'dissociation'], focus: ['nmda', 'interneuron'],
      to: { nmdaBlocked: 1, nmdaOpen: 0.15, mgBlock: 0, interneuron: 1, gaba: 1, sedation: 1, eef2k: 1 },
    },
    {
      id: 'later', duration: 8, clock: 'now', framing: 'wide', claims: ['short-lived', 'dissociation', 'habenula-trapping'], focus: ['ketamine', 'interneuron'],
      to: { ketamine: 'now', nmdaBlocked: 'now', interneuron: 'now', gaba: 'now', sedation: 'now', eef2k: 'now' },
    },
  ],
});
