import type { SceneDefinition } from '../science/types';
import { beatAt, resolveScene } from '../model/state';
import { DEFAULT_SETTINGS } from '../model/settings';

/**
 * One clock for the whole explorer: which scene, where in it, playing or not, how fast. It is a plain
 * store, not React state: the time changes every frame and only the stage and scrubber listen to it
 * (`subscribeFrame`); everything else listens to coarse changes (`subscribe`: scene, beat, playing,
 * speed), so a frame never re-renders the whole app.
 */

/** What happens when a scene ends: stop there, go on to the next (stopping after the last), or loop all. */
export type EndBehaviour = 'stop' | 'next' | 'loop';

export interface PlayerSnapshot {
  readonly sceneIndex: number;
  readonly beatIndex: number;
  readonly playing: boolean;
  readonly speed: number;
  /** Increments each time the kiosk loop wraps from the last scene to the first. */
  readonly loops: number;
}

type Listener = () => void;

export class Player {
  private snapshot: PlayerSnapshot;
  private time = 0;
  private readonly listeners = new Set<Listener>();
  private readonly frameListeners = new Set<Listener>();

  constructor(
    readonly scenes: readonly SceneDefinition[],
    private endBehaviour: EndBehaviour = 'next',
  ) {
    this.snapshot = { sceneIndex: 0, beatIndex: 0, playing: false, speed: 1, loops: 0 };
  }

  // ---- reading ---------------------------------------------------------------------------------

  getSnapshot = (): PlayerSnapshot => this.snapshot;
  getTime = (): number => this.time;

  get scene(): SceneDefinition {
    return this.scenes[this.snapshot.sceneIndex]!;
  }

  /** Duration of the current scene in seconds at 1×. Beat timing does not depend on the settings. */
  get duration(): number {
    return resolveScene(this.scene, DEFAULT_SETTINGS).duration;
  }

  /** Position in the scene, 0–1. */
  get fraction(): number {
    return this.time / this.duration;
  }

  beatStart(index: number): number {
    return resolveScene(this.scene, DEFAULT_SETTINGS).starts[index] ?? 0;
  }

  // ---- subscribing -----------------------------------------------------------------------------

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  subscribeFrame = (listener: Listener): (() => void) => {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  };

  // ---- commands --------------------------------------------------------------------------------

  setEndBehaviour(behaviour: EndBehaviour): void {
    this.endBehaviour = behaviour;
  }

  play(): void {
    // Pressing play at the very end of a scene starts it again rather than doing nothing.
    if (this.time >= this.duration && this.endBehaviour === 'stop') this.time = 0;
    this.update({ playing: true });
  }

  pause(): void {
    this.update({ playing: false });
  }

  toggle(): void {
    if (this.snapshot.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.update({ speed });
  }

  /** Moves to `seconds` within the current scene. */
  seek(seconds: number): void {
    this.time = Math.min(Math.max(seconds, 0), this.duration);
    this.afterTimeChange();
  }

  seekFraction(fraction: number): void {
    this.seek(fraction * this.duration);
  }

  goToBeat(index: number): void {
    const count = this.scene.beats.length;
    this.seek(this.beatStart(Math.min(Math.max(index, 0), count - 1)));
  }

  /** Next beat, or the next scene's first beat after the last one. */
  nextBeat(): void {
    const next = this.snapshot.beatIndex + 1;
    if (next < this.scene.beats.length) this.goToBeat(next);
    else if (this.snapshot.sceneIndex < this.scenes.length - 1) this.goToScene(this.snapshot.sceneIndex + 1);
  }

  /** Back to the start of this beat if well into it, else the previous beat (or the previous scene's last). */
  previousBeat(): void {
    const { beatIndex, sceneIndex } = this.snapshot;
    if (this.time - this.beatStart(beatIndex) > 1.5) this.goToBeat(beatIndex);
    else if (beatIndex > 0) this.goToBeat(beatIndex - 1);
    else if (sceneIndex > 0) {
      this.goToScene(sceneIndex - 1);
      this.goToBeat(this.scene.beats.length - 1);
    } else this.goToBeat(0);
  }

  goToScene(index: number, fraction = 0): void {
    const sceneIndex = Math.min(Math.max(index, 0), this.scenes.length - 1);
    this.snapshot = { ...this.snapshot, sceneIndex };
    this.time = Math.min(Math.max(fraction, 0), 1) * this.duration;
    this.snapshot = { ...this.snapshot, beatIndex: this.currentBeatIndex() };
    this.emit();
    this.emitFrame();
  }

  nextScene(): void {
    this.goToScene(this.snapshot.sceneIndex + 1);
  }

  previousScene(): void {
    this.goToScene(this.snapshot.sceneIndex - 1);
  }

  /** Advances the clock by `seconds` of wall time; called by the frame loop. */
  tick(seconds: number): void {
    if (!this.snapshot.playing || seconds <= 0) return;
    this.time += seconds * this.snapshot.speed;
    if (this.time >= this.duration) {
      this.time = this.duration;
      this.atSceneEnd();
    } else this.afterTimeChange();
  }

  // ---- internals -------------------------------------------------------------------------------

  private atSceneEnd(): void {
    const last = this.snapshot.sceneIndex === this.scenes.length - 1;
    if (this.endBehaviour === 'loop') {
      if (last) this.snapshot = { ...this.snapshot, loops: this.snapshot.loops + 1 };
      this.goToScene(last ? 0 : this.snapshot.sceneIndex + 1);
    } else if (this.endBehaviour === 'next' && !last) {
      this.goToScene(this.snapshot.sceneIndex + 1);
    } else {
      this.afterTimeChange();
      this.pause();
    }
  }

  private currentBeatIndex(): number {
    return beatAt(resolveScene(this.scene, DEFAULT_SETTINGS), this.time).index;
  }

  private afterTimeChange(): void {
    const beatIndex = this.currentBeatIndex();
    if (beatIndex !== this.snapshot.beatIndex) this.update({ beatIndex });
    this.emitFrame();
  }

  private update(patch: Partial<PlayerSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if (Object.entries(patch).every(([k, v]) => this.snapshot[k as keyof PlayerSnapshot] === v)) return;
    this.snapshot = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private emitFrame(): void {
    for (const listener of [...this.frameListeners]) listener();
  }
}
