import { defineScene } from '../define';

/** Scene 2: with the interneuron quieter, pyramidal neurons fire more and release a brief glutamate burst. */
export default defineScene({
  id: 'glutamate-surge',
  actors: ['interneuron', 'gaba', 'pyramidal', 'presynaptic', 'vesicle', 'glutamate', 'ketamine'],
  stillBeat: 'burst',
  chart: { variable: 'glutamate', fromHours: 1 / 60, toHours: 48 },
  initial: { ketamine: 1, nmdaBlocked: 0.5, sedation: 1 },
  beats: [
    {
      id: 'brakes', duration: 7, clock: 0.05, framing: 'wide', claims: ['disinhibition'], focus: ['interneuron', 'gaba'],
      to: { nmdaBlocked: 1, interneuron: 1, gaba: 1 },
    },
    {
      id: 'speeds', duration: 7, clock: 0.15, framing: 'wide', claims: ['disinhibition'], focus: ['pyramidal'],
      to: { pyramidal: 0.7 },
    },
    {
      id: 'burst', duration: 8, clock: 0.3, framing: 'cleft', claims: ['glutamate-surge', 'high-exposure-lowers-glutamate'], focus: ['vesicle', 'glutamate'],
      to: { pyramidal: 1, glutamate: 1 },
    },
    {
      id: 'passes', duration: 8, clock: 3, framing: 'wide', claims: ['glutamate-surge', 'competing-models'], focus: ['glutamate', 'pyramidal'],
      to: { glutamate: 0, pyramidal: 0, interneuron: 0.4, gaba: 0.4, ketamine: 0.4, nmdaBlocked: 0.6, sedation: 0 },
    },
  ],
});
