import { useSyncExternalStore } from 'react';
import type { Player, PlayerSnapshot } from '../player/player';

/** Coarse player state (scene, beat, playing, speed): re-renders only when one of these changes. */
export function usePlayerSnapshot(player: Player): PlayerSnapshot {
  return useSyncExternalStore(player.subscribe, player.getSnapshot, player.getSnapshot);
}

/** The clock, every frame: for the few components that move with it (stage, scrubber). */
export function usePlayerTime(player: Player): number {
  return useSyncExternalStore(player.subscribeFrame, player.getTime, player.getTime);
}
