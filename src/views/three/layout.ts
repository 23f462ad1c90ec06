import { Quaternion, Vector3 } from 'three';
import type { ActorId } from '../../science/types';

/**
 * Where things sit in the 3D world (units are arbitrary; the cleft is at y ≈ 0.3, the dendrite runs
 * along x below it). Anatomy only: how much of anything shows comes from the model state.
 * Computed once at module load; nothing here is touched per frame.
 */

export type Triple = readonly [number, number, number];

/** Presynaptic bouton: an ellipsoid above the cleft. */
export const BOUTON = { center: [0, 2.3, 0] as Triple, radii: [2.1, 1.7, 1.6] as Triple };
/** Postsynaptic spine head: an ellipsoid below the cleft, on a neck down to the dendrite. */
export const SPINE = { center: [0, -1.45, 0] as Triple, radii: [1.9, 1.3, 1.5] as Triple };
export const NECK = { top: -2.45, bottom: -4.3, radius: 0.42 };
export const DENDRITE = { y: -4.95, radius: 0.95, length: 17 };
/** GABA interneuron terminal resting on the dendrite shaft, left of the spine. */
export const INTERNEURON = { center: [-3.3, -2.8, 0.35] as Triple, radii: [1.05, 0.85, 0.85] as Triple };

/** A point on the spine head's surface above (x, z), with the outward normal as a rotation of +y. */
export interface Site {
  readonly position: Triple;
  readonly quaternion: readonly [number, number, number, number];
}

const UP = new Vector3(0, 1, 0);

function siteOnEllipsoid(center: Triple, radii: Triple, direction: Triple, inset = 0): Site {
  const [a, b, c] = radii;
  const d = new Vector3(...direction).normalize();
  // Scale the unit direction onto the ellipsoid surface, then take the surface normal there.
  const k = 1 / Math.sqrt((d.x / a) ** 2 + (d.y / b) ** 2 + (d.z / c) ** 2);
  const p = d.clone().multiplyScalar(k);
  const normal = new Vector3(p.x / (a * a), p.y / (b * b), p.z / (c * c)).normalize();
  p.addScaledVector(normal, -inset);
  const q = new Quaternion().setFromUnitVectors(UP, normal);
  return { position: [p.x + center[0], p.y + center[1], p.z + center[2]], quaternion: [q.x, q.y, q.z, q.w] };
}

const onSpine = (direction: Triple) => siteOnEllipsoid(SPINE.center, SPINE.radii, direction, 0.02);

/** NMDA receptors; the first faces the viewer and is the one the receptor close-up looks at. */
export const NMDA_SITES: readonly Site[] = [onSpine([0.28, 1, 0.62]), onSpine([-0.5, 1, -0.25]), onSpine([0.62, 1, -0.45])];
export const AMPA_SITES: readonly Site[] = [
  onSpine([-0.85, 1, 0.45]),
  onSpine([1.05, 1, 0.3]),
  onSpine([-0.05, 1, -0.85]),
  onSpine([-1.15, 1, -0.35]),
];
/** TrkB sits on the side of the spine head, facing the viewer's right. */
export const TRKB_SITES: readonly Site[] = [onSpine([1, 0.35, 0.55]), onSpine([1, 0.05, 0.15])];
export const LTYPE_SITE: Site = onSpine([-1, -0.35, 0.55]);

/** Inside the spine head: the signalling chain from TrkB to mTORC1 and the protein-making corner. */
export const KINASE_CHAIN: readonly Triple[] = [
  [1.15, -1.05, 0.55],
  [0.85, -1.35, 0.55],
  [0.5, -1.55, 0.5],
];
export const MTORC1: Triple = [0.05, -1.6, 0.45];
export const RIBOSOMES: readonly Triple[] = [
  [-0.55, -2.0, 0.45],
  [-0.15, -2.15, 0.6],
  [-0.9, -1.75, 0.2],
];
export const PROTEIN_STACK: Triple = [-0.85, -1.2, 0.6];
export const EEF2K: Triple = [0.75, -2.05, 0.45];

/** A spine on the dendrite: x along the shaft, angle around it (0 = up, π = down, + = toward the viewer). */
export interface SpineSpec {
  readonly x: number;
  readonly angle: number;
  readonly length: number;
}

/** Spines already on the dendrite besides the big one; chronic stress removes some (shown as ghosts). */
export const OLD_SPINES: readonly SpineSpec[] = [
  { x: -6.6, angle: 0.3, length: 1.5 },
  { x: -5.6, angle: 2.75, length: 1.3 },
  { x: -1.7, angle: 0.5, length: 1.2 },
  { x: 2.2, angle: -0.35, length: 1.4 },
  { x: 4.2, angle: 2.6, length: 1.25 },
  { x: 6.3, angle: 0.2, length: 1.5 },
];
/** Where new spines bud during the synaptogenesis scene. */
export const NEW_SPINES: readonly SpineSpec[] = [
  { x: -4.6, angle: 2.7, length: 1.3 },
  { x: -2.8, angle: 2.95, length: 1.15 },
  { x: 1.5, angle: -2.75, length: 1.2 },
  { x: 3.2, angle: 0.35, length: 1.35 },
  { x: 5.3, angle: 2.85, length: 1.2 },
];

/** A point `distance` out from the dendrite's axis along a spine's direction. */
export function alongSpine(spec: SpineSpec, distance: number): Triple {
  return [spec.x, DENDRITE.y + Math.cos(spec.angle) * distance, Math.sin(spec.angle) * distance];
}

/** Where an actor's label points (world coordinates). Each actor has one anchor. */
export const ANCHORS: Record<ActorId, Triple> = {
  presynaptic: [-1.3, 3.4, 0.7],
  vesicle: [0.85, 1.55, 0.75],
  glutamate: [-0.9, 0.3, 0.75],
  spine: [-1.35, -2.0, 0.8],
  nmda: [NMDA_SITES[0]!.position[0] + 0.12, NMDA_SITES[0]!.position[1] + 0.3, NMDA_SITES[0]!.position[2]],
  magnesium: [NMDA_SITES[0]!.position[0], NMDA_SITES[0]!.position[1] + 0.18, NMDA_SITES[0]!.position[2] + 0.05],
  ketamine: [NMDA_SITES[0]!.position[0] - 0.05, NMDA_SITES[0]!.position[1] + 0.1, NMDA_SITES[0]!.position[2] + 0.05],
  interneuron: [-3.7, -2.3, 0.9],
  gaba: [-2.9, -3.8, 0.9],
  pyramidal: [-6.0, -4.6, 0.9],
  ampa: [AMPA_SITES[0]!.position[0], AMPA_SITES[0]!.position[1] + 0.25, AMPA_SITES[0]!.position[2]],
  sodium: [AMPA_SITES[0]!.position[0] + 0.1, AMPA_SITES[0]!.position[1] - 0.45, AMPA_SITES[0]!.position[2]],
  ltype: LTYPE_SITE.position,
  calcium: [LTYPE_SITE.position[0] + 0.45, LTYPE_SITE.position[1] - 0.1, LTYPE_SITE.position[2]],
  bdnf: [1.7, 0.05, 0.9],
  trkb: TRKB_SITES[0]!.position,
  kinase: KINASE_CHAIN[1]!,
  mtorc1: MTORC1,
  ribosome: RIBOSOMES[0]!,
  eef2k: EEF2K,
  dendrite: [4.8, -4.95, 0.95],
  newSpine: alongSpine(NEW_SPINES[0]!, DENDRITE.radius + NEW_SPINES[0]!.length),
};
