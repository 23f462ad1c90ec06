import { describe, expect, it } from 'vitest';
import { contentBox, fromPicture, overlayViewBox, pathData, quantise, strokesNear, toPicture } from '../../src/app/consult/ink';
import { LIMITS, parseConsultMessage, type ConsultState } from '../../src/app/consult/protocol';

const LANGS = ['en', 'es'];
const STATE: ConsultState = {
  scene: 'ampa-activation',
  at: 3.5,
  playing: true,
  speed: 1,
  level: 'patient',
  lang: 'es',
  exposure: 'low',
  time: 'week',
  stress: 'high',
  selected: 'ampa',
  view: '2d',
  pinned: false,
  strokes: [{ id: 3, tool: 'pen', points: [0, 0, 0.1, 0.2] }],
};
const stateMessage = (state: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ type: 'state', state: { ...STATE, ...state }, sent: 1000, ...extra });

describe('consult messages', () => {
  it('accepts each message of the protocol as sent', () => {
    expect(parseConsultMessage({ type: 'hello', from: 'abc123' }, LANGS)).toEqual({ type: 'hello', from: 'abc123' });
    expect(parseConsultMessage({ type: 'bye', from: 'abc123' }, LANGS)).toEqual({ type: 'bye', from: 'abc123' });
    expect(parseConsultMessage({ type: 'end' }, LANGS)).toEqual({ type: 'end' });
    expect(parseConsultMessage(stateMessage(), LANGS)).toEqual(stateMessage());
    const stroke = { type: 'stroke', stroke: { id: 4, tool: 'laser', points: [0.1, -0.2] }, done: true, sent: 5 };
    expect(parseConsultMessage(stroke, LANGS)).toEqual(stroke);
    expect(parseConsultMessage({ type: 'erase', ids: [1, 2], sent: 5 }, LANGS)).toEqual({ type: 'erase', ids: [1, 2], sent: 5 });
  });

  it('reads settings as the URL does (scene numbers, case)', () => {
    const parsed = parseConsultMessage(stateMessage({ scene: '3', level: 'Clinician' }), LANGS);
    expect(parsed?.type === 'state' && [parsed.state.scene, parsed.state.level]).toEqual(['ampa-activation', 'clinician']);
  });

  it.each([
    ['not an object', 'play'],
    ['null', null],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'goto', scene: 'ampa-activation' }],
    ['an embed command', { target: 'ketamine-explorer', type: 'play' }],
    ['an extra key', stateMessage({}, { from: 'audience' })],
    ['a missing state key', { type: 'state', state: { ...STATE, pinned: undefined }, sent: 1 }],
    ['an unknown scene', stateMessage({ scene: 'nope' })],
    ['an unknown language', stateMessage({ lang: 'xx' })],
    ['a huge string', stateMessage({ exposure: 'x'.repeat(100_000) })],
    ['a nested object for a setting', stateMessage({ level: { toString: () => 'patient' } })],
    ['an unknown actor', stateMessage({ selected: 'brain' })],
    ['view auto', stateMessage({ view: 'auto' })],
    ['a time past the limit', stateMessage({ at: LIMITS.at + 1 })],
    ['NaN time', stateMessage({ at: Number.NaN })],
    ['a laser stroke kept', stateMessage({ strokes: [{ id: 1, tool: 'laser', points: [] }] })],
    ['too many strokes', stateMessage({ strokes: Array.from({ length: LIMITS.strokes + 1 }, (_, id) => ({ id, tool: 'pen', points: [] })) })],
    ['too many points', { type: 'stroke', stroke: { id: 1, tool: 'pen', points: new Array(LIMITS.points * 2 + 2).fill(0) }, done: false, sent: 1 }],
    ['an odd point list', { type: 'stroke', stroke: { id: 1, tool: 'pen', points: [0, 0, 1] }, done: false, sent: 1 }],
    ['a far-off point', { type: 'stroke', stroke: { id: 1, tool: 'pen', points: [1e9, 0] }, done: false, sent: 1 }],
    ['a string point', { type: 'stroke', stroke: { id: 1, tool: 'pen', points: ['0', 0] }, done: false, sent: 1 }],
    ['an unknown tool', { type: 'stroke', stroke: { id: 1, tool: 'spray', points: [0, 0] }, done: false, sent: 1 }],
    ['a negative id', { type: 'erase', ids: [-1], sent: 1 }],
    ['no stamp', { type: 'erase', ids: [1] }],
    ['a long window id', { type: 'hello', from: 'a'.repeat(17) }],
    ['an odd window id', { type: 'hello', from: '<script>' }],
    ['an own __proto__ key', JSON.parse('{"type":"hello","from":"abc","__proto__":{"polluted":true}}')],
    ['a constructor key', JSON.parse('{"type":"end","constructor":{"prototype":{"polluted":true}}}')],
    ['a class instance', new Date()],
  ])('refuses %s', (_name, data) => {
    expect(parseConsultMessage(data, LANGS)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on a getter that throws', () => {
    const hostile = { type: 'hello' };
    Object.defineProperty(hostile, 'from', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(parseConsultMessage(hostile, LANGS)).toBeNull();
  });
});

describe('picture units', () => {
  it('the 2D content box is the viewBox as "xMidYMid meet" places it', () => {
    const wide = contentBox({ x: 0, y: 0, width: 1600, height: 600 }, { width: 960, height: 600 });
    expect(wide).toEqual({ x: 320, y: 0, width: 960, height: 600 });
    const tall = contentBox({ x: 10, y: 20, width: 480, height: 600 }, { width: 960, height: 600 });
    expect(tall).toEqual({ x: 10, y: 20 + 150, width: 480, height: 300 });
    // 3D: the canvas itself.
    expect(contentBox({ x: 1, y: 2, width: 3, height: 4 }, null)).toEqual({ x: 1, y: 2, width: 3, height: 4 });
  });

  it('a point lands on the same part of the picture in windows of other sizes and shapes', () => {
    const vb = { width: 960, height: 600 };
    const small = contentBox({ x: 20, y: 100, width: 800, height: 500 }, vb);
    const wall = contentBox({ x: 0, y: 0, width: 1920, height: 900 }, vb); // wider than the picture: letterboxed
    // The picture's point at 25 % across, 40 % down, in both windows.
    const onSmall: [number, number] = [small.x + 0.25 * small.width, small.y + 0.4 * small.height];
    const [u, v] = toPicture(...onSmall, small);
    const [x, y] = fromPicture(u, v, wall);
    expect((x - wall.x) / wall.width).toBeCloseTo(0.25, 6);
    expect((y - wall.y) / wall.height).toBeCloseTo(0.4, 6);
    // The centre is (0, 0); heights are the unit.
    expect(toPicture(small.x + small.width / 2, small.y, small)).toEqual([0, -0.5]);
  });

  it('3D: height-normalised around the canvas centre, so a wider canvas shows more at the sides only', () => {
    const tablet = { x: 0, y: 0, width: 800, height: 600 };
    const wall = { x: 0, y: 0, width: 1920, height: 1080 };
    const [u, v] = toPicture(400 + 60, 300 - 30, tablet);
    expect(fromPicture(u, v, wall)).toEqual([960 + 60 * (1080 / 600), 540 - 30 * (1080 / 600)]);
  });

  it('the overlay viewBox draws in picture units', () => {
    const content = { x: 100, y: 50, width: 960, height: 600 };
    expect(overlayViewBox({ x: 100, y: 50, width: 960, height: 600 }, content)).toBe('-0.8 -0.5 1.6 1');
    // An overlay 100 px wider on the left: its viewBox starts 100/600 picture heights further left.
    expect(overlayViewBox({ x: 0, y: 50, width: 1160, height: 600 }, content)).toBe('-0.96667 -0.5 1.93333 1');
  });

  it('paths, rounding and the eraser', () => {
    expect(pathData([0.1, 0.2])).toBe('M0.1 0.2l0 0');
    expect(pathData([0, 0, 0.5, 0.5])).toBe('M0 0L0.5 0.5');
    expect(quantise(0.123456)).toBe(0.1235);
    const strokes = [
      { id: 1, tool: 'pen' as const, points: [0, 0, 0.4, 0] },
      { id: 2, tool: 'pen' as const, points: [0, 0.3, 0.4, 0.3] },
    ];
    // Between two far-apart points of stroke 1, not near stroke 2.
    expect(strokesNear(strokes, 0.2, 0.01, 0.02)).toEqual([1]);
    expect(strokesNear(strokes, 0.2, 0.15, 0.02)).toEqual([]);
  });
});
