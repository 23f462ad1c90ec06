import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:locale-sections/';

/**
 * `import text from 'virtual:locale-sections/en/claims,myths'` gives only those top-level sections of
 * src/i18n/locales/en.json, as a module of its own.
 *
 * Why: a bundler keeps each module whole in one chunk. The first load imports its sections of en.json
 * by name (the bundler drops the sections nobody imports); text that only lazily loaded parts show,
 * such as the dialogs, must then come from another module, or it would ride along in the first load.
 */
export function localeSections(): Plugin {
  let localeDir = '';
  return {
    name: 'ketamine-explorer:locale-sections',
    configResolved(config) {
      localeDir = path.join(config.root, 'src/i18n/locales');
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang = '', list = ''] = id.slice(PREFIX.length + 1).split('/');
      const file = path.join(localeDir, `${lang}.json`);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const picked: Record<string, unknown> = {};
      for (const name of list.split(',')) {
        if (!(name in all)) this.error(`${lang}.json has no section "${name}" (imported as ${id.slice(1)})`);
        picked[name] = all[name];
      }
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
