import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCENES } from '../../scenes';
import { MIN_INTERVAL_MS, subscribeAmbient } from '../../src/player/ambientTicks';
import { Player } from '../../src/player/player';

/**
 * The clock's ambient frames: while playing, everything that moves outside React draws together at
 * most every MIN_INTERVAL_MS; a seek, a step or the moment playback stops draws at once.
 */
let now = 0;
afterEach(() => {
  now = 0;
});

function setup() {
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const player = new Player(SCENES);
  const a = vi.fn();
  const b = vi.fn();
  const stopA = subscribeAmbient(player, a);
  const stopB = subscribeAmbient(player, b);
  /** One display frame of `ms`: the frame loop's tick. */
  const frame = (ms = 1000 / 60) => {
    now += ms;
    player.tick(ms / 1000);
  };
  return { player, a, b, stopA, stopB, frame };
}

describe('subscribeAmbient', () => {
  it('draws every second frame at 60 Hz while playing, every subscriber on the same frames', () => {
    const { player, a, b, frame } = setup();
    player.play();
    for (let i = 0; i < 60; i++) frame();
    expect(a.mock.calls.length).toBeGreaterThanOrEqual(29);
    expect(a.mock.calls.length).toBeLessThanOrEqual(31);
    expect(b.mock.calls.length).toBe(a.mock.calls.length);
    expect(1000 / a.mock.calls.length).toBeGreaterThanOrEqual(MIN_INTERVAL_MS);
  });

  it('draws every frame that is already slower than the interval', () => {
    const { player, a, frame } = setup();
    player.play();
    for (let i = 0; i < 10; i++) frame(40);
    expect(a).toHaveBeenCalledTimes(10);
  });

  it('draws a seek at once, and the moment playback stops if the last frame was skipped', () => {
    const { player, a, frame } = setup();
    player.play();
    frame();
    const drawn = a.mock.calls.length;
    frame(); // skipped: too soon after the last draw
    expect(a).toHaveBeenCalledTimes(drawn);
    player.pause();
    expect(a).toHaveBeenCalledTimes(drawn + 1); // the paused picture is exactly its moment
    player.seek(3);
    expect(a).toHaveBeenCalledTimes(drawn + 2); // paused: every seek draws
  });

  it('stops listening to the player once the last subscriber leaves', () => {
    const { player, a, b, stopA, stopB, frame } = setup();
    stopA();
    stopB();
    player.play();
    for (let i = 0; i < 5; i++) frame();
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });
});
