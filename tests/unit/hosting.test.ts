import { describe, expect, it } from 'vitest';
import { SCENE_IDS } from '../../src/science/types';
import { APP_HEADERS, CONTENT_SECURITY_POLICY, HEADERS_FILE, headersFile, IMMUTABLE, nginxSite, OEMBED_TYPE, REVALIDATE } from '../../tools/hosting';
import { precachedFiles } from '../../tools/precache';

/** `_headers` as { path: { header: value } }. */
function parseHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      expect(rules[line], `one block for ${line}`).toBeUndefined();
      rules[line] = current = {};
      continue;
    }
    const [, name, value] = /^ {2}([\w-]+): (.+)$/.exec(line) ?? [];
    expect(name, `a "Name: value" line: ${line}`).toBeTruthy();
    current![name!] = value!;
  }
  return rules;
}

describe('production headers (deploy/nginx.conf, public/_headers)', () => {
  // The committed files are these functions' output: a change to tools/hosting.ts fails here until
  // `npx vitest run -u tests/unit/hosting.test.ts` rewrites them.
  it('the committed files are generated from tools/hosting.ts', async () => {
    await expect(nginxSite()).toMatchFileSnapshot('../../deploy/nginx.conf');
    await expect(headersFile()).toMatchFileSnapshot('../../public/_headers');
  });

  it('_headers: the app headers everywhere, one Cache-Control per file, oEmbed media type', () => {
    const rules = parseHeaders(headersFile());
    expect(rules['/*']).toEqual(APP_HEADERS);
    expect(rules['/*']!['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(rules['/*']!['Cache-Control'], 'no cache rule on every file: hosts would join it with the others').toBeUndefined();
    expect(rules['/assets/*']).toEqual({ 'Cache-Control': IMMUTABLE });
    for (const path of ['/', '/index.html', '/boot.js', '/sw.js', '/embed.js', '/share/*', ...SCENE_IDS.map((id) => `/${id}.html`)]) {
      expect(rules[path], path).toEqual({ 'Cache-Control': REVALIDATE });
    }
    for (const id of SCENE_IDS) expect(rules[`/share/${id}.json`]).toEqual({ 'Content-Type': OEMBED_TYPE });
  });

  it('nginx: the same CSP and cache rules, compression and media types', () => {
    const site = nginxSite();
    expect(site).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    expect(site).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(site).toMatch(/~\^\/assets\/\s+"public, max-age=31536000, immutable";/);
    expect(site).toMatch(/^ {2}default "no-cache";$/m);
    expect(site).toMatch(/text\/javascript\s+js mjs;/);
    expect(site).toMatch(/gzip_types [^;]*application\/json\+oembed/);
    expect(site).toMatch(/^ {2}listen 80;$/m);
    expect(site).toMatch(/^ {2}root \S+;$/m);
  });
});

describe('service worker precache list', () => {
  it('leaves out _headers, source maps, itself and the link cards\' files', () => {
    const bundle = ['index.html', 'bdnf-release.html', 'assets/a-1.js', 'assets/a-1.js.map', 'sw.js', 'share/bdnf-release.png', 'share/bdnf-release.json'];
    expect(precachedFiles(bundle, [HEADERS_FILE, 'favicon.svg'])).toEqual(['assets/a-1.js', 'bdnf-release.html', 'favicon.svg', 'index.html']);
  });
});
