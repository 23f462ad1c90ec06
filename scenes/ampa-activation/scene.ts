import { defineScene } from '../define';

/** Scene 3: the burst of glutamate opens AMPA receptors; the spine depolarises; L-type Ca²⁺ channels open. */
export default defineScene({
  id: 'ampa-activation',
  actors: ['glutamate', 'ampa', 'sodium', 'nmda', 'ketamine', 'ltype', 'calcium', 'spine'],
  stillBeat: 'calcium',
  chart: { variable: 'ampaOpen', fromHours: 1 / 60, toHours: 48 },
  initial: { ketamine: 1, nmdaBlocked: 1, glutamate: 1, pyramidal: 1, interneuron: 1, gaba: 1 },
  beats: [
    {
      id: 'meets', duration: 7, clock: 0.2, framing: 'spine', claims: ['ampa-necessary'], focus: ['ampa', 'glutamate', 'nmda'],
      to: { ampaOpen: 1 },
    },
    {
      id: 'lights', duration: 7, clock: 0.3, framing: 'spine', claims: ['ampa-necessary'], focus: ['spine', 'sodium'],
      to: { depolarization: 1 },
    },
    {
      id: 'calcium', duration: 7, clock: 0.4, framing: 'spine', claims: ['ltype-calcium'], focus: ['ltype', 'calcium'],
      to: { calcium: 1 },
    },
    {
      id: 'handoff', duration: 8, clock: 1, framing: 'spine', claims: ['ltype-calcium', 'hnk-route'], focus: ['spine'],
      to: { bdnf: 0.35, glutamate: 0.5, ampaOpen: 0.6 },
    },
  ],
});
