import { defineScene } from '../define';

/** Scene 5: new dendritic spines in animals: buds within hours, mature by about a day; some persist, some fade. */
export default defineScene({
  id: 'synaptogenesis',
  actors: ['dendrite', 'spine', 'newSpine', 'presynaptic'],
  stillBeat: 'mature',
  chart: { variable: 'newSpines', fromHours: 1, toHours: 1008 },
  initial: {},
  beats: [
    { id: 'before', duration: 7, clock: 'before', framing: 'dendrite', claims: ['stress-spine-loss'], focus: ['dendrite', 'spine'], to: {} },
    { id: 'buds', duration: 7, clock: 4, framing: 'dendrite', claims: ['spinogenesis'], focus: ['newSpine'], to: { newSpines: 0.4, spineMaturity: 0.2 } },
    {
      id: 'mature', duration: 9, clock: 24, framing: 'dendrite', claims: ['spinogenesis', 'spines-sustain', 'habenula-trapping'], focus: ['newSpine', 'presynaptic'],
      to: { newSpines: 1, spineMaturity: 1 },
    },
    {
      id: 'weeks', duration: 8, clock: 'now', framing: 'dendrite', claims: ['spines-persist', 'human-synapse-pet', 'effects-fade'], focus: ['newSpine'],
      to: { newSpines: 'now', spineMaturity: 'now' },
    },
  ],
});
