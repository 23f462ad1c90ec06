import type { Player } from './player';

/** Longest step the clock takes in one frame: a tab that slept for minutes resumes smoothly, not with a jump. */
const MAX_STEP_SECONDS = 0.1;

/**
 * Drives the player from requestAnimationFrame while it plays, using the real time between frames
 * (so motion is the same at 30, 60 or 144 Hz) and stopping the loop entirely while paused.
 * Returns a function that stops it for good.
 */
export function startFrameLoop(player: Player): () => void {
  let handle = 0;
  let last: number | undefined;

  const frame = (now: number) => {
    handle = 0;
    if (last !== undefined) player.tick(Math.min((now - last) / 1000, MAX_STEP_SECONDS));
    last = now;
    schedule();
  };

  const schedule = () => {
    if (player.getSnapshot().playing) {
      if (!handle) handle = requestAnimationFrame(frame);
    } else {
      if (handle) cancelAnimationFrame(handle);
      handle = 0;
      last = undefined;
    }
  };

  const unsubscribe = player.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (handle) cancelAnimationFrame(handle);
  };
}
