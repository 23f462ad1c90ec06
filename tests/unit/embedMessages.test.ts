import { describe, expect, it, vi } from 'vitest';
import { beatChangeEvent, parseCommand, readyEvent, resizeEvent, sceneChangeEvent } from '../../src/app/embed/messages';
import { appBase, iframeSnippet, scriptSnippet } from '../../src/app/embed/snippets';

const languages = ['en', 'es'];
const target = 'ketamine-explorer';

function parse(data: unknown) {
  const warn = vi.fn();
  const error = vi.spyOn(console, 'error');
  let result: ReturnType<typeof parseCommand> = null;
  expect(() => (result = parseCommand(data, languages, warn))).not.toThrow();
  expect(error).not.toHaveBeenCalled();
  return { result, warn };
}

describe('parseCommand: valid commands', () => {
  it.each([
    [{ target, type: 'play' }, { type: 'play' }],
    [{ target, type: 'pause' }, { type: 'pause' }],
    [{ target, type: 'goto', scene: 'synaptogenesis' }, { type: 'goto', scene: 'synaptogenesis' }],
    [{ target, type: 'goto', scene: 'bdnf-release', t: 0.5 }, { type: 'goto', scene: 'bdnf-release', t: 0.5 }],
    [{ target, type: 'goto', scene: 'AMPA-Activation', t: 0 }, { type: 'goto', scene: 'ampa-activation', t: 0 }],
    [{ target, type: 'goto', scene: '3' }, { type: 'goto', scene: 'ampa-activation' }],
    [{ target, type: 'goto', scene: 5, t: 1 }, { type: 'goto', scene: 'synaptogenesis', t: 1 }],
    [{ target, type: 'goto', scene: '1', t: '0.25' }, { type: 'goto', scene: 'nmda-blockade', t: 0.25 }],
    [{ target, type: 'goto', scene: 'bdnf-release', beat: 2 }, { type: 'goto', scene: 'bdnf-release', beat: 2 }],
    [{ target, type: 'goto', scene: '4', beat: 0 }, { type: 'goto', scene: 'bdnf-release', beat: 0 }],
    [{ target, type: 'set', params: { level: 'clinician' } }, { type: 'set', params: { level: 'clinician' } }],
    [
      { target, type: 'set', params: { exposure: 'high', time: 'weeks', stress: 'low', level: 'patient', lang: 'es' } },
      { type: 'set', params: { exposure: 'high', time: 'weeks', stress: 'low', level: 'patient', lang: 'es' } },
    ],
    // A null-prototype object is still plain data.
    [Object.assign(Object.create(null), { target, type: 'play' }), { type: 'play' }],
  ])('%j', (data, expected) => {
    const { result, warn } = parse(data);
    expect(result).toEqual(expected);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('parseCommand: a bad value inside a well-formed set', () => {
  it('keeps the good values and warns once per bad parameter, naming it without its value', () => {
    const { result, warn } = parse({ target, type: 'set', params: { level: 'admin', exposure: 'low' } });
    expect(result).toEqual({ type: 'set', params: { exposure: 'low' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/"level"/);
    expect(warn.mock.calls[0]![0]).not.toMatch(/admin/);
  });

  it('ignores a set with nothing valid left (after the warning)', () => {
    const { result, warn } = parse({ target, type: 'set', params: { lang: 'xx' } });
    expect(result).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

const long = 'a'.repeat(100_000);
const withOwnProto = JSON.parse('{"target":"ketamine-explorer","type":"play","__proto__":{"polluted":true}}');
const setWithOwnProto = JSON.parse('{"target":"ketamine-explorer","type":"set","params":{"__proto__":{"level":"clinician"}}}');
const throwing = {
  target,
  get type(): string {
    throw new Error('boom');
  },
};

describe('parseCommand: hostile or malformed messages are ignored silently', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'play'],
    ['a JSON string', JSON.stringify({ target, type: 'play' })],
    ['a number', 42],
    ['an array', [target, 'play']],
    ['an array with keys', Object.assign([], { target, type: 'play' })],
    ['a function', () => ({ target, type: 'play' })],
    ['a Date', new Date()],
    ['a Map', new Map([['target', target], ['type', 'play']])],
    ['a class instance', new (class Message { target = target; type = 'play'; })()],
    ['no target', { type: 'play' }],
    ['another target', { target: 'x', type: 'play' }],
    ['the source of our own events', { source: target, type: 'ready', scene: 'nmda-blockade' }],
    ['a target with different case', { target: 'Ketamine-Explorer', type: 'play' }],
    ['an unknown type', { target, type: 'destroy' }],
    ['type inherited from the prototype', { target, type: 'toString' }],
    ['type not a string', { target, type: ['play'] }],
    ['an extra key', { target, type: 'play', extra: 1 }],
    ['a symbol key', { target, type: 'play', [Symbol('x')]: 1 }],
    ['an own __proto__ key', withOwnProto],
    ['constructor key', { target, type: 'pause', constructor: { prototype: { x: 1 } } }],
    ['goto without scene', { target, type: 'goto' }],
    ['goto to an unknown scene', { target, type: 'goto', scene: 'bogus' }],
    ['goto with markup', { target, type: 'goto', scene: '<img src=x onerror=alert(1)>' }],
    ['goto with a huge scene', { target, type: 'goto', scene: long }],
    ['goto to scene 6', { target, type: 'goto', scene: 6 }],
    ['goto to scene 0', { target, type: 'goto', scene: '0' }],
    ['goto to scene 2.5', { target, type: 'goto', scene: 2.5 }],
    ['goto with a nested scene', { target, type: 'goto', scene: { id: 'bdnf-release' } }],
    ['goto with scene in an array', { target, type: 'goto', scene: ['bdnf-release'] }],
    ['goto with t out of range', { target, type: 'goto', scene: 'bdnf-release', t: 2 }],
    ['goto with both t and beat', { target, type: 'goto', scene: 'bdnf-release', t: 0.5, beat: 1 }],
    ['goto with a negative beat', { target, type: 'goto', scene: 'bdnf-release', beat: -1 }],
    ['goto with a fractional beat', { target, type: 'goto', scene: 'bdnf-release', beat: 1.5 }],
    ['goto with a beat as text', { target, type: 'goto', scene: 'bdnf-release', beat: '1' }],
    ['goto with a huge beat', { target, type: 'goto', scene: 'bdnf-release', beat: 1e9 }],
    ['goto with t negative', { target, type: 'goto', scene: 'bdnf-release', t: -0.1 }],
    ['goto with t NaN', { target, type: 'goto', scene: 'bdnf-release', t: Number.NaN }],
    ['goto with t Infinity', { target, type: 'goto', scene: 'bdnf-release', t: Number.POSITIVE_INFINITY }],
    ['goto with t in hex', { target, type: 'goto', scene: 'bdnf-release', t: '0x1' }],
    ['goto with t null', { target, type: 'goto', scene: 'bdnf-release', t: null }],
    ['goto with t an object', { target, type: 'goto', scene: 'bdnf-release', t: { valueOf: () => 0.5 } }],
    ['set without params', { target, type: 'set' }],
    ['set with params a string', { target, type: 'set', params: 'level=clinician' }],
    ['set with params an array', { target, type: 'set', params: [['level', 'clinician']] }],
    ['set with params null', { target, type: 'set', params: null }],
    ['set with a parameter it may not change', { target, type: 'set', params: { scene: 'bdnf-release' } }],
    ['set with mode', { target, type: 'set', params: { mode: 'kiosk', level: 'clinician' } }],
    ['set with nested params', { target, type: 'set', params: { level: { value: 'clinician' } } }],
    ['set with an array value', { target, type: 'set', params: { level: ['clinician'] } }],
    ['set with a huge string', { target, type: 'set', params: { lang: long } }],
    ['set with an own __proto__ key', setWithOwnProto],
    ['set with a class instance as params', { target, type: 'set', params: new (class P { level = 'clinician'; })() }],
    ['set with a Map as params', { target, type: 'set', params: new Map([['level', 'clinician']]) }],
    ['a getter that throws', throwing],
    ['a proxy that throws', new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getPrototypeOf: () => Object.prototype })],
  ])('%s', (_label, data) => {
    const { result, warn } = parse(data);
    expect(result).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('never pollutes Object.prototype', () => {
    parse(withOwnProto);
    parse(setWithOwnProto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).level).toBeUndefined();
  });
});

describe('outgoing events', () => {
  it('carry the source, the type and nothing else', () => {
    expect(readyEvent('bdnf-release')).toEqual({ source: 'ketamine-explorer', type: 'ready', scene: 'bdnf-release' });
    expect(sceneChangeEvent('synaptogenesis')).toEqual({ source: 'ketamine-explorer', type: 'scenechange', scene: 'synaptogenesis' });
    expect(beatChangeEvent('bdnf-release', 2, 6)).toEqual({ source: 'ketamine-explorer', type: 'beatchange', scene: 'bdnf-release', beat: 2, beats: 6 });
    expect(resizeEvent(812.2)).toEqual({ source: 'ketamine-explorer', type: 'resize', height: 813 });
    expect(resizeEvent(-4).height).toBe(0);
  });
});

describe('embed snippets', () => {
  const settings = { scene: 'bdnf-release', level: 'clinician', lang: 'en', exposure: 'moderate', time: 'weeks', stress: 'high' } as const;
  const base = appBase({ origin: 'https://example.org', pathname: '/explainer/' });

  it('writes an iframe with mode=embed, the scene and the settings that differ from the defaults', () => {
    const html = iframeSnippet(base, settings, 'Title "with" <quotes>');
    expect(html).toContain('src="https://example.org/explainer/?mode=embed&amp;scene=bdnf-release&amp;lang=en&amp;level=clinician&amp;time=weeks"');
    expect(html).toContain('title="Title &quot;with&quot; &lt;quotes&gt;"');
    expect(html).toContain('allowfullscreen');
    expect(html).not.toContain('exposure=');
  });

  it('writes the script element with embed.js next to the app', () => {
    const html = scriptSnippet(base, settings);
    expect(html).toBe(
      '<script type="module" src="https://example.org/explainer/embed.js"></script>\n' +
        '<ketamine-explorer scene="bdnf-release" lang="en" level="clinician" time="weeks"></ketamine-explorer>',
    );
    expect(scriptSnippet(appBase({ origin: 'https://example.org', pathname: '/index.html' }), settings)).toContain(
      'src="https://example.org/embed.js"',
    );
  });
});
