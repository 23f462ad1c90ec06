import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScene } from '../../scenes';
import { GRADES, LEVELS } from '../../src/science/types';
import { CLAIMS, getClaim } from '../../src/science/claims';
import { EVIDENCE_CARDS } from '../../src/science/cards';
import { MYTHS } from '../../src/science/myths';
import { REFERENCES } from '../../src/science/references';
import { getI18n, loadAllText } from '../../src/i18n/i18n';
import { reviewedMonth } from '../../src/ui/EvidenceReviewed';

/**
 * The evidence behind every statement (science spec §2, §5 and the December 2026 update, §7): grades,
 * references that exist, the §7 corrections on screen, and nothing the spec has not verified.
 */
const localeDir = join(__dirname, '../../src/i18n/locales');
const locale = (lang: string) => JSON.parse(readFileSync(join(localeDir, `${lang}.json`), 'utf8')) as Record<string, unknown>;
const lookup = (tree: unknown, key: string): string =>
  String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree));

const graded = [
  ...[...CLAIMS.values()].map((c) => ({ where: `claim ${c.id}`, ...c })),
  ...MYTHS.map((m) => ({ where: `myth ${m.id}`, ...m })),
  ...Object.entries(EVIDENCE_CARDS).flatMap(([card, items]) => items.map((item) => ({ where: `${card} card: ${item.id}`, ...item }))),
];

describe('every graded statement', () => {
  it.each(graded.map((g) => [g.where, g] as const))('%s has a grade and references that exist', (_, statement) => {
    expect(GRADES).toContain(statement.grade);
    expect(statement.refs.length).toBeGreaterThan(0);
    for (const ref of statement.refs) expect(REFERENCES.has(ref), `${statement.where} cites "${ref}"`).toBe(true);
  });
});

describe('references of the December 2026 update (§7)', () => {
  it.each([
    ['abdallah2020', 'Neuropsychopharmacology 45:990–997', '10.1038/s41386-020-0644-9', undefined],
    ['gerhard2020', 'J Clin Invest 130(3):1336–1349', '10.1172/JCI130808', undefined],
    ['miller2014', 'eLife 3:e03581', undefined, undefined],
    ['ma2023', 'Nature 622:802–809', '10.1038/s41586-023-06624-1', undefined],
    ['casarotto2021', 'Cell 184:1299–1313', '10.1016/j.cell.2021.01.034', undefined],
    ['anand2023', 'N Engl J Med 388:2315–2325', '10.1056/NEJMoa2302399', '37224232'],
    ['jelovac2025', 'JAMA Psychiatry 82(12):1216–1224', '10.1001/jamapsychiatry.2025.3019', '41123905'],
  ])('%s is listed as the spec gives it', (id, journal, doi, pmid) => {
    const ref = REFERENCES.get(id);
    expect(ref?.citation).toContain(journal);
    expect(ref?.doi).toBe(doi);
    expect(ref?.pmid).toBe(pmid);
  });

  it('nothing the spec marks "unverified" is cited, in the list or in any text', () => {
    // §7: Zhou 2021, Gärtner 2022, Glue 2020 and Yoon 2019 are "unverified: do not cite until checked".
    const UNVERIFIED = /\b(Zhou|G[äa]rtner|Glue|Yoon)\b/i;
    for (const ref of REFERENCES.values()) expect(`${ref.id} ${ref.short} ${ref.citation}`).not.toMatch(UNVERIFIED);
    for (const file of readdirSync(localeDir)) expect(readFileSync(join(localeDir, file), 'utf8'), file).not.toMatch(UNVERIFIED);
  });
});

describe('scene 4: mTORC1 in people (§7.1)', () => {
  const beat = getScene('bdnf-release').beats.find((b) => b.id === 'switch')!;
  // The human trial, named in each language's own words.
  const HUMAN = { en: /\b(people|humans?)\b/i, es: /\b(personas|humanos)\b/i };
  const DID_NOT = { en: /did not (stop|block)/i, es: /no (impidió|bloqueó)/i };

  it('the mTORC1 step keeps its animal grade and cites the human rapamycin trial', () => {
    expect(beat.claims[0]).toBe('trkb-mtorc1');
    expect(getClaim('trkb-mtorc1').grade).toBe('A');
    expect(getClaim('trkb-mtorc1').refs).toContain('abdallah2020');
    expect(beat.claims).toContain('human-mtorc1');
    expect(getClaim('human-mtorc1')).toMatchObject({ grade: 'P', refs: ['abdallah2020'] });
  });

  it.each(['en', 'es'] as const)('the mTORC1 claim and caption mention the human trial at both levels (%s)', (lang) => {
    const tree = locale(lang);
    for (const level of LEVELS) {
      for (const key of [`claims.trkb-mtorc1.${level}`, beat.caption[level]]) {
        const text = lookup(tree, key);
        expect(text, key).toMatch(HUMAN[lang]);
        expect(text, key).toMatch(DID_NOT[lang]);
        if (level === 'clinician') expect(text, key).toContain('Abdallah 2020');
      }
    }
  });
});

describe('the review date', () => {
  it('reads "December 2026" and "diciembre de 2026"', () => {
    expect(reviewedMonth('en')).toBe('December 2026');
    expect(reviewedMonth('es')).toBe('diciembre de 2026');
  });
});

describe("the dialogs' English", () => {
  it('arrives with the rest of the text, which the dialogs and the handout wait for (loadAllText)', async () => {
    await loadAllText();
    const t = getI18n().getFixedT('en');
    expect(t('claims.trkb-mtorc1.patient')).toBe(lookup(locale('en'), 'claims.trkb-mtorc1.patient'));
    expect(t('evidence.inPeople.title')).toBe('What studies in people show');
    expect(t('ui.play')).toBe('Play');
  });
});
