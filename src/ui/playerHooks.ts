import { useEffect, useSyncExternalStore } from 'react';
import { subscribeAmbient } from '../player/ambientTicks';
import type { Player, PlayerSnapshot } from '../player/player';

/** Coarse player state (scene, beat, playing, speed): re-renders only when one of these changes. */
export function usePlayerSnapshot(player: Player): PlayerSnapshot {
  return useSyncExternalStore(player.subscribe, player.getSnapshot, player.getSnapshot);
}

/**
 * A yes/no question about the clock, asked on every frame: the component re-renders only when the
 * answer changes (the end of the story reached, the sedation badge due), never once per frame.
 */
export function usePlayerFlag(player: Player, ask: () => boolean): boolean {
  return useSyncExternalStore(player.subscribeFrame, ask, ask);
}

/**
 * For what moves with the clock outside the stage (the scrubber, the chart's "now" marker): `draw`
 * writes to its element directly on the clock's ambient frames (player/ambientTicks.ts: the same frames
 * the 2D stage draws on), so nothing re-renders per frame. It also runs after each render (`afterRender`
 * true), when React may have rewritten what an earlier frame wrote.
 */
export function usePlayerFrame(player: Player, draw: (afterRender: boolean) => void): void {
  useEffect(() => {
    draw(true);
    return subscribeAmbient(player, () => draw(false));
  });
}
