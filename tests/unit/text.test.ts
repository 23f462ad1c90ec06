import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { ACTORS, GRADES, LEVELS } from '../../src/science/types';
import { CLAIMS } from '../../src/science/claims';
import { EVIDENCE_CARDS } from '../../src/science/cards';
import { EXPOSURES, STRESS_LEVELS, TIMES } from '../../src/model/settings';
import { getI18n } from '../../src/i18n/i18n';

const localeDir = join(__dirname, '../../src/i18n/locales');
const en = JSON.parse(readFileSync(join(localeDir, 'en.json'), 'utf8')) as Record<string, unknown>;

/** Reads a dotted key from a nested object. */
function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

function expectText(key: string) {
  const value = lookup(en, key);
  expect(typeof value === 'string' && value.trim().length > 0, `en.json is missing "${key}"`).toBe(true);
}

describe('English text covers the model', () => {
  it('every scene has a title, short name and limits note', () => {
    for (const scene of SCENES) for (const key of [scene.titleKey, scene.shortTitleKey, scene.limitsKey]) expectText(key);
  });

  it('every beat has a title, and a caption and description at each level', () => {
    for (const scene of SCENES) {
      for (const beat of scene.beats) {
        expectText(`scenes.${scene.id}.beats.${beat.id}.title`);
        for (const level of LEVELS) {
          expectText(beat.caption[level]);
          expectText(beat.description[level]);
        }
      }
    }
  });

  it('patient and clinician captions differ', () => {
    for (const scene of SCENES)
      for (const beat of scene.beats) expect(lookup(en, beat.caption.patient)).not.toBe(lookup(en, beat.caption.clinician));
  });

  it('every claim, actor, grade and panel word is worded', () => {
    for (const id of CLAIMS.keys()) for (const level of LEVELS) expectText(`claims.${id}.${level}`);
    for (const actor of ACTORS) for (const key of ['name', 'patient', 'clinician']) expectText(`actors.${actor}.${key}`);
    for (const grade of GRADES) expectText(`grades.${grade}.name`);
    for (const e of EXPOSURES) expectText(`panel.exposure.values.${e}`);
    for (const t of TIMES) expectText(`panel.time.values.${t}`);
    for (const s of STRESS_LEVELS) expectText(`panel.stress.values.${s}`);
  });

  it('every evidence card has a title, a lead and each item at each level', () => {
    for (const [card, items] of Object.entries(EVIDENCE_CARDS)) {
      for (const key of ['title', 'lead']) expectText(`evidence.${card}.${key}`);
      for (const item of items) for (const level of LEVELS) expectText(`evidence.${card}.items.${item.id}.${level}`);
    }
    expectText('evidence.reviewed');
    expect(String(lookup(en, 'evidence.reviewed'))).toContain('{{date}}');
  });

  it('the safety text of the science spec §3 is present', () => {
    for (const key of ['honesty.footer', 'honesty.crisis', 'honesty.disclaimer.title', 'honesty.disclaimer.body']) expectText(key);
    expect(String(lookup(en, 'honesty.footer'))).toMatch(/education/i);
    expect(String(lookup(en, 'honesty.crisis'))).toContain('988');
  });

  it('a missing key never shows raw on screen', () => {
    const t = getI18n().getFixedT('en');
    expect(t('no.such.key')).toBe('');
    expect(t('ui.play')).toBe('Play');
  });
});

/** All strings of a JSON tree, with their key paths. */
function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const locales = readdirSync(localeDir).filter((f) => f.endsWith('.json'));

describe('dose-free guard', () => {
  // A number (digits or a number word) followed by a drug-amount unit, in any shipped string.
  const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg\/kg|mg|mcg|µg|μg|ug|ml|g\/kg|milligrams?|micrograms?|millilit(?:er|re)s?|cc|units?|iu)(?![a-z])/i;
  const SCHEDULE = /\b(\d+|one|two|three|four|five|six|eight)\s+(infusions?|doses?|sessions?)\b|\b(twice|once|three times)\s+(a|per)\s+(day|week)\b|\bevery\s+\d+\s+(hours?|days?)\b/i;

  it.each(locales)('%s has no dose amounts or schedules', (file) => {
    const tree = JSON.parse(readFileSync(join(localeDir, file), 'utf8'));
    for (const [key, value] of strings(tree)) {
      expect(value, `${file}:${key}`).not.toMatch(DOSE);
      expect(value, `${file}:${key}`).not.toMatch(SCHEDULE);
    }
  });

  it('scene data has no dose amounts', () => {
    const sceneFiles = SCENES.map((s) => readFileSync(join(__dirname, `../../scenes/${s.id}/scene.ts`), 'utf8'));
    for (const text of sceneFiles) expect(text).not.toMatch(DOSE);
  });

  it('panel text gives no advice', () => {
    const ADVICE = /\b(you should|we recommend|recommended dose|take more|increase (your|the) dose|ask for a higher|best dose|optimal dose)\b/i;
    for (const file of locales) {
      const tree = JSON.parse(readFileSync(join(localeDir, file), 'utf8'));
      for (const [key, value] of strings(lookup(tree, 'panel'), 'panel')) expect(value, `${file}:${key}`).not.toMatch(ADVICE);
    }
  });

  it('the guard itself catches dose-like text', () => {
    for (const bad of ['0.5 mg/kg', '40 mg', '2 mL', '10 µg', 'six infusions', 'twice a week']) expect(DOSE.test(bad) || SCHEDULE.test(bad), bad).toBe(true);
    for (const fine of ['about 2 h', 'Step 1', 'n=30', '988']) expect(DOSE.test(fine) || SCHEDULE.test(fine), fine).toBe(false);
  });
});
