import type { Beat, Framing, SynapseState } from '../../../science/types';
import type { Camera } from '../geometry';
import type { LabelSpec } from '../Labels';

export interface DrawProps {
  readonly state: SynapseState;
  /** Ambient time in seconds; 0 under reduced motion, so every drawing is a still. */
  readonly t: number;
  readonly beat: Beat;
}

/**
 * One scene's picture: a world drawn under the camera, an optional overlay in viewBox space (insets),
 * and, per framing, where the camera looks and where the labels go.
 */
export interface Composition {
  readonly camera: (framing: Framing) => Camera;
  readonly labels: (framing: Framing) => readonly LabelSpec[];
  readonly World: (props: DrawProps) => React.JSX.Element;
  readonly Overlay?: (props: DrawProps & { readonly camera: Camera }) => React.JSX.Element | null;
}
