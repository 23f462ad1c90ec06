import { describe, expect, it, vi } from 'vitest';
import { isWordPressReady, readWordPressSecret, wordPressHeight } from '../../src/app/embed/wordpress';

describe('readWordPressSecret', () => {
  it.each([
    ['#?secret=Ab12Cd34Ef', 'Ab12Cd34Ef'],
    ['#secret=Ab12Cd34Ef', 'Ab12Cd34Ef'],
    ['#?foo=1&secret=abc', 'abc'],
  ])('reads %s', (hash, secret) => {
    const warn = vi.fn();
    expect(readWordPressSecret(hash, warn)).toBe(secret);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['', '#', '#?', '#?t=1', '#secretless'])('finds none in %j, silently', (hash) => {
    const warn = vi.fn();
    expect(readWordPressSecret(hash, warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['#?secret=', '#?secret=a%3Cb%3E', '#?secret=a"b', `#?secret=${'x'.repeat(33)}`, '#?secret=a&secret=b', '#?secret=a%20b'])(
    'refuses %j with one warning that does not repeat it',
    (hash) => {
      const warn = vi.fn();
      expect(readWordPressSecret(hash, warn)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/secret/);
      expect(warn.mock.calls[0]![0]).not.toMatch(/<b>|a"b|xxxx/);
    },
  );
});

describe('wordPressHeight', () => {
  it('is the message wp-embed reads, with whole pixels', () => {
    expect(wordPressHeight(812.2, 'abc')).toEqual({ message: 'height', value: 813, secret: 'abc' });
    expect(wordPressHeight(-5, 'abc').value).toBe(0);
  });
});

describe('isWordPressReady', () => {
  it('accepts ready with our secret only', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'abd' }, 'abc')).toBe(false);
    expect(isWordPressReady({ message: 'height', secret: 'abc' }, 'abc')).toBe(false);
    expect(isWordPressReady({ message: 'ready' }, 'abc')).toBe(false);
    expect(isWordPressReady(Object.create({ message: 'ready', secret: 'abc' }), 'abc')).toBe(false);
    expect(isWordPressReady(null, 'abc')).toBe(false);
    expect(isWordPressReady('ready', 'abc')).toBe(false);
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('x'); }, getOwnPropertyDescriptor: () => { throw new Error('x'); } });
    expect(isWordPressReady(throwing, 'abc')).toBe(false);
  });
});
