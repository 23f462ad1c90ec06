import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { renderShares, type SharedScene } from '../../src/prerender';
import { oembed, POSTER, posterSvg, resolveStyles, shareFiles, shareHead, sharePage, type ShareMeta } from '../../tools/sharePages';

const BASE = 'https://explain.example.org/ketamine/';
const META: ShareMeta = { id: 'bdnf-release', title: 'BDNF <release> & "growth"', description: 'Part 4 of 5.', posterAlt: 'Drawing' };
const CSS = ['src/app/theme.css', 'src/views/svg/stage.css'].map((file) => readFileSync(file, 'utf8')).join('\n');

const attributes = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
const metaContent = (html: string, key: string) => attributes(html, 'meta').find((m) => m.property === key || m.name === key)?.content;

describe('share page head', () => {
  it('with a public address: absolute card addresses, canonical link and oEmbed discovery', () => {
    const head = shareHead(META, BASE);
    expect(metaContent(head, 'og:url')).toBe(`${BASE}bdnf-release.html`);
    expect(metaContent(head, 'og:image')).toBe(`${BASE}share/bdnf-release.png`);
    expect(metaContent(head, 'twitter:image')).toBe(`${BASE}share/bdnf-release.png`);
    expect(metaContent(head, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(head, 'og:image:width')).toBe('1200');
    const links = attributes(head, 'link');
    expect(links.find((l) => l.rel === 'alternate')).toMatchObject({ type: 'application/json+oembed', href: `${BASE}share/bdnf-release.json` });
    expect(links.find((l) => l.rel === 'canonical')?.href).toBe(`${BASE}bdnf-release.html`);
  });

  it('without one: relative poster, no og:url, no oEmbed link', () => {
    const head = shareHead(META, null);
    expect(metaContent(head, 'og:image')).toBe('./share/bdnf-release.png');
    expect(metaContent(head, 'og:url')).toBeUndefined();
    expect(head).not.toContain('oembed');
    expect(head).not.toContain('canonical');
  });

  it('escapes the text it writes into attributes', () => {
    const head = shareHead(META, BASE);
    expect(head).not.toMatch(/<release>|"growth"/);
    expect(metaContent(head, 'og:title')).toBe('BDNF &lt;release&gt; &amp; &quot;growth&quot;');
  });
});

describe('oEmbed answer', () => {
  it('has the fields of a rich embed, all addresses absolute', () => {
    const answer = oembed(META, BASE, 'An explainer');
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Ketamine Mechanism Explorer', provider_url: BASE });
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(answer[key])).toBe(true);
    expect(answer.thumbnail_url).toBe(`${BASE}share/bdnf-release.png`);
    const html = String(answer.html);
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    const src = new URL(/src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&'));
    expect(src.href.startsWith(BASE)).toBe(true);
    expect(src.searchParams.get('mode')).toBe('embed');
    expect(src.searchParams.get('scene')).toBe('bdnf-release');
    expect(html).toContain('title="An explainer"');
  });
});

describe('share page from index.html', () => {
  const index = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="default" />
    <title>Default</title>
  </head>
  <body>
    <div id="root"><div data-scene="nmda-blockade"><div>x</div></div></div>
    <span id="root-end" hidden></span>
  </body>
</html>`;

  it('names the scene, replaces title, description and #root', () => {
    const page = sharePage(index, '<div data-scene="bdnf-release"></div>', META, BASE);
    expect(page).toContain('<html lang="en" data-share="bdnf-release">');
    expect(page).toContain('<title>BDNF &lt;release&gt; &amp; &quot;growth&quot;</title>');
    expect(page).toContain('<div id="root"><div data-scene="bdnf-release"></div></div>\n    <span id="root-end" hidden></span>');
    expect(page).not.toContain('nmda-blockade');
    expect(page).not.toContain('content="default"');
  });

  it('refuses an index.html it cannot find its places in', () => {
    expect(() => sharePage(index.replace('<span id="root-end" hidden></span>', ''), '', META, BASE)).toThrow(/index\.html has no/);
  });
});

describe('poster styles', () => {
  it('resolves CSS variables (with chains and fallbacks) and drops dark, hover and @-rules', () => {
    const css = `:root{--a:#111;--b:var(--a)} :root[data-theme='dark']{--a:#fff} .x{fill:var(--b)} .x:hover{fill:red}
      @media (prefers-reduced-motion: reduce){.y{opacity:0}} @keyframes k{from{opacity:0}to{opacity:1}} .z{stroke:var(--none, #222)}`;
    const { css: plain, markup } = resolveStyles(css, '<rect fill="var(--b)"/>');
    expect(markup).toBe('<rect fill="#111"/>');
    expect(plain).toContain('.x{fill:#111}');
    expect(plain).toContain('.z{stroke:#222}');
    expect(plain).not.toMatch(/hover|opacity|#fff|--a/);
  });
});

describe('posters of the real still pictures', () => {
  let shares: { base: string | null; scenes: SharedScene[] };
  beforeAll(async () => {
    shares = await renderShares(`${BASE}?x=1#y`);
  }, 30_000);

  it('one share page per scene, with the public address made canonical', () => {
    expect(shares.base).toBe(BASE);
    expect(shares.scenes.map((s) => s.id)).toEqual(SCENES.map((s) => s.id));
    for (const [index, scene] of shares.scenes.entries()) {
      expect(scene.body).toContain(`data-scene="${scene.id}"`);
      expect(scene.description).toMatch(new RegExp(`^Part ${index + 1} of 5`));
      expect(scene.still).toMatch(/^<svg[^>]*viewBox="0 0 960 600"/);
      expect(shareFiles(scene.id).poster).toBe(`share/${scene.id}.png`);
    }
  });

  it('a bad public address is none', async () => {
    expect((await renderShares('javascript:alert(1)')).base).toBeNull();
  }, 30_000);

  it.each(SCENES.map((scene) => scene.id))('%s: a 1200×630 PNG with a varied picture, no CSS variable left', (id) => {
    const svg = posterSvg(shares.scenes.find((s) => s.id === id)!.still, CSS);
    expect(svg).not.toContain('var(--');
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect([image.width, image.height]).toEqual([POSTER.width, POSTER.height]);
    expect(image.asPng().subarray(1, 4).toString()).toBe('PNG');
    // Not blank: the pixels' brightness varies, and several distinct colours are drawn.
    const pixels = image.pixels;
    let sum = 0;
    let squares = 0;
    const colours = new Set<number>();
    const count = pixels.length / 4;
    for (let i = 0; i < pixels.length; i += 4) {
      const luma = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
      sum += luma;
      squares += luma * luma;
      if (i % 64 === 0) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    }
    const variance = squares / count - (sum / count) ** 2;
    expect(variance).toBeGreaterThan(50);
    expect(colours.size).toBeGreaterThan(100);
  });
});
