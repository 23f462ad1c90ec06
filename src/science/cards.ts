import type { Grade } from './types';
import type { ReferenceId } from './references';

/**
 * The two evidence cards reachable from every scene, as data: each item is a graded statement with
 * its sources, worded in the locale files under `evidence.<card>.items.<id>` at both wording levels.
 * Only citations the science spec has checked appear here; items it marks "unverified" are not cited.
 */
export interface CardItem {
  readonly id: string;
  readonly grade: Grade;
  readonly refs: readonly ReferenceId[];
  /** Contested: evidence points both ways (shown as "debated" beside the grade). */
  readonly debated?: boolean;
}

/** "What studies in people show": §7.2 and the clinical timeline of §1. No doses, schedules or advice. */
const inPeople = [
  { id: 'onset', grade: 'E', refs: ['berman2000', 'zarate2006', 'murrough2013', 'newport2015'] },
  { id: 'ect', grade: 'E', refs: ['anand2023'] },
  { id: 'active-placebo', grade: 'P', refs: ['jelovac2025'] },
  { id: 'ptsd', grade: 'P', refs: ['abdallah2022', 'feder2021'], debated: true },
  { id: 'not-everyone', grade: 'E', refs: ['murrough2013', 'newport2015', 'feder2021'] },
] as const satisfies readonly CardItem[];

/** "Scientists still debate": the competing and complementary hypotheses of §1, updated by §7.1–§7.2. */
const debate = [
  { id: 'disinhibition', grade: 'A', refs: ['moghaddam1997', 'homayoun2007', 'gerhard2020', 'duman2016'] },
  { id: 'pyramidal-block', grade: 'A', refs: ['autry2011', 'miller2014'] },
  { id: 'habenula-bursts', grade: 'A', refs: ['yang2018'] },
  { id: 'habenula-trapping', grade: 'A', refs: ['ma2023'], debated: true },
  { id: 'metabolite', grade: 'S', refs: ['zanos2016', 'hashimoto2018'], debated: true },
  { id: 'trkb-binding', grade: 'A', refs: ['casarotto2021'] },
  { id: 'opioid', grade: 'P', refs: ['williams2018'], debated: true },
  { id: 'newer', grade: 'S', refs: ['ali2020', 'pmc11948614'] },
] as const satisfies readonly CardItem[];

export const EVIDENCE_CARDS: Readonly<Record<'inPeople' | 'debate', readonly CardItem[]>> = { inPeople, debate };
export type EvidenceCardId = keyof typeof EVIDENCE_CARDS;
