import { seededRandom } from '../../model/random';
import type { Pt } from './geometry';
import { HIDDEN, translate, type LiveAttrs } from './live';

/**
 * Fixed pools of ambient particles, laid out once by seeded randomness so the picture is the same on
 * every run. Every member of a pool is rendered once; each frame shows a prefix of it (see `presence`)
 * and moves each shown particle by a gentle drift around its home position, a pure function of the clock.
 */
export interface Particle {
  readonly x: number;
  readonly y: number;
  readonly phase: number;
  readonly speed: number;
  /** 0–1, for per-particle variety (size, rotation). */
  readonly jitter: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function makePool(seed: number, count: number, box: Box): readonly Particle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    x: box.x + random() * box.w,
    y: box.y + random() * box.h,
    phase: random() * Math.PI * 2,
    speed: 0.35 + random() * 0.5,
    jitter: random(),
  }));
}

/** A particle's position at time t: a slow Lissajous wander of `amplitude` around home. */
export function drift(p: Particle, t: number, amplitude: number): Pt {
  const a = t * p.speed + p.phase;
  return [p.x + Math.sin(a) * amplitude, p.y + Math.cos(a * 0.8 + p.jitter * 3) * amplitude * 0.6];
}

/**
 * The moving attributes of a pool member whose glyph is drawn at the origin: drifted around home at
 * time t, at opacity `shown`, hidden at 0. `then` appends to the transform (a rotation, a scale).
 */
export function drifting(p: Particle, t: number, amplitude: number, shown: number, then = ''): LiveAttrs {
  if (shown <= 0) return HIDDEN;
  const [x, y] = drift(p, t, amplitude);
  return { transform: translate(x, y) + then, opacity: shown, display: null };
}

/** Phase 0–1 of a particle travelling a loop (ion streams, diffusion across the cleft). */
export const cycle = (p: Particle, t: number, rate: number) => (((t * rate * p.speed + p.jitter) % 1) + 1) % 1;
