import { describe, expect, it } from 'vitest';
import { linkBase, parsePublicUrl } from '../../src/app/publicUrl';

describe('public address (KME_PUBLIC_URL)', () => {
  it('normalises an http(s) address to end in a slash, without query or hash', () => {
    expect(parsePublicUrl('https://explain.example.org/ketamine')).toBe('https://explain.example.org/ketamine/');
    expect(parsePublicUrl(' https://example.org/a/?x=1#y ')).toBe('https://example.org/a/');
    expect(parsePublicUrl('http://clinic.example/')).toBe('http://clinic.example/');
  });

  it('refuses what is not a plain web address', () => {
    for (const bad of [undefined, '', 'javascript:alert(1)', 'ftp://example.org/', '/relative/', 'https://user:pw@example.org/', 'not a url']) {
      expect(parsePublicUrl(bad)).toBeNull();
    }
  });

  it('without a configured address, links start from the folder of the page itself', () => {
    expect(linkBase({ href: 'http://10.0.0.5/explorer/index.html?scene=2#x' })).toEqual({ base: 'http://10.0.0.5/explorer/', configured: false });
  });
});
