import { createContext, useContext } from 'react';

/**
 * How much the 3D view draws, from 0 (the least) to 1 (full), in steps the performance monitor moves
 * (AdaptiveQuality.tsx). Quality sets the canvas's resolution (its pixel ratio: where a software
 * renderer spends most of its time) and, in the lower steps, the detail of the large curved surfaces.
 */
export const QUALITY_STEP = 0.25;
/** The lowest resolution: half a CSS pixel, soft but steady. */
export const MIN_DPR = 0.5;
/** The highest: the screen's own, up to 1.5 (a phone's 3 would draw 4× the pixels for little to see on these soft shapes). */
export const MAX_DPR = 1.5;

export function dprFor(quality: number, devicePixelRatio: number): number {
  const top = Math.min(MAX_DPR, Math.max(1, devicePixelRatio));
  return MIN_DPR + (top - MIN_DPR) * Math.min(1, Math.max(0, quality));
}

export type Detail = 'full' | 'low';

/** The lower half of the steps also draws curved surfaces with half their segments. */
export const detailFor = (quality: number): Detail => (quality < 0.5 ? 'low' : 'full');

export const DetailContext = createContext<Detail>('full');

/**
 * Segment counts for curved geometry at the current detail: `segments(32)` is 32 at full detail and 16
 * at low detail, never fewer than min(n, 6) (a ring of 6 still reads as round at this size).
 */
export function useSegments(): (full: number) => number {
  const low = useContext(DetailContext) === 'low';
  return low ? halfSegments : fullSegments;
}

const fullSegments = (full: number) => full;
const halfSegments = (full: number) => Math.max(Math.round(full / 2), Math.min(full, 6));
