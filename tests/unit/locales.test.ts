import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every language file has exactly the keys of every other (shape and array lengths included). */
const dir = join(__dirname, '../../src/i18n/locales');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;

function keys(tree: unknown, path = ''): string[] {
  if (Array.isArray(tree)) return tree.flatMap((v, i) => keys(v, `${path}[${i}]`));
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => keys(v, path ? `${path}.${k}` : k));
  return [path];
}

/** i18next plural forms differ by language (e.g. _one/_other vs _one/_many/_other); compare their base keys. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  it('ships English', () => expect(files).toContain('en.json'));

  it.each(files.filter((f) => f !== 'en.json'))('%s has exactly the keys of en.json', (file) => {
    const english = new Set(keys(load('en.json')).map(base));
    const other = new Set(keys(load(file)).map(base));
    expect([...english].filter((k) => !other.has(k)), `missing in ${file}`).toEqual([]);
    expect([...other].filter((k) => !english.has(k)), `only in ${file}`).toEqual([]);
  });

  it.each(files)('%s has no empty strings and keeps every {{placeholder}} of English', (file) => {
    const english = load('en.json');
    const tree = load(file);
    const get = (t: unknown, key: string) =>
      key.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], t);
    for (const key of keys(tree)) {
      const value = get(tree, key);
      expect(typeof value === 'string' && value.trim() !== '', `${file}: ${key}`).toBe(true);
      const en = get(english, key);
      if (typeof en === 'string') {
        const placeholders = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
        expect(placeholders(String(value)), `${file}: ${key}`).toEqual(placeholders(en));
      }
    }
  });
});
