import { curveCatmullRom, curveCatmullRomClosed, line } from 'd3-shape';

/**
 * Small geometry helpers shared by the stage, its actors and compositions. Everything here is pure and
 * cheap; paths built from fixed points are built once at module level by their callers.
 */

/** The stage's fixed viewBox. Compositions draw in a "world" of the same size, seen through a camera. */
export const VIEW_W = 960;
export const VIEW_H = 600;

export type Pt = readonly [number, number];

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const lerp = (a: number, b: number, k: number) => a + (b - a) * k;
export const smoothstep = (edge0: number, edge1: number, x: number) => {
  const k = clamp01((x - edge0) / (edge1 - edge0));
  return k * k * (3 - 2 * k);
};

/**
 * How much of item `i` of a pool to show when `value` (0–1) of `n` items are present: 1 for the whole
 * ones, a fraction for the one at the boundary, so counts never pop in or out from one frame to the next.
 * At a still state the visible count is round(value × n).
 */
export const presence = (value: number, n: number, i: number) => clamp01(value * n - i + 0.5);

const closed = line().curve(curveCatmullRomClosed.alpha(0.5));
const open = line().curve(curveCatmullRom.alpha(0.5));

/** A smooth closed outline through the points (organic membranes, blobs). */
export const closedPath = (points: readonly Pt[]) => closed(points as [number, number][]) ?? '';
/** A smooth open curve through the points (axons, mRNA strands, leader lines). */
export const openPath = (points: readonly Pt[]) => open(points as [number, number][]) ?? '';

/** A wobbly round blob of radius `r` (boutons, somata): seeded by `wobble` so it is the same every render. */
export function blobPoints(cx: number, cy: number, rx: number, ry: number, wobble: readonly number[]): Pt[] {
  return wobble.map((w, i) => {
    const a = (i / wobble.length) * Math.PI * 2;
    return [cx + Math.cos(a) * rx * (1 + w), cy + Math.sin(a) * ry * (1 + w)] as const;
  });
}

/** Regular polygon points (hexagon rings of small molecules). */
export function polygon(cx: number, cy: number, r: number, sides: number, rotate = 0): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotate + (i / sides) * Math.PI * 2;
    pts.push(`${(cx + Math.cos(a) * r).toFixed(2)},${(cy + Math.sin(a) * r).toFixed(2)}`);
  }
  return pts.join(' ');
}

/**
 * What the camera sees: a world rectangle of width `w` (height follows the viewBox's aspect) at x, y,
 * plus `inset`, how far a composition's magnifier inset is open (0–1). All fields interpolate.
 */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly inset: number;
}

export const FULL_VIEW: Camera = { x: 0, y: 0, w: VIEW_W, inset: 0 };

/** Where a world point lands in the viewBox under a camera. */
export function toScreen(camera: Camera, [x, y]: Pt): Pt {
  const k = VIEW_W / camera.w;
  return [(x - camera.x) * k, (y - camera.y) * k];
}

export const cameraTransform = (camera: Camera) =>
  `scale(${(VIEW_W / camera.w).toFixed(4)}) translate(${(-camera.x).toFixed(2)} ${(-camera.y).toFixed(2)})`;
