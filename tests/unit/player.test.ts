import { describe, expect, it, vi } from 'vitest';
import { SCENES } from '../../scenes';
import { Player } from '../../src/player/player';

describe('Player', () => {
  it('advances with speed and moves through beats', () => {
    const player = new Player(SCENES, 'stop');
    const beats = vi.fn();
    player.subscribe(beats);
    player.setSpeed(2);
    player.play();
    player.tick(0.5);
    expect(player.getTime()).toBeCloseTo(1);
    player.tick(10);
    expect(player.getSnapshot().beatIndex).toBeGreaterThan(0);
    expect(beats).toHaveBeenCalled();
  });

  it('does not move while paused', () => {
    const player = new Player(SCENES);
    player.tick(5);
    expect(player.getTime()).toBe(0);
  });

  it('steps beat by beat, then into the next scene', () => {
    const player = new Player(SCENES);
    const count = SCENES[0]!.beats.length;
    for (let i = 1; i < count; i++) {
      player.nextBeat();
      expect(player.getSnapshot().beatIndex).toBe(i);
    }
    player.nextBeat();
    expect(player.getSnapshot()).toMatchObject({ sceneIndex: 1, beatIndex: 0 });
    player.previousBeat();
    expect(player.getSnapshot()).toMatchObject({ sceneIndex: 0, beatIndex: count - 1 });
  });

  it('stops at the end of a scene with "stop", and restarts it on play', () => {
    const player = new Player(SCENES, 'stop');
    player.play();
    for (let i = 0; i < 1000; i++) player.tick(0.1);
    expect(player.getSnapshot()).toMatchObject({ sceneIndex: 0, playing: false });
    expect(player.fraction).toBe(1);
    player.play();
    expect(player.getTime()).toBe(0);
  });

  it('loops all five scenes in order with "loop", counting loops', () => {
    const player = new Player(SCENES, 'loop');
    player.setSpeed(16);
    player.play();
    const seen: number[] = [0];
    player.subscribe(() => {
      const { sceneIndex } = player.getSnapshot();
      if (seen[seen.length - 1] !== sceneIndex) seen.push(sceneIndex);
    });
    for (let i = 0; i < 2000 && player.getSnapshot().loops < 1; i++) player.tick(0.1);
    expect(seen).toEqual([0, 1, 2, 3, 4, 0]);
    expect(player.getSnapshot()).toMatchObject({ loops: 1, playing: true });
  });

  it('seeks by fraction and clamps', () => {
    const player = new Player(SCENES);
    player.seekFraction(0.5);
    expect(player.fraction).toBeCloseTo(0.5);
    player.seekFraction(3);
    expect(player.fraction).toBe(1);
    player.goToScene(99);
    expect(player.getSnapshot().sceneIndex).toBe(SCENES.length - 1);
  });

  it('notifies frame listeners on every tick, coarse listeners only on changes', () => {
    const player = new Player(SCENES);
    const frames = vi.fn();
    const coarse = vi.fn();
    player.play();
    player.subscribeFrame(frames);
    player.subscribe(coarse);
    player.tick(0.016);
    player.tick(0.016);
    expect(frames).toHaveBeenCalledTimes(2);
    expect(coarse).not.toHaveBeenCalled();
  });
});
