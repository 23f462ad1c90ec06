import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createServer, isRunnableDevEnvironment, minify, type Plugin, type PluginOption, type ViteDevServer } from 'vite';
import { oembed, posterSvg, shareFiles, sharePage } from './sharePages.ts';

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
 *
 * In the same run, `entry`'s `renderShares()` draws each scene's share page (tools/sharePages.ts): once
 * the built index.html is final, a copy of it with that scene in #root and its card tags, the poster
 * (the still picture rendered to PNG with resvg, the stage's style sheets `posterStyles` made plain) and,
 * with a public address (KME_PUBLIC_URL), the oEmbed answer.
 */
export function prerenderDefaultPage({
  entry,
  boot,
  posterStyles,
  plugins,
}: {
  entry: string;
  boot: string;
  posterStyles: string[];
  plugins: () => PluginOption[];
}): Plugin[] {
  let root = '';
  let publicUrl: string | undefined;
  let rendered: { body: string; shares: Shares } | undefined;
  const main: Plugin = {
    name: 'ketamine-explorer:prerender',
    configResolved(config) {
      root = config.root;
      publicUrl = (config.env.KME_PUBLIC_URL as string | undefined) || undefined;
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
        rendered = await withRenderer(root, entry, plugins(), async (module) => ({
          body: await module.render(),
          shares: await module.renderShares(publicUrl),
        }));
        return { html: html.replace(EMPTY_ROOT, `<div id="root">${rendered.body}</div>`), tags };
      },
    },
  };
  const shares: Plugin = {
    name: 'ketamine-explorer:share-pages',
    apply: 'build',
    // After every other plugin's, so that index.html in the bundle is the final page.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!rendered || index?.type !== 'asset') return;
        const { base, embedTitle, scenes } = rendered.shares;
        if (!base) {
          this.warn(
            'KME_PUBLIC_URL is not set (or not an http(s) address): the share pages get relative card addresses and no oEmbed. See README, "Hosting it".',
          );
        }
        const css = (await Promise.all(posterStyles.map((file) => readFile(path.resolve(root, file), 'utf8')))).join('\n');
        for (const scene of scenes) {
          const files = shareFiles(scene.id);
          this.emitFile({ type: 'asset', fileName: files.page, source: sharePage(String(index.source), scene.body, scene, base) });
          this.emitFile({ type: 'asset', fileName: files.poster, source: renderPng(posterSvg(scene.still, css)) });
          if (base) this.emitFile({ type: 'asset', fileName: files.oembed, source: `${JSON.stringify(oembed(scene, base, embedTitle), null, 2)}\n` });
        }
      },
    },
  };
  return [main, shares];
}

/** What `entry` exports (src/prerender.tsx). */
interface RenderModule {
  render: () => Promise<string>;
  renderShares: (publicUrl: string | undefined) => Promise<Shares>;
}
type Shares = {
  base: string | null;
  embedTitle: string;
  scenes: { id: string; title: string; description: string; posterAlt: string; body: string; still: string }[];
};

/** The poster as PNG. Text in the system's sans-serif font; without fonts, the picture without its labels. */
function renderPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } }).render().asPng();
}

/** Runs `use` with `entry` loaded by the module runner of a dev server of its own (no port, no file watching). */
async function withRenderer<T>(root: string, entry: string, plugins: PluginOption[], use: (module: RenderModule) => Promise<T>): Promise<T> {
  const server: ViteDevServer = await createServer({
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
    return await use((await ssr.runner.import(path.resolve(root, entry))) as RenderModule);
  } finally {
    await server.close();
  }
}
