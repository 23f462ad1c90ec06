import type { ActorId, SceneDefinition, SynapseState } from '../../science/types';

/**
 * Where a live stage's later frames come from: a signal each time the clock moves, and the model at
 * that moment. Without one, a stage is a still picture of `state`.
 */
export interface FrameSource {
  readonly subscribe: (onFrame: () => void) => () => void;
  /** Fills `state` with the model state now and returns the ambient time in seconds. */
  readonly read: (state: SynapseState) => number;
}

/** What the 2D stage needs. It renders the state; it never computes science. */
export interface StageProps {
  readonly scene: SceneDefinition;
  /** The state to draw at render time (and for good, without `source`). */
  readonly state: SynapseState;
  readonly beatIndex: number;
  /** Seconds of playback in this scene at render time, for ambient motion only (drifting particles, pulses). */
  readonly clock: number;
  /** Makes the stage live: it draws each later frame itself, without re-rendering through React. */
  readonly source?: FrameSource;
  /** Translated short name of an actor, for labels and hotspots. */
  readonly label: (actor: ActorId) => string;
  /** Accessible name and description of the picture. */
  readonly title: string;
  readonly description: string;
  /** With reduced motion: no drifting, no pulsing, no camera glides; the picture shows the state as a still. */
  readonly reducedMotion: boolean;
  readonly selected: ActorId | null;
  readonly onSelectActor: (actor: ActorId) => void;
}
