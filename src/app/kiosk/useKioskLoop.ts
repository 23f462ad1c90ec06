import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Player } from '../../player/player';

/**
 * The waiting-room loop: a calm opening note, the five scenes, a closing summary, and again, forever.
 * A touch or key press pauses it and shows simple controls; after `idleSeconds` without one, a gentle
 * countdown offers to keep exploring, then the loop starts over from the beginning.
 *
 * Outside the clinic's opening hours (`closed`) it stops, and starts from the beginning when they open.
 *
 * Card durations are divided by the playback speed so a fast test run loops quickly too.
 */
export type KioskPhase = 'opening' | 'playing' | 'closing' | 'paused' | 'countdown' | 'closed';

const OPENING_SECONDS = 9;
const CLOSING_SECONDS = 14;
export const COUNTDOWN_SECONDS = 10;

export interface KioskLoop {
  readonly phase: KioskPhase;
  readonly countdown: number;
  /** Call on any touch, click or key press. */
  readonly interact: () => void;
  /** "Keep exploring": cancel the countdown, stay paused. */
  readonly keepExploring: () => void;
  readonly restart: () => void;
}

export function useKioskLoop(
  player: Player,
  options: { enabled: boolean; idleSeconds: number; onLoop: () => void; closed?: boolean },
): KioskLoop {
  const { enabled, idleSeconds, onLoop, closed = false } = options;
  const [phase, setPhase] = useState<KioskPhase>('opening');
  const [countdown, setCountdown] = useState(COUNTDOWN_SECONDS);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onLoopRef = useRef(onLoop);
  onLoopRef.current = onLoop;

  const wait = useCallback((seconds: number, then: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(then, (seconds * 1000) / player.getSnapshot().speed);
  }, [player]);

  const startOpening = useCallback(() => {
    player.pause();
    player.goToScene(0);
    setPhase('opening');
    wait(OPENING_SECONDS, () => {
      setPhase('playing');
      player.play();
    });
  }, [player, wait]);

  // Start, and close each loop with the summary card before opening the next.
  useEffect(() => {
    if (!enabled) return;
    if (closed) {
      player.pause();
      setPhase('closed');
      return;
    }
    startOpening();
    let loops = player.getSnapshot().loops;
    const unsubscribe = player.subscribe(() => {
      const snapshot = player.getSnapshot();
      if (snapshot.loops === loops) return;
      loops = snapshot.loops;
      // The player has already wrapped to the first scene: keep the last scene's final picture and
      // caption behind the closing card, so the summary follows the story it sums up.
      player.pause();
      player.goToScene(player.scenes.length - 1, 1);
      setPhase('closing');
      wait(CLOSING_SECONDS, () => {
        onLoopRef.current();
        startOpening();
      });
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [enabled, closed, player, startOpening, wait]);

  const startIdleTimer = useCallback(() => {
    clearTimeout(timer.current);
    // Idle time is real time: a person walked away, whatever the playback speed.
    timer.current = setTimeout(() => setPhase('countdown'), idleSeconds * 1000);
  }, [idleSeconds]);

  // The first touch pauses the loop; later ones (using the controls) only keep it from restarting.
  const interact = useCallback(() => {
    if (!enabled || closed) return;
    setPhase((current) => {
      if (current !== 'paused') player.pause();
      return 'paused';
    });
    startIdleTimer();
  }, [enabled, closed, player, startIdleTimer]);

  // The countdown ticks once a second, then restarts the loop.
  useEffect(() => {
    if (phase !== 'countdown') return;
    setCountdown(COUNTDOWN_SECONDS);
    let left = COUNTDOWN_SECONDS;
    const tick = setInterval(() => {
      left -= 1;
      setCountdown(left);
      if (left <= 0) {
        clearInterval(tick);
        startOpening();
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [phase, startOpening]);

  const keepExploring = useCallback(() => {
    setPhase('paused');
    startIdleTimer();
  }, [startIdleTimer]);

  return useMemo(
    () => ({ phase, countdown, interact, keepExploring, restart: startOpening }),
    [phase, countdown, interact, keepExploring, startOpening],
  );
}
