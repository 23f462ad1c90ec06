import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, isRunnableDevEnvironment, minify, type Plugin, type PluginOption } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';
const BOOT_FILE = 'boot.js';

/**
 * Writes the default page's HTML into the built index.html's `#root`, so the first paint needs only
 * HTML and CSS (main.tsx then hydrates it). After the client build has made index.html, the server
 * entry (`entry`, exporting `render(): Promise<string>`) is loaded from source by the module runner of
 * a Vite dev server with `plugins` (what the app's modules need besides Vite's own handling of
 * TypeScript, JSX and CSS) and renders the app with react-dom's `prerender`: the same components, not
 * a copy of their markup.
 *
 * Also puts `boot` (a classic script that decides, before the first paint, whether the prerendered page
 * is the one asked for) first in <head>: minified as boot.js in the build, from source in development.
 */
export function prerenderDefaultPage({ entry, boot, plugins }: { entry: string; boot: string; plugins: () => PluginOption[] }): Plugin {
  let root = '';
  return {
    name: 'ketamine-explorer:prerender',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const source = await readFile(path.resolve(root, boot), 'utf8');
      const { code, errors } = await minify(BOOT_FILE, source, { compress: true, mangle: true });
      if (errors.length > 0) this.error(`${boot}: ${errors.map((error) => error.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const tags = [{ tag: 'script', attrs: { src: context.server ? `/${boot}` : `./${BOOT_FILE}` }, injectTo: 'head' as const }];
        if (context.server) return { html, tags };
        if (!html.includes(EMPTY_ROOT)) this.error(`index.html has no empty ${EMPTY_ROOT} to prerender into`);
        return { html: html.replace(EMPTY_ROOT, `<div id="root">${await renderDefaultPage(root, entry, plugins())}</div>`), tags };
      },
    },
  };
}

/** Runs `entry`'s render() in a dev server of its own (no port, no file watching). */
async function renderDefaultPage(root: string, entry: string, plugins: PluginOption[]): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const ssr = server.environments.ssr;
    if (!isRunnableDevEnvironment(ssr)) throw new Error('the SSR environment cannot run modules');
    const module = (await ssr.runner.import(path.resolve(root, entry))) as { render: () => Promise<string> };
    return await module.render();
  } finally {
    await server.close();
  }
}
