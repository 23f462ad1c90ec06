import type { ComponentType } from 'react';
import type { Framing } from '../../../science/types';
import type { Camera } from '../geometry';
import type { LabelSpec } from '../Labels';

/**
 * One scene's picture: a world drawn under the camera, an optional overlay in viewBox space (insets),
 * and, per framing, where the camera looks and where the labels go. World and overlay render the
 * scene's structure; what moves reads each frame (state, time, camera) through live.tsx.
 */
export interface Composition {
  readonly camera: (framing: Framing) => Camera;
  readonly labels: (framing: Framing) => readonly LabelSpec[];
  readonly World: ComponentType;
  readonly Overlay?: ComponentType;
}
