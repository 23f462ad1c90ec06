import type { SceneDefinition, SynapseState } from '../science/types';
import type { PanelSettings } from './settings';
import { resolveScene } from './state';

/** The state at the end of the scene's "still" beat: the one picture that sums up the step. */
export function stillOf(scene: SceneDefinition, settings: PanelSettings): { state: SynapseState; beatIndex: number } {
  const resolved = resolveScene(scene, settings);
  const beatIndex = scene.beats.findIndex((beat) => beat.id === scene.stillBeat);
  return { state: resolved.boundaries[beatIndex + 1]!, beatIndex };
}
