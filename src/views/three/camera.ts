import type { Framing } from '../../science/types';
import { NMDA_SITES, type Triple } from './layout';

/**
 * Where the guided camera stands for each framing a beat names (scene data), and where it looks.
 * The framing names are the scenes' vocabulary; the numbers are this view's anatomy.
 */
export interface CameraPose {
  readonly position: Triple;
  readonly target: Triple;
}

const receptor = NMDA_SITES[0]!.position;

export const FRAMING_POSES: Record<Framing, CameraPose> = {
  wide: { position: [1.0, 1.4, 17], target: [-0.8, -0.8, 0] },
  receptor: {
    target: [receptor[0], receptor[1] + 0.2, receptor[2]],
    position: [receptor[0] + 0.85, receptor[1] + 0.55, receptor[2] + 2.3],
  },
  cleft: { position: [0.9, 1.1, 6.8], target: [0, 0.2, 0] },
  spine: { position: [1.6, -0.2, 7.4], target: [0.1, -1.1, 0.2] },
  dendrite: { position: [0, -2.6, 16], target: [0, -4.0, 0] },
};

/** Seconds a guided glide between framings takes. */
export const GLIDE_SECONDS = 1.1;

/** The viewer's orbit stays near the synapse and never flips under it. */
export const ORBIT_LIMITS = {
  minDistance: 1.6,
  maxDistance: 24,
  minPolarAngle: 0.3,
  maxPolarAngle: Math.PI - 0.3,
} as const;
