/**
 * Share pages (README, "Hosting it"): what a pasted link shows. Each scene gets, beside index.html,
 *   <scene>.html         the app opened on that scene (prerendered), with a title, a description, Open
 *                        Graph and Twitter-card tags and an oEmbed discovery link;
 *   share/<scene>.png    its poster: the scene's still picture, 1200×630 (the size link cards use);
 *   share/<scene>.json   its oEmbed answer (`type: rich`, an iframe of the app in embed mode).
 * oEmbed and the card tags need absolute addresses, so they come from the build setting KME_PUBLIC_URL.
 * Without it the pages still have their title, description and poster (with relative addresses, which
 * link cards may not follow) and no oEmbed file or discovery link: tools/prerender.ts warns.
 *
 * Pure functions of text, so tests/unit/sharePages.test.ts checks them without a build.
 */
import { iframeSnippet, type EmbedSettings } from '../src/app/embed/snippets.ts';

export const POSTER = { width: 1200, height: 630 } as const;
/** The embed's size in the oEmbed answer: the iframe snippet's height, at a typical article width. */
export const EMBED_SIZE = { width: 640, height: 760 } as const;
export const PROVIDER = 'Ketamine Mechanism Explorer';

export interface ShareMeta {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly posterAlt: string;
}

/** The files of one scene, relative to the build folder (and to the public address). */
export function shareFiles(id: string): { page: string; poster: string; oembed: string } {
  return { page: `${id}.html`, poster: `share/${id}.png`, oembed: `share/${id}.json` };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `file` as the page links it: absolute under the public address when there is one, else relative. */
function address(file: string, base: string | null): string {
  return base ? new URL(file, base).href : `./${file}`;
}

/** The tags that make a link card, for the share page's <head>. */
export function shareHead(meta: ShareMeta, base: string | null): string {
  const files = shareFiles(meta.id);
  const tags: [string, string, string][] = [
    ['name', 'description', meta.description],
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', PROVIDER],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', meta.description],
    ['property', 'og:image', address(files.poster, base)],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(POSTER.width)],
    ['property', 'og:image:height', String(POSTER.height)],
    ['property', 'og:image:alt', meta.posterAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', meta.description],
    ['name', 'twitter:image', address(files.poster, base)],
    ['name', 'twitter:image:alt', meta.posterAlt],
  ];
  if (base) tags.splice(1, 0, ['property', 'og:url', address(files.page, base)]);
  const lines = tags.map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeHtml(value)}" />`);
  if (base) {
    lines.unshift(`<link rel="canonical" href="${escapeHtml(address(files.page, base))}" />`);
    lines.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(address(files.oembed, base))}" title="${escapeHtml(meta.title)}" />`,
    );
  }
  return lines.join('\n    ');
}

/** The oEmbed answer (oembed.com, "2.3.4"): a rich embed of the app in embed mode, all addresses absolute. */
export function oembed(meta: ShareMeta, base: string, embedTitle: string): Record<string, string | number> {
  const settings: EmbedSettings = { scene: meta.id as EmbedSettings['scene'], lang: 'en', level: 'patient', exposure: 'moderate', time: 'day', stress: 'high' };
  return {
    version: '1.0',
    type: 'rich',
    title: meta.title,
    provider_name: PROVIDER,
    provider_url: base,
    html: iframeSnippet(base, settings, embedTitle),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: address(shareFiles(meta.id).poster, base),
    thumbnail_width: POSTER.width,
    thumbnail_height: POSTER.height,
    cache_age: 86400,
  };
}

/**
 * index.html (as built, with the default page in #root, then #root-end) turned into the share page of `meta`: its own
 * title, card tags and #root, and `<html data-share>` naming the scene for src/app/boot.js and main.tsx.
 */
export function sharePage(index: string, body: string, meta: ShareMeta, base: string | null): string {
  const replace = (html: string, pattern: RegExp, by: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${String(pattern).slice(0, 40)} to replace`);
    return html.replace(pattern, () => by);
  };
  let html = replace(index, /<html lang="en">/, `<html lang="en" data-share="${escapeHtml(meta.id)}">`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`);
  html = replace(html, /<meta name="description" content="[^"]*" \/>/, shareHead(meta, base));
  // The default page fills #root up to the marker that ends it (#root-end, see index.html).
  return replace(html, /<div id="root">[\s\S]*<\/div>(?=\s*<span id="root-end")/, `<div id="root">${body}</div>`);
}

// ---- the poster ------------------------------------------------------------------------------------

/** `css` without comments, and without @-blocks (@media, @keyframes): a poster is one still, light picture. */
function flatRules(css: string): { selector: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: { selector: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let selector = '';
  let skip = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) {
        selector = text.slice(start, i).trim();
        skip = selector.startsWith('@');
        start = i + 1;
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (!skip) rules.push({ selector, body: text.slice(start, i).trim() });
        start = i + 1;
      }
    }
  }
  return rules;
}

/**
 * The stage's style sheets made plain for an SVG renderer that knows no CSS variables: the light theme's
 * custom properties are read, every `var(--x)` in `css` and `markup` is replaced by its value, and only
 * the rules that draw (not the dark theme's, nor hover or focus states) are kept.
 */
export function resolveStyles(css: string, markup: string): { css: string; markup: string } {
  const variables = new Map<string, string>();
  const kept: string[] = [];
  for (const { selector, body } of flatRules(css)) {
    if (/data-theme=['"]?dark|:hover|:focus/.test(selector)) continue;
    const declarations = body.split(';').map((part) => part.trim()).filter(Boolean);
    const plain = declarations.filter((declaration) => {
      const match = /^(--[\w-]+)\s*:\s*([\s\S]+)$/.exec(declaration);
      if (match) variables.set(match[1]!, match[2]!.trim());
      return !match;
    });
    if (plain.length > 0) kept.push(`${selector}{${plain.join(';')}}`);
  }
  const resolve = (text: string): string => {
    let out = text;
    // Values may name other variables: a few rounds resolve any chain the style sheets use.
    for (let round = 0; round < 4 && out.includes('var('); round++) {
      out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback: string | undefined) =>
        variables.get(name) ?? fallback?.trim() ?? whole,
      );
    }
    return out;
  };
  return { css: resolve(kept.join('\n')), markup: resolve(markup) };
}

/**
 * A stand-alone SVG document of the poster: the still picture (`still`, the stage's markup) centred on a
 * 1200×630 card of the stage's colour, its style sheets (`css`) made plain by `resolveStyles`.
 */
export function posterSvg(still: string, css: string): string {
  const { css: style, markup } = resolveStyles(css, still);
  const background = resolveStyles(css, 'var(--c-stage)').markup;
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
  if (!markup.startsWith('<svg') || !viewBox) throw new Error('the still picture is not an <svg> with a viewBox');
  const scale = Math.min(POSTER.width / Number(viewBox[1]), POSTER.height / Number(viewBox[2]));
  const width = Number(viewBox[1]) * scale;
  const height = Number(viewBox[2]) * scale;
  const placed = markup.replace(
    /^<svg([^>]*?) width="100%"/,
    `<svg$1 x="${(POSTER.width - width) / 2}" y="${(POSTER.height - height) / 2}" width="${width}" height="${height}"`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER.width}" height="${POSTER.height}" viewBox="0 0 ${POSTER.width} ${POSTER.height}">` +
    `<style>${style}</style><rect width="${POSTER.width}" height="${POSTER.height}" fill="${background}"/>${placed}</svg>`
  );
}
