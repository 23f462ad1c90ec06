import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { FIRST_BEAT, FIRST_PAINT_KEYS, splitText } from '../../src/i18n/firstPaintText';

const en = JSON.parse(readFileSync(join(__dirname, '../../src/i18n/locales/en.json'), 'utf8')) as Record<string, unknown>;

/** Deep merge, as i18next's addResourceBundle(…, deep = true) does. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] =
      mine && typeof mine === 'object' && !Array.isArray(mine) && value && typeof value === 'object' && !Array.isArray(value)
        ? merge(mine as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

describe('the English of the first paint (splitText)', () => {
  const { first, rest } = splitText(en, FIRST_PAINT_KEYS);

  it('loses nothing: the two parts together are en.json', () => {
    expect(merge(first, rest)).toEqual(en);
    expect(merge(rest, first)).toEqual(en);
  });

  it('puts each string in one part only', () => {
    for (const key of ['ui.play', 'scenes.nmda-blockade.beats.synapse.caption.patient', 'actors.nmda.name', 'honesty.footer']) {
      expect(lookup(first, key), key).toBeTypeOf('string');
      expect(lookup(rest, key), key).toBeUndefined();
    }
    for (const key of ['myths', 'claims', 'actors.nmda.patient', 'scenes.glutamate-surge.beats', 'honesty.crisis', 'ui.keys', 'ui.embed.title']) {
      expect(lookup(first, key), key).toBeUndefined();
      expect(lookup(rest, key), key).toBeDefined();
    }
  });

  it("carries what the default page shows: the first scene's first beat in plain words", () => {
    const [scene] = SCENES;
    const beat = scene!.beats[0]!;
    expect(beat.id).toBe(FIRST_BEAT);
    for (const key of [scene!.titleKey, scene!.limitsKey, `scenes.${scene!.id}.beats.${beat.id}.title`, beat.caption.patient, beat.description.patient]) {
      expect(lookup(first, key), key).toBeTypeOf('string');
    }
    expect(lookup(first, beat.caption.clinician)).toBeUndefined();
  });

  it('lets the longest pattern decide (a part left out, a key in it put back)', () => {
    expect(lookup(first, 'ui.embed.button')).toBe('Embed');
    const tree = { a: { b: 'x', c: { d: 'y', e: 'z' } }, f: 'w' };
    expect(splitText(tree, ['a', '!a.c', 'a.c.e'])).toEqual({ first: { a: { b: 'x', c: { e: 'z' } } }, rest: { a: { c: { d: 'y' } }, f: 'w' } });
    expect(splitText(tree, ['*.c.d'])).toEqual({ first: { a: { c: { d: 'y' } } }, rest: { a: { b: 'x', c: { e: 'z' } }, f: 'w' } });
  });

  it('keeps the first load small: well under half of the English', () => {
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(en).length * 0.4);
  });
});
