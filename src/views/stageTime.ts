import type { Player } from '../player/player';

/**
 * The scene time a stage draws. Under reduced motion a stage shows each beat as a still, the beat's
 * end state, instead of the in-between frames; every view of the scene (2D stage, 3D stage, the
 * chart's "now" marker) uses this rule so they all show the same moment.
 */
export function stageTime(player: Player, reducedMotion: boolean): number {
  if (!reducedMotion) return player.getTime();
  return player.beatStart(player.getSnapshot().beatIndex + 1) || player.duration;
}
