import { createContext, useContext, useEffect } from 'react';
import type { Object3D } from 'three';
import type { SynapseState } from '../../science/types';

/**
 * One model evaluation per frame, shared by every actor of the 3D scene. SynapseScene fills a
 * `SynapseFrame` in its single `useFrame` and then calls each actor's updater, so actors never call
 * stateAt themselves and never depend on the order in which React subscribed their hooks.
 */
export interface SynapseFrame {
  /** The model state now (reused object, refilled every frame). */
  readonly state: SynapseState;
  /** Seconds of scene playback, for ambient motion only; 0 under reduced motion (a still picture). */
  clock: number;
  /** How far `clock` moved since the previous frame (0 while paused), for rate-driven phases. */
  dt: number;
}

export type FrameUpdater = (frame: SynapseFrame) => void;

export interface FrameRegistry {
  add(updater: FrameUpdater): () => void;
}

export const FrameContext = createContext<FrameRegistry | null>(null);

/** Runs `update` every frame with the current model state. Pass a stable callback (useCallback). */
export function useSynapseFrame(update: FrameUpdater): void {
  const registry = useContext(FrameContext);
  if (!registry) throw new Error('useSynapseFrame() outside <SynapseScene>');
  useEffect(() => registry.add(update), [registry, update]);
}

/** Share of item `i` of `n` shown when `value` (0–1) of them are present: counts fill smoothly, never pop. */
export const share = (value: number, n: number, i: number) => Math.min(1, Math.max(0, value * n - i));

/** Below this scale a part is too small to see. */
const UNSEEN = 1e-3;

/**
 * Scales a part that grows and shrinks with the state, and hides it while it is too small to see:
 * a hidden object costs no draw call, which matters where WebGL runs in software.
 */
export function scaleOrHide(object: Object3D | null, x: number, y = x, z = x): void {
  if (!object) return;
  object.visible = x > UNSEEN && y > UNSEEN && z > UNSEEN;
  if (object.visible) object.scale.set(x, y, z);
}
