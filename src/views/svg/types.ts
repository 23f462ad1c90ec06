import type { ActorId, SceneDefinition, SynapseState } from '../../science/types';

/** What the 2D stage needs to draw one frame. It renders the state; it never computes science. */
export interface StageProps {
  readonly scene: SceneDefinition;
  readonly state: SynapseState;
  readonly beatIndex: number;
  /** Seconds of playback in this scene, for ambient motion only (drifting particles, pulses). */
  readonly clock: number;
  /** Translated short name of an actor, for labels and hotspots. */
  readonly label: (actor: ActorId) => string;
  /** Accessible name and description of the picture. */
  readonly title: string;
  readonly description: string;
  /** With reduced motion: no drifting, no pulsing; the picture shows the state as a still. */
  readonly reducedMotion: boolean;
  readonly selected: ActorId | null;
  readonly onSelectActor: (actor: ActorId) => void;
}
