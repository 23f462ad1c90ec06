import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeHomeLink } from '../../src/app/takeHomeLink';

const page = { href: 'http://10.0.0.5/explorer/index.html?scene=bdnf-release&level=clinician&t=12.5&exposure=high&lang=en#picture' };

describe('"take this home" link', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("without a public address: the page's own folder, the scene and language only", () => {
    expect(takeHomeLink('ampa-activation', 'es', page)).toEqual({ url: 'http://10.0.0.5/explorer/?scene=ampa-activation&lang=es', configured: false });
  });

  it('carries nothing of the visit: no wording level, settings, time, position or anything else of the page', () => {
    const url = new URL(takeHomeLink('bdnf-release', 'en', page).url);
    expect([...url.searchParams.keys()].sort()).toEqual(['lang', 'scene']);
    expect(url.hash).toBe('');
    // Plain wording is the app's default: the link opens at the patient level.
    expect(url.searchParams.get('level')).toBeNull();
  });

  it('without a scene, the story from its start', () => {
    expect(takeHomeLink(undefined, 'en', page).url).toBe('http://10.0.0.5/explorer/?lang=en');
  });

  it('with KME_PUBLIC_URL: the public address, whatever the page is served from', async () => {
    vi.stubEnv('KME_PUBLIC_URL', 'https://explain.example.org/ketamine');
    vi.resetModules();
    const { takeHomeLink: withPublic } = await import('../../src/app/takeHomeLink');
    expect(withPublic('nmda-blockade', 'en', page)).toEqual({ url: 'https://explain.example.org/ketamine/?scene=nmda-blockade&lang=en', configured: true });
  });
});
