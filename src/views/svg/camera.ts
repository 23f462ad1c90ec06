import { easeCubicInOut } from 'd3-ease';
import { lerp, type Camera } from './geometry';

/** How long the camera glides between framings (storyboard: "about a second, eased"). */
const GLIDE_MS = 1300;

const blend = (a: Camera, b: Camera, k: number): Camera => ({
  x: lerp(a.x, b.x, k),
  y: lerp(a.y, b.y, k),
  w: a.w * Math.pow(b.w / a.w, k), // zoom feels even when the scale moves geometrically
  inset: lerp(a.inset, b.inset, k),
});

/** A camera move: from one view to another, starting at `start` (performance.now() milliseconds). */
export interface Glide {
  readonly from: Camera;
  readonly to: Camera;
  readonly start: number;
}

/** A camera resting at `camera`. */
export const still = (camera: Camera): Glide => ({ from: camera, to: camera, start: 0 });

/** The camera `now` (ms): eased from `from` to `to`, and exactly `to` (the same object) once there. */
export function cameraAt(glide: Glide, now: number): Camera {
  const k = (now - glide.start) / GLIDE_MS;
  return k >= 1 || glide.from === glide.to ? glide.to : blend(glide.from, glide.to, easeCubicInOut(Math.max(0, k)));
}

/** A glide from wherever `current` shows the camera at `now` to `target`. */
export function glideTo(current: Glide, target: Camera, now: number): Glide {
  return { from: cameraAt(current, now), to: target, start: now };
}
