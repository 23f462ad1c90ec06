import type { Player } from '../player/player';

/**
 * The scene time a stage draws. Under reduced motion a stage shows each beat as a still, the beat's
 * end state, instead of the in-between frames (the rule LiveStage applies in 2D; the 3D view uses
 * this helper so both views show the same moment).
 */
export function stageTime(player: Player, reducedMotion: boolean): number {
  if (!reducedMotion) return player.getTime();
  return player.beatStart(player.getSnapshot().beatIndex + 1) || player.duration;
}
