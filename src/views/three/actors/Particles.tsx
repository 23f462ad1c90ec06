import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { Object3D, type InstancedMesh } from 'three';
import type { SynapseState } from '../../../science/types';
import { seededRandom } from '../../../model/random';
import { share, useSynapseFrame, type SynapseFrame } from '../frame';
import type { Triple } from '../layout';

/**
 * A pool of small particles (glutamate, ions, GABA, BDNF, ketamine) drawn as one InstancedMesh: the
 * share of the pool shown follows one state value, the particle at the boundary grows or shrinks so
 * counts never pop, and hidden particles are cut off with `mesh.count` (no per-particle objects).
 * Motion is a pure function of the scene clock, so it is the same at any frame rate and stops when
 * the clock stops (paused, reduced motion).
 */
export type ParticleMotion =
  /** Wander gently around seeded homes inside a box. */
  | { readonly kind: 'drift'; readonly min: Triple; readonly max: Triple; readonly amplitude: number }
  /** Flow from `from` to `to` (through a channel), spread sideways by `spread`, `rate` trips a second. */
  | { readonly kind: 'stream'; readonly from: Triple; readonly to: Triple; readonly spread: number; readonly rate: number };

export function Particles({
  name,
  count,
  seed,
  size,
  value,
  motion,
  children,
}: {
  name: string;
  count: number;
  seed: number;
  size: number;
  /** Share of the pool shown (0–1), read from the model state. Must be stable (module-level or memoised). */
  value: (state: SynapseState) => number;
  motion: ParticleMotion;
  /** The geometry and material (JSX children, so R3F disposes them). */
  children: ReactNode;
}) {
  const mesh = useRef<InstancedMesh>(null);
  // Per-particle constants laid out once: home (or lane offset), phase, speed.
  const pool = useMemo(() => {
    const random = seededRandom(seed);
    const data = new Float32Array(count * 6);
    for (let i = 0; i < count; i++) for (let k = 0; k < 6; k++) data[i * 6 + k] = random();
    return data;
  }, [count, seed]);
  const dummy = useMemo(() => new Object3D(), []);

  const update = useCallback(
    ({ state, clock }: SynapseFrame) => {
      const m = mesh.current;
      if (!m) return;
      const v = Math.min(1, Math.max(0, value(state)));
      const shown = Math.min(count, Math.ceil(v * count - 1e-3));
      for (let i = 0; i < shown; i++) {
        const o = i * 6;
        const r0 = pool[o]!, r1 = pool[o + 1]!, r2 = pool[o + 2]!, phase = pool[o + 3]! * Math.PI * 2, speed = 0.5 + pool[o + 4]!;
        let scale = size * share(v, count, i) * (0.8 + 0.4 * pool[o + 5]!);
        if (motion.kind === 'drift') {
          const a = clock * speed * 0.6 + phase;
          dummy.position.set(
            motion.min[0] + r0 * (motion.max[0] - motion.min[0]) + Math.sin(a) * motion.amplitude,
            motion.min[1] + r1 * (motion.max[1] - motion.min[1]) + Math.cos(a * 0.8 + r2 * 3) * motion.amplitude * 0.6,
            motion.min[2] + r2 * (motion.max[2] - motion.min[2]) + Math.sin(a * 0.7 + r0 * 3) * motion.amplitude * 0.6,
          );
        } else {
          const u = (((clock * motion.rate * speed + r0) % 1) + 1) % 1;
          const side = (r1 - 0.5) * motion.spread;
          const depth = (r2 - 0.5) * motion.spread;
          dummy.position.set(
            motion.from[0] + (motion.to[0] - motion.from[0]) * u + side,
            motion.from[1] + (motion.to[1] - motion.from[1]) * u,
            motion.from[2] + (motion.to[2] - motion.from[2]) * u + depth,
          );
          // Ions appear and fade at the ends of their path instead of popping.
          scale *= Math.sin(Math.PI * u) ** 0.5;
        }
        dummy.rotation.set(phase + clock * 0.3, r1 * 6, 0);
        dummy.scale.setScalar(Math.max(scale, 1e-4));
        dummy.updateMatrix();
        m.setMatrixAt(i, dummy.matrix);
      }
      m.count = shown;
      // An empty pool is hidden rather than drawn with no instances: no draw call at all.
      m.visible = shown > 0;
      m.instanceMatrix.needsUpdate = true;
    },
    [count, dummy, motion, pool, size, value],
  );
  useSynapseFrame(update);

  return (
    // Instances move every frame, so the mesh's bounding sphere would be stale: never cull it.
    <instancedMesh ref={mesh} name={name} args={[undefined, undefined, count]} frustumCulled={false}>
      {children}
    </instancedMesh>
  );
}
