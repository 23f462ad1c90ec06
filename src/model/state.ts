import { easeCubicInOut } from 'd3-ease';
import {
  STATE_VARIABLES,
  type Beat,
  type Keyframe,
  type SceneDefinition,
  type StateVariable,
  type SynapseState,
} from '../science/types';
import { BEFORE, PEAK_HOURS, courseValue } from './courses';
import { HOURS_AFTER_SESSION, type PanelSettings } from './settings';

/**
 * `stateAt(scene, t, settings)`: the synapse at any moment of any scene. A scene's keyframes say how
 * far each step has progressed; the natural time courses (courses.ts) turn progress into values under
 * the panel's settings. Keyframes are resolved once per (scene, settings) and then interpolated, so
 * the value at a beat's end is exactly the value at the next beat's start.
 */

export interface ResolvedScene {
  readonly scene: SceneDefinition;
  /** Start time (s) of each beat, plus the scene's total duration at the end. */
  readonly starts: readonly number[];
  readonly duration: number;
  /** State at the start of the scene, then at the end of each beat. */
  readonly boundaries: readonly SynapseState[];
}

function valueOf(variable: StateVariable, progress: number | 'now', settings: PanelSettings): number {
  const atTime = progress === 'now' ? HOURS_AFTER_SESSION[settings.time] : undefined;
  if (atTime !== undefined) return courseValue(variable, atTime, settings) ?? 0;
  const p = progress as number;
  const base = courseValue(variable, BEFORE, settings);
  if (base === undefined) return p; // physiology: the keyframe is the value itself
  const peak = courseValue(variable, PEAK_HOURS[variable] ?? 0, settings) ?? base;
  return base + p * (peak - base);
}

function applyKeyframe(previous: SynapseState, keyframe: Keyframe, settings: PanelSettings): SynapseState {
  const next = { ...previous };
  for (const variable of STATE_VARIABLES) {
    const progress = keyframe[variable];
    if (progress !== undefined) next[variable] = valueOf(variable, progress, settings);
  }
  return next;
}

const cache = new Map<string, ResolvedScene>();

export function resolveScene(scene: SceneDefinition, settings: PanelSettings): ResolvedScene {
  const key = `${scene.id}|${settings.exposure}|${settings.time}|${settings.stress}`;
  const hit = cache.get(key);
  if (hit && hit.scene === scene) return hit;
  const boundaries: SynapseState[] = [applyKeyframe({} as SynapseState, scene.initial, settings)];
  const starts: number[] = [0];
  for (const beat of scene.beats) {
    boundaries.push(applyKeyframe(boundaries[boundaries.length - 1]!, beat.to, settings));
    starts.push(starts[starts.length - 1]! + beat.duration);
  }
  const resolved: ResolvedScene = { scene, starts, duration: starts[starts.length - 1]!, boundaries };
  cache.set(key, resolved);
  return resolved;
}

export interface BeatPosition {
  readonly index: number;
  readonly beat: Beat;
  /** 0–1 within the beat, before easing. */
  readonly progress: number;
}

/** Which beat plays at time `t` (seconds from the scene's start, clamped to the scene). */
export function beatAt(resolved: ResolvedScene, t: number): BeatPosition {
  const { starts, scene } = resolved;
  const time = Math.min(Math.max(t, 0), resolved.duration);
  let index = scene.beats.length - 1;
  for (let i = 0; i < scene.beats.length; i++) {
    if (time < starts[i + 1]!) {
      index = i;
      break;
    }
  }
  const beat = scene.beats[index]!;
  return { index, beat, progress: Math.min(1, (time - starts[index]!) / beat.duration) };
}

/**
 * The state at time `t`. Pass `out` to fill an existing object instead of allocating one: the
 * renderers call this every frame.
 */
export function stateAt(
  scene: SceneDefinition,
  t: number,
  settings: PanelSettings,
  out: SynapseState = {} as SynapseState,
): SynapseState {
  const resolved = resolveScene(scene, settings);
  const { index, progress } = beatAt(resolved, t);
  const from = resolved.boundaries[index]!;
  const to = resolved.boundaries[index + 1]!;
  const k = easeCubicInOut(progress);
  for (const variable of STATE_VARIABLES) out[variable] = from[variable] + (to[variable] - from[variable]) * k;
  return out;
}

/** Notes the picture carries about the chosen time and exposure (text keys under `notes.`). */
export type StatusNote =
  | 'sedation'
  | 'drug-active'
  | 'drug-mostly-gone'
  | 'downstream-continue'
  | 'drug-gone'
  | 'effects-may-fade'
  | 'relapse-possible'
  | 'untreated';

export function statusNotes(settings: PanelSettings): StatusNote[] {
  if (settings.exposure === 'none') return ['untreated'];
  const notes: StatusNote[] = [];
  const h = HOURS_AFTER_SESSION[settings.time];
  if ((courseValue('sedation', h, settings) ?? 0) > 0.5 || (settings.exposure === 'high' && h < 2)) notes.push('sedation');
  switch (settings.time) {
    case 'minutes':
      notes.push('drug-active');
      break;
    case 'hours':
      notes.push('drug-mostly-gone', 'downstream-continue');
      break;
    case 'day':
      notes.push('drug-gone', 'downstream-continue');
      break;
    case 'week':
      notes.push('drug-gone', 'effects-may-fade');
      break;
    case 'weeks':
      notes.push('drug-gone', 'relapse-possible');
      break;
  }
  return notes;
}
