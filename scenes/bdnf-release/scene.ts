import { defineScene } from '../define';

/** Scene 4: BDNF is released and binds TrkB; Akt/ERK switch on mTORC1; local protein synthesis; the eEF2 side route. */
export default defineScene({
  id: 'bdnf-release',
  actors: ['bdnf', 'trkb', 'kinase', 'mtorc1', 'ribosome', 'eef2k', 'spine'],
  // The handout's picture and words for this step: the mTORC1 beat, which says how far it holds in people.
  stillBeat: 'switch',
  chart: { variable: 'bdnf', fromHours: 0.1, toHours: 336 },
  initial: { depolarization: 1, calcium: 1, ampaOpen: 0.6, glutamate: 0.5, nmdaBlocked: 0.6, ketamine: 0.5 },
  beats: [
    { id: 'released', duration: 7, clock: 1, framing: 'spine', claims: ['bdnf-release', 'fertilizer-metaphor'], focus: ['bdnf'], to: { bdnf: 1 } },
    { id: 'docks', duration: 7, clock: 2, framing: 'spine', claims: ['trkb-mtorc1'], focus: ['trkb', 'bdnf'], to: { trkb: 1 } },
    {
      id: 'switch', duration: 9, clock: 3, framing: 'spine', claims: ['trkb-mtorc1', 'human-mtorc1'], focus: ['kinase', 'mtorc1'],
      to: { cascade: 1, mtorc1: 1 },
    },
    { id: 'building', duration: 7, clock: 5, framing: 'spine', claims: ['protein-synthesis'], focus: ['ribosome', 'mtorc1'], to: { protein: 1 } },
    { id: 'second-route', duration: 8, clock: 5, framing: 'spine', claims: ['eef2k-route', 'human-bdnf'], focus: ['eef2k'], to: { eef2k: 1 } },
    {
      id: 'later', duration: 7, clock: 'now', framing: 'spine', claims: ['trkb-mtorc1', 'human-bdnf', 'human-mtorc1'], focus: ['bdnf', 'mtorc1'],
      to: { bdnf: 'now', trkb: 'now', cascade: 'now', mtorc1: 'now', protein: 'now', eef2k: 'now' },
    },
  ],
});
