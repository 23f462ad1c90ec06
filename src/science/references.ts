/**
 * The reference list of the science spec (§5), as data. Citations are shown as written here in every
 * language (a citation is not translated). `doi` and `pmid` are shown as text and, outside kiosk mode,
 * as links the viewer may choose to follow; the app itself never fetches them. Items the spec marks
 * "unverified" are not listed (a unit test keeps them out).
 */
export interface Reference {
  readonly id: string;
  /** Short form used in captions, e.g. "Li 2010". */
  readonly short: string;
  /** Full citation as far as the science spec confirms it. */
  readonly citation: string;
  readonly doi?: string;
  /** PubMed id, where the science spec gives one. */
  readonly pmid?: string;
  /** A human or an animal study, or a review; helps the reader weigh it. */
  readonly kind: 'human' | 'animal' | 'review' | 'structure' | 'regulatory';
}

const refs = [
  { id: 'zhang2021', short: 'Zhang 2021', kind: 'structure', citation: 'Zhang Y et al. 2021. Nature 596:301–305.', doi: '10.1038/s41586-021-03769-9', pmid: '34321660' },
  { id: 'adell2020', short: 'Adell 2020', kind: 'review', citation: 'Adell A. 2020. Biomolecules 10:947.', doi: '10.3390/biom10060947' },
  { id: 'brainsci2020', short: 'Brain Sci 2020', kind: 'review', citation: 'Review of NMDA channel blockers (trapping). Brain Sci 2020;10:928.' },
  { id: 'pmc11948614', short: 'PMC11948614 (2025)', kind: 'structure', citation: 'Ketamine hydrophobic allosteric sites, 2025. PMC11948614.' },
  { id: 'homayoun2007', short: 'Homayoun & Moghaddam 2007', kind: 'animal', citation: 'Homayoun H, Moghaddam B. 2007. J Neurosci 27(43):11496–11500.', doi: '10.1523/JNEUROSCI.2213-07.2007', pmid: '17959792' },
  { id: 'autry2011', short: 'Autry 2011', kind: 'animal', citation: 'Autry AE et al. 2011. Nature 475:91–95.', doi: '10.1038/nature10130', pmid: '21677641' },
  { id: 'abdallah2022', short: 'Abdallah 2022', kind: 'human', citation: 'Abdallah CG et al. 2022. Neuropsychopharmacology 47(8):1574–1581.', doi: '10.1038/s41386-022-01266-9', pmid: '35046508' },
  { id: 'moghaddam1997', short: 'Moghaddam 1997', kind: 'animal', citation: 'Moghaddam B et al. 1997. J Neurosci 17(8):2921–2927.', doi: '10.1523/JNEUROSCI.17-08-02921.1997' },
  { id: 'abdallah2018', short: 'Abdallah 2018', kind: 'human', citation: 'Abdallah CG et al. 2018. Neuropsychopharmacology 43:2154.', doi: '10.1038/s41386-018-0136-3' },
  { id: 'luscher2020', short: 'Luscher 2020', kind: 'review', citation: 'Luscher B et al. 2020. Adv Pharmacol 89:43–78.' },
  { id: 'duman2016', short: 'Duman 2016', kind: 'review', citation: 'Duman RS, Aghajanian GK, Sanacora G, Krystal JH. 2016. Nat Med 22:238–249.', doi: '10.1038/nm.4050' },
  { id: 'maeng2008', short: 'Maeng 2008', kind: 'animal', citation: 'Maeng S et al. 2008. Biol Psychiatry 63:349–352.' },
  { id: 'lepack2015', short: 'Lepack 2015', kind: 'animal', citation: 'Lepack AE et al. 2015. Int J Neuropsychopharmacol 18(1):pyu033.', doi: '10.1093/ijnp/pyu033' },
  { id: 'zanos2016', short: 'Zanos 2016', kind: 'animal', citation: 'Zanos P et al. 2016. Nature 533:481–486.' },
  { id: 'hashimoto2018', short: 'IJNP 2018', kind: 'animal', citation: 'Hashimoto group. 2018. Int J Neuropsychopharmacol 21(1):84 (HNK not antidepressant-like in rats).' },
  { id: 'zanosgould2018', short: 'Zanos & Gould 2018', kind: 'review', citation: 'Zanos P, Gould TD. 2018. Mol Psychiatry 23:801–811.', doi: '10.1038/mp.2017.255' },
  { id: 'li2010', short: 'Li 2010', kind: 'animal', citation: 'Li N et al. 2010. Science 329:959–964.', doi: '10.1126/science.1190287', pmid: '20724638' },
  { id: 'duman2012', short: 'Duman & Aghajanian 2012', kind: 'review', citation: 'Duman RS, Aghajanian GK. 2012. Science 338:68–72.' },
  { id: 'yang2019', short: 'Yang 2019', kind: 'review', citation: 'Yang C et al. 2019. Transl Psychiatry 9:280.', doi: '10.1038/s41398-019-0624-1' },
  { id: 'haile2014', short: 'Haile 2014', kind: 'human', citation: 'Haile CN et al. 2014. Int J Neuropsychopharmacol.', doi: '10.1017/S1461145713001119' },
  { id: 'modasava2019', short: 'Moda-Sava 2019', kind: 'animal', citation: 'Moda-Sava RN et al. 2019. Science 364:eaat8078.', doi: '10.1126/science.aat8078' },
  { id: 'phoumthipphavong2016', short: 'Phoumthipphavong 2016', kind: 'animal', citation: 'Phoumthipphavong V et al. 2016. eNeuro.', doi: '10.1523/ENEURO.0133-15.2016' },
  { id: 'kang2012', short: 'Kang 2012', kind: 'human', citation: 'Kang HJ et al. 2012. Nat Med 18:1413–1417.', doi: '10.1038/nm.2886' },
  { id: 'sv2a2022', short: 'SV2A PET 2022', kind: 'human', citation: 'SV2A PET study of ketamine. 2022. Mol Psychiatry.', doi: '10.1038/s41380-022-01465-2' },
  { id: 'stressreview', short: 'Duman-lab stress review', kind: 'review', citation: 'Stress and dendritic spine review (Duman lab). PMC4497940.' },
  { id: 'yang2018', short: 'Yang 2018', kind: 'animal', citation: 'Yang Y et al. 2018. Nature 554:317–322.', doi: '10.1038/nature25509', pmid: '29446381' },
  { id: 'krystal2019', short: 'Krystal 2019', kind: 'review', citation: 'Krystal JH et al. 2019. Neuron 101:774–778.', doi: '10.1016/j.neuron.2019.02.005' },
  { id: 'williams2018', short: 'Williams 2018', kind: 'human', citation: 'Williams NR et al. 2018. Am J Psychiatry.', doi: '10.1176/appi.ajp.2018.18020138' },
  { id: 'ali2020', short: 'Ali 2020', kind: 'animal', citation: 'Ali F et al. 2020. Nat Commun 11:72.', doi: '10.1038/s41467-019-13809-8' },
  { id: 'murrough2013', short: 'Murrough 2013', kind: 'human', citation: 'Murrough JW et al. 2013. Biol Psychiatry 74(4):250–256.', doi: '10.1016/j.biopsych.2012.06.022' },
  { id: 'newport2015', short: 'Newport 2015', kind: 'review', citation: 'Newport DJ et al. 2015. Am J Psychiatry (meta-analysis).', doi: '10.1176/appi.ajp.2015.15040465' },
  { id: 'berman2000', short: 'Berman 2000', kind: 'human', citation: 'Berman RM et al. 2000. Biol Psychiatry 47:351–354.', doi: '10.1016/S0006-3223(99)00230-9' },
  { id: 'zarate2006', short: 'Zarate 2006', kind: 'human', citation: 'Zarate CA Jr et al. 2006. Arch Gen Psychiatry 63:856–864.', doi: '10.1001/archpsyc.63.8.856' },
  { id: 'feder2014', short: 'Feder 2014', kind: 'human', citation: 'Feder A et al. 2014. JAMA Psychiatry 71(6):681–688.', doi: '10.1001/jamapsychiatry.2014.62' },
  { id: 'feder2021', short: 'Feder 2021', kind: 'human', citation: 'Feder A et al. 2021. Am J Psychiatry.', doi: '10.1176/appi.ajp.2020.20050596' },
  { id: 'spravatoLabel', short: 'Spravato label', kind: 'regulatory', citation: 'SPRAVATO (esketamine) US Prescribing Information (Janssen).' },
  { id: 'ketalarLabel', short: 'Ketalar label', kind: 'regulatory', citation: 'KETALAR (ketamine hydrochloride) US Prescribing Information.' },
  { id: 'fda2023', short: 'FDA 2023', kind: 'regulatory', citation: 'FDA, 10 Oct 2023: risks of compounded ketamine for psychiatric disorders.' },
  { id: 'kopra2021', short: 'Kopra 2021', kind: 'review', citation: 'Kopra E et al. 2021. J Psychopharmacol 35(8):934–945.' },
  { id: 'duek2023', short: 'Duek 2023', kind: 'human', citation: 'Duek O et al. 2023. Neuropsychopharmacology.', doi: '10.1038/s41386-023-01606-3' },
  { id: 'reed2018', short: 'Reed 2018', kind: 'human', citation: 'Reed JL et al. 2018. NeuroImage Clin 20:92–101.', doi: '10.1016/j.nicl.2018.07.006' },
  { id: 'kew2023', short: 'Kew 2023', kind: 'review', citation: 'Kew BM et al. 2023. BJPsych Open (systematic review of ketamine plus psychotherapy).' },
  { id: 'ejpt2024', short: 'EJPT 2024 meta-analysis', kind: 'review', citation: 'PTSD RCT meta-analysis. 2024. Eur J Psychotraumatol.', doi: '10.1080/20008066.2023.2299124' },
  { id: 'almeida2024', short: 'Almeida 2024', kind: 'review', citation: 'Almeida TM et al. 2024. Clin Neuropsychiatry 21:22–31.' },
  { id: 'phillips2019', short: 'Phillips 2019', kind: 'human', citation: 'Phillips JL et al. 2019. Am J Psychiatry 176:401.', doi: '10.1176/appi.ajp.2018.18070834' },
  { id: 'hpareview', short: 'HPA review (PMC10050119)', kind: 'review', citation: 'Review discussing ketamine and the HPA axis. PMC10050119.' },
  { id: 'cottrell2008', short: 'Cottrell 2008', kind: 'human', citation: 'Cottrell AM et al. 2008. BMJ 336:973.' },
  // Evidence update, December 2026 (science spec §7).
  { id: 'abdallah2020', short: 'Abdallah 2020', kind: 'human', citation: 'Abdallah CG et al. 2020. Neuropsychopharmacology 45:990–997.', doi: '10.1038/s41386-020-0644-9' },
  { id: 'gerhard2020', short: 'Gerhard 2020', kind: 'animal', citation: 'Gerhard DM et al. 2020. J Clin Invest 130(3):1336–1349.', doi: '10.1172/JCI130808' },
  { id: 'miller2014', short: 'Miller 2014', kind: 'animal', citation: 'Miller OH et al. 2014. eLife 3:e03581.' },
  { id: 'ma2023', short: 'Ma 2023', kind: 'animal', citation: 'Ma S et al. 2023. Nature 622:802–809.', doi: '10.1038/s41586-023-06624-1' },
  { id: 'casarotto2021', short: 'Casarotto 2021', kind: 'animal', citation: 'Casarotto PC et al. 2021. Cell 184:1299–1313.', doi: '10.1016/j.cell.2021.01.034' },
  { id: 'anand2023', short: 'Anand 2023', kind: 'human', citation: 'Anand A et al. 2023. N Engl J Med 388:2315–2325.', doi: '10.1056/NEJMoa2302399', pmid: '37224232' },
  { id: 'jelovac2025', short: 'Jelovac 2025', kind: 'human', citation: 'Jelovac A et al. 2025. JAMA Psychiatry 82(12):1216–1224.', doi: '10.1001/jamapsychiatry.2025.3019', pmid: '41123905' },
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof refs)[number]['id'];

export const REFERENCES: ReadonlyMap<string, Reference> = new Map(refs.map((r) => [r.id, r]));

export function getReference(id: string): Reference {
  const ref = REFERENCES.get(id);
  if (!ref) throw new Error(`Unknown reference id: ${id}`);
  return ref;
}
