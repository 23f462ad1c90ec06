import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';

/**
 * Plain language: the patient-level English captions should read at about a 6th-grade level. Uses the
 * Flesch–Kincaid grade formula with a simple vowel-group syllable count (the usual approximation).
 */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

function fleschKincaidGrade(text: string): number {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

const en = JSON.parse(readFileSync(join(__dirname, '../../src/i18n/locales/en.json'), 'utf8'));
const lookup = (key: string): string => key.split('.').reduce((node, part) => node[part], en);

describe('plain language', () => {
  it('the formula behaves as expected on known text', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a good cat.')).toBeLessThan(2);
    expect(fleschKincaidGrade('Uncompetitive open-channel antagonism of heterotetrameric glutamatergic receptors necessitates depolarization.')).toBeGreaterThan(12);
  });

  it('patient captions read at about grade 6 or below, across all of them and one by one', () => {
    const captions = SCENES.flatMap((scene) => scene.beats.map((beat) => ({ key: beat.caption.patient, text: lookup(beat.caption.patient) })));
    const overall = fleschKincaidGrade(captions.map((c) => c.text).join(' '));
    expect(overall).toBeLessThanOrEqual(6);
    // Single captions are short, so allow a little headroom on each; the whole set must meet grade 6.
    for (const { key, text } of captions) expect(fleschKincaidGrade(text), key).toBeLessThanOrEqual(7.5);
  });

  it('the plain wording of "What studies in people show" reads at about grade 6', () => {
    const items = Object.values(en.evidence.inPeople.items as Record<string, { patient: string }>).map((item) => item.patient);
    expect(fleschKincaidGrade(items.join(' '))).toBeLessThanOrEqual(6);
    for (const text of items) expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7.5);
  });

  it('clinician captions are technical (they read harder than patient captions)', () => {
    const grade = (level: 'patient' | 'clinician') =>
      fleschKincaidGrade(SCENES.flatMap((s) => s.beats.map((b) => lookup(b.caption[level]))).join(' '));
    expect(grade('clinician')).toBeGreaterThan(grade('patient') + 3);
  });
});
