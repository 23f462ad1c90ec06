import type { Plugin } from 'vite';
// @ts-expect-error: a plain JavaScript build script, without declarations.
import { bundleElement } from '../packages/ketamine-explorer/build.mjs';

/**
 * Puts `<ketamine-explorer>` (packages/ketamine-explorer/src/element.ts, built as for its npm package)
 * beside index.html as `embed.js`, the address the script embed has always loaded from
 * (interface.md, "Embedding"). There it finds the app beside itself, with no `src` attribute.
 */
export function elementBundle(): Plugin {
  return {
    name: 'ketamine-explorer:element',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: (await bundleElement()) as string });
    },
  };
}
