import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { Player } from '../../src/player/player';
import { stageTime } from '../../src/views/stageTime';

/** The moment every view draws: the clock, or under reduced motion the end of the current beat. */
describe('stageTime', () => {
  it('follows the clock with motion on', () => {
    const player = new Player(SCENES);
    player.seek(player.beatStart(1) + 0.7);
    expect(stageTime(player, false)).toBeCloseTo(player.beatStart(1) + 0.7);
  });

  it('holds the end of the beat under reduced motion, however far into the beat the clock is', () => {
    const player = new Player(SCENES);
    const end = player.beatStart(2);
    for (const into of [0, 0.3, 2.5]) {
      player.seek(player.beatStart(1) + into);
      expect(player.getSnapshot().beatIndex).toBe(1);
      expect(stageTime(player, true)).toBe(end);
    }
    // While playing, too: the still changes only when the beat does.
    player.play();
    player.tick(0.05);
    expect(stageTime(player, true)).toBe(end);
  });

  it('holds the end of the scene in its last beat', () => {
    const player = new Player(SCENES);
    player.goToBeat(player.scene.beats.length - 1);
    expect(stageTime(player, true)).toBe(player.duration);
  });
});
