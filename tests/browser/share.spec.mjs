// Share pages (issue 15, "Paste a link"): each scene's `<scene>.html` beside index.html carries the tags
// a link card is built from and, in a build with a public address (KME_PUBLIC_URL), an oEmbed discovery
// link to a static JSON answer; the poster is a PNG of the scene's still picture; the page itself opens
// the app on that scene. The oEmbed half builds its own copy (dist-share/) with a public address, since
// the build under test has none; that build's public address is mapped back to its local server.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, measurePixels, SCENES, buildWithPublicUrl, contextOnly } from './helpers.mjs';

const PUBLIC = 'https://explain.example.org/ketamine/';
const POSTER = { width: 1200, height: 630 };

/** The head's tags of a page, read in the browser. */
const headOf = (page) =>
  page.evaluate(() => {
    const meta = {};
    for (const el of document.head.querySelectorAll('meta[property], meta[name]')) meta[el.getAttribute('property') ?? el.getAttribute('name')] = el.content;
    const oembed = document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    return { title: document.title, meta, oembed: oembed?.href ?? null, share: document.documentElement.dataset.share ?? null };
  });

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The poster's brightness variance and how many distinct colours it has (a blank card has ~0 and 1). */
const pictureStats = ([image]) => {
  const d = image.data;
  let sum = 0;
  let squares = 0;
  const colours = new Set();
  for (let i = 0; i < d.length; i += 4) {
    const luma = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
    sum += luma;
    squares += luma * luma;
    if (i % 64 === 0) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
  }
  const n = d.length / 4;
  return { variance: squares / n - (sum / n) ** 2, colours: colours.size };
};

async function checkPoster(t, url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url} is there`);
  assert.match(response.headers.get('content-type') ?? '', /^image\/png/, 'served as a PNG');
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual(pngSize(bytes), POSTER, 'the size link cards use');
  const stats = await measurePixels(t.context, [bytes], pictureStats);
  assert.ok(stats.variance > 50 && stats.colours > 100, `a drawn picture, not a blank card (${JSON.stringify(stats)})`);
  return bytes;
}

test('share pages of the build: card tags, a PNG poster of the scene, the app on that scene', async ({ t }) => {
  const { page } = t;
  for (const [index, scene] of SCENES.entries()) {
    await page.goto(`${t.origin}/${scene}.html`, { waitUntil: 'load' });
    const head = await headOf(page);
    assert.equal(head.share, scene);
    assert.match(head.title, /How ketamine is thought to work/);
    assert.match(head.meta.description, new RegExp(`^Part ${index + 1} of 5: .+ For education only; not medical advice\\.$`));
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) assert.ok(head.meta[key], `${key} is there`);
    // This build has no public address: relative poster, no oEmbed (README, "Hosting it").
    assert.equal(head.meta['og:image'], `./share/${scene}.png`);
    assert.equal(head.oembed, null, 'no oEmbed discovery without a public address');
    await checkPoster(t, new URL(head.meta['og:image'], page.url()).href);
    await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached', timeout: 15_000 });
    assert.equal((await t.state()).scene, scene, 'the page opens its scene');
    assert.ok((await t.caption()).length > 0, 'with its caption');
  }
  // The address still wins over the page's own scene.
  await page.goto(`${t.origin}/bdnf-release.html?scene=2`, { waitUntil: 'load' });
  await waitFor(async () => (await t.state())?.scene === 'glutamate-surge', { timeout: 15_000, message: 'scene=2 on a share page' });
});

test(
  'oEmbed discovery with a public address: found for every scene, the JSON validates, the poster is the scene',
  { lock: '-exclusive-' }, // builds the app once more: alone, so its CPU use slows no other test
  async ({ t }) => {
    test.setTimeout(240_000);
    const { server, local } = await buildWithPublicUrl('dist-share', PUBLIC);
    const toLocal = (url) => {
      assert.ok(url.startsWith(PUBLIC), `${url} is under the public address`);
      return local + url.slice(PUBLIC.length);
    };
    const posters = [];
    try {
      // Nothing but the local server is reached (the public host does not exist here).
      const context = await contextOnly(t.context.browser(), local);
      const page = await context.newPage();
      for (const scene of SCENES) {
        await page.goto(`${local}${scene}.html`, { waitUntil: 'domcontentloaded' });
        const head = await headOf(page);
        assert.equal(head.oembed, `${PUBLIC}share/${scene}.json`, `${scene}: discovery link`);
        assert.equal(head.meta['og:url'], `${PUBLIC}${scene}.html`);
        assert.equal(head.meta['og:image'], `${PUBLIC}share/${scene}.png`);

        const response = await fetch(toLocal(head.oembed));
        assert.equal(response.status, 200);
        const answer = await response.json();
        assert.equal(answer.version, '1.0');
        assert.equal(answer.type, 'rich');
        for (const key of ['title', 'provider_name', 'html']) assert.ok(typeof answer[key] === 'string' && answer[key].length > 0, `${key}`);
        for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) assert.ok(Number.isInteger(answer[key]) && answer[key] > 0, `${key}`);
        assert.equal(answer.provider_url, PUBLIC);
        assert.deepEqual([answer.thumbnail_width, answer.thumbnail_height], [POSTER.width, POSTER.height]);
        assert.match(answer.html, /^<iframe [^>]*><\/iframe>$/, 'html is one iframe (what WordPress keeps)');
        const src = new URL(answer.html.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
        assert.ok(src.href.startsWith(PUBLIC), 'the iframe opens the public address');
        assert.equal(src.searchParams.get('mode'), 'embed');
        assert.equal(src.searchParams.get('scene'), scene);
        posters.push(await checkPoster(t, toLocal(answer.thumbnail_url)));
      }
      await context.close();
    } finally {
      await server.close();
    }
    // The five cards side by side, to look at.
    const { page } = t;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.setContent(
      `<body style="margin:0;padding:16px;background:#ddd;display:grid;grid-template-columns:1fr 1fr;gap:16px">${posters
        .map((bytes, i) => `<figure style="margin:0"><img style="width:100%" src="data:image/png;base64,${bytes.toString('base64')}"><figcaption>${SCENES[i]}</figcaption></figure>`)
        .join('')}</body>`,
    );
    await t.shot('share-posters', { settle: 0 });
  },
);
