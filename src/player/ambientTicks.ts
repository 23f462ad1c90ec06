import type { Player } from './player';

/**
 * What moves with the clock outside React (the 2D stage's drifting particles, streams and glows; the
 * scrubber's thumb; the chart's "now" marker) is slow: drawn 30 times a second it looks the same as at
 * 60. Each frame that writes to the page costs the browser a style, layout, paint, layerize and commit
 * of it (bench: most of the 2D view's main-thread time), and that cost is paid per frame, not per write.
 * So while the scene plays, all of them draw together on the same frames, at most every
 * MIN_INTERVAL_MS; anything else that moves the clock (a seek, a step, a new scene) draws at once, and
 * so does the moment playback stops, so a paused picture is exactly its moment. Camera glides are drawn
 * at the display's full rate by the stage's own glide loop (svg/Stage.tsx); the 3D view renders on the
 * player's every frame.
 */
export const MIN_INTERVAL_MS = 30; // every second frame at 60 Hz, every fourth at 120 Hz

type Listener = () => void;

/** One player's ambient frames: a single gate, so every subscriber draws on the same frames. */
class AmbientGate {
  private readonly listeners = new Set<Listener>();
  private last = -Infinity;
  private skipped = false;
  private stop: (() => void) | undefined;

  constructor(private readonly player: Player) {}

  add(listener: Listener): () => void {
    this.listeners.add(listener);
    this.stop ??= this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.stop?.();
        this.stop = undefined;
      }
    };
  }

  private start(): () => void {
    const stopFrames = this.player.subscribeFrame(() => {
      if (this.player.getSnapshot().playing && performance.now() - this.last < MIN_INTERVAL_MS) this.skipped = true;
      else this.draw();
    });
    const stopState = this.player.subscribe(() => {
      if (this.skipped && !this.player.getSnapshot().playing) this.draw();
    });
    return () => {
      stopFrames();
      stopState();
    };
  }

  private draw(): void {
    this.last = performance.now();
    this.skipped = false;
    for (const listener of [...this.listeners]) listener();
  }
}

const gates = new WeakMap<Player, AmbientGate>();

/** Calls `listener` on the player's ambient frames (see above); returns the unsubscribe. */
export function subscribeAmbient(player: Player, listener: Listener): () => void {
  let gate = gates.get(player);
  if (!gate) gates.set(player, (gate = new AmbientGate(player)));
  return gate.add(listener);
}
