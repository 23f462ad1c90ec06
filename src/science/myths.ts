import type { Grade } from './types';
import type { ReferenceId } from './references';

/**
 * "What you may have read": claims patients meet in clinic marketing (science spec §2), each with the
 * grade the spec gives it. The claim and its plain correction are worded in the locale files under
 * `myths.<id>`. Order: the ones patients ask about most first.
 */
export interface Myth {
  readonly id: string;
  readonly grade: Grade;
  readonly refs: readonly ReferenceId[];
}

export const MYTHS: readonly Myth[] = [
  { id: 'rewires', grade: 'S', refs: ['modasava2019', 'li2010', 'sv2a2022'] },
  { id: 'restores-synapses', grade: 'A', refs: ['modasava2019', 'li2010', 'sv2a2022', 'kang2012'] },
  { id: 'works-within-hours', grade: 'E', refs: ['berman2000', 'zarate2006', 'murrough2013', 'newport2015'] },
  { id: 'inflammation', grade: 'S', refs: ['kopra2021'] },
  { id: 'trauma-memories', grade: 'P', refs: ['duek2023'] },
  { id: 'amygdala', grade: 'P', refs: ['reed2018', 'duek2023', 'stressreview'] },
  { id: 'hpa-axis', grade: 'S', refs: ['hpareview'] },
  { id: 'window', grade: 'S', refs: ['modasava2019', 'sv2a2022', 'kew2023'] },
  { id: 'fertilizer', grade: 'S', refs: ['li2010', 'duman2016'] },
  { id: 'glutamate-surge', grade: 'A', refs: ['moghaddam1997', 'homayoun2007', 'abdallah2018', 'autry2011'] },
  { id: 'fda-approved-iv', grade: 'X', refs: ['fda2023'] },
  { id: 'spravato-suicide', grade: 'X', refs: ['spravatoLabel'] },
  { id: 'ptsd', grade: 'P', refs: ['feder2014', 'feder2021', 'abdallah2022', 'ejpt2024', 'almeida2024'] },
  { id: 'dissociation-needed', grade: 'P', refs: ['williams2018', 'abdallah2022', 'spravatoLabel'] },
  { id: 'infusion-series', grade: 'P', refs: ['murrough2013', 'feder2021', 'phillips2019', 'fda2023'] },
] as const;
