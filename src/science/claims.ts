import type { Grade } from './types';
import type { ReferenceId } from './references';

/**
 * Every statement the app makes about the mechanism, with its evidence grade and references
 * (science spec §0–§2, with the corrections of §7). The wording lives in the locale files under `claims.<id>`; this file holds
 * only what must not differ between languages: the grade, the sources, and whether the claim is
 * debated or rests on animal work.
 */
export interface Claim {
  readonly id: string;
  readonly grade: Grade;
  readonly refs: readonly ReferenceId[];
  /** Scientists disagree about it, or a competing account exists. */
  readonly debated?: boolean;
  /** The cellular evidence comes from animals; not shown directly in people. */
  readonly animalOnly?: boolean;
}

const mechanismClaims = [
  { id: 'nmda-gating', grade: 'E', refs: ['adell2020'] },
  { id: 'open-channel-block', grade: 'E', refs: ['zhang2021', 'adell2020'] },
  { id: 'trapping', grade: 'E', refs: ['brainsci2020', 'pmc11948614', 'zhang2021'] },
  { id: 'interneuron-block', grade: 'A', refs: ['homayoun2007', 'gerhard2020', 'ali2020', 'miller2014', 'autry2011', 'zanosgould2018'], debated: true, animalOnly: true },
  { id: 'dissociation', grade: 'E', refs: ['abdallah2022', 'spravatoLabel'] },
  { id: 'short-lived', grade: 'E', refs: ['yang2018'] },
  { id: 'habenula-trapping', grade: 'A', refs: ['ma2023'], debated: true, animalOnly: true },
  { id: 'disinhibition', grade: 'A', refs: ['homayoun2007', 'moghaddam1997', 'duman2016'], debated: true, animalOnly: true },
  { id: 'glutamate-surge', grade: 'A', refs: ['moghaddam1997', 'abdallah2018', 'luscher2020'], debated: true, animalOnly: true },
  { id: 'high-exposure-lowers-glutamate', grade: 'A', refs: ['moghaddam1997'], animalOnly: true },
  { id: 'ampa-necessary', grade: 'A', refs: ['maeng2008', 'lepack2015'], animalOnly: true },
  { id: 'ltype-calcium', grade: 'A', refs: ['lepack2015'], animalOnly: true },
  { id: 'hnk-route', grade: 'S', refs: ['zanos2016', 'hashimoto2018', 'zanosgould2018'], debated: true, animalOnly: true },
  { id: 'bdnf-release', grade: 'A', refs: ['lepack2015', 'autry2011', 'haile2014'], animalOnly: true },
  // Seen in rats; in the one human test, blocking mTORC1 did not block the effect (science spec §7.1).
  { id: 'trkb-mtorc1', grade: 'A', refs: ['li2010', 'duman2012', 'duman2016', 'abdallah2020'], debated: true, animalOnly: true },
  { id: 'human-mtorc1', grade: 'P', refs: ['abdallah2020'] },
  { id: 'protein-synthesis', grade: 'A', refs: ['li2010', 'yang2019'], animalOnly: true },
  { id: 'eef2k-route', grade: 'A', refs: ['autry2011'], debated: true, animalOnly: true },
  { id: 'human-bdnf', grade: 'P', refs: ['haile2014'] },
  { id: 'fertilizer-metaphor', grade: 'S', refs: ['duman2016'] },
  { id: 'stress-spine-loss', grade: 'A', refs: ['stressreview', 'kang2012'], animalOnly: true },
  { id: 'spinogenesis', grade: 'A', refs: ['li2010', 'modasava2019'], animalOnly: true },
  { id: 'spines-sustain', grade: 'A', refs: ['modasava2019', 'ma2023'], animalOnly: true },
  { id: 'spines-persist', grade: 'A', refs: ['phoumthipphavong2016'], animalOnly: true },
  { id: 'human-synapse-pet', grade: 'P', refs: ['sv2a2022', 'kang2012'] },
  { id: 'effects-fade', grade: 'E', refs: ['newport2015', 'murrough2013'] },
  { id: 'competing-models', grade: 'S', refs: ['zanosgould2018', 'krystal2019', 'autry2011', 'yang2018', 'ma2023', 'casarotto2021', 'williams2018'], debated: true },
] as const satisfies readonly Claim[];

export type ClaimKey = (typeof mechanismClaims)[number]['id'];

export const CLAIMS: ReadonlyMap<string, Claim> = new Map(mechanismClaims.map((c) => [c.id, c as Claim]));

export function getClaim(id: string): Claim {
  const claim = CLAIMS.get(id);
  if (!claim) throw new Error(`Unknown claim id: ${id}`);
  return claim;
}

/** The references of several claims, each once, in first-mention order. */
export function referencesOf(claimIds: readonly string[]): ReferenceId[] {
  const seen = new Set<ReferenceId>();
  for (const id of claimIds) for (const ref of getClaim(id).refs) seen.add(ref);
  return [...seen];
}
