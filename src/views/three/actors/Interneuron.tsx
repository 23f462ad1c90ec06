import { useCallback, useMemo, useRef } from 'react';
import { CatmullRomCurve3, Vector3, type MeshLambertMaterial } from 'three';
import type { SynapseState } from '../../../science/types';
import { PALETTE } from '../palette';
import { useSynapseFrame, type SynapseFrame } from '../frame';
import { INTERNEURON, type Triple } from '../layout';
import { useSegments } from '../quality';
import { Particles, type ParticleMotion } from './Particles';

/**
 * The GABA "brake" interneuron's terminal on the dendrite shaft. Its glow pulses at a rate and
 * brightness that follow `interneuron`; GABA puffs in the gap below follow `gaba`.
 */
const [cx, cy, cz] = INTERNEURON.center;
const GABA_PUFFS: ParticleMotion = {
  kind: 'drift',
  min: [cx - 0.75, cy - INTERNEURON.radii[1] - 0.32, cz - 0.45],
  max: [cx + 0.75, cy - INTERNEURON.radii[1] + 0.02, cz + 0.55],
  amplitude: 0.06,
};
const AXON: readonly Triple[] = [
  [cx - 0.6, cy + 0.5, cz - 0.1],
  [cx - 1.6, cy + 1.6, cz - 0.4],
  [cx - 2.4, cy + 3.4, cz - 0.8],
  [cx - 3.2, cy + 5.6, cz - 1.2],
];
const gaba = (s: SynapseState) => s.gaba;

export function Interneuron() {
  const material = useRef<MeshLambertMaterial>(null);
  const phase = useRef(0);
  const segments = useSegments();
  const axon = useMemo(() => new CatmullRomCurve3(AXON.map((p) => new Vector3(...p))), []);

  const update = useCallback(({ state, dt }: SynapseFrame) => {
    // A busier cell pulses faster; the phase advances with the scene clock, not per frame.
    phase.current += dt * (0.6 + 2.4 * state.interneuron) * Math.PI * 2;
    if (material.current) material.current.emissiveIntensity = state.interneuron * (0.25 + 0.2 * Math.sin(phase.current));
  }, []);
  useSynapseFrame(update);

  return (
    <group name="interneuron">
      <mesh position={INTERNEURON.center} scale={INTERNEURON.radii}>
        <sphereGeometry args={[1, segments(32), segments(20)]} />
        <meshLambertMaterial ref={material} color={PALETTE.interneuron} emissive={PALETTE.gaba} emissiveIntensity={0} />
      </mesh>
      <mesh>
        <tubeGeometry args={[axon, segments(32), 0.22, segments(10), false]} />
        <meshLambertMaterial color={PALETTE.interneuron} />
      </mesh>
      <Particles name="gaba" count={22} seed={21} size={0.06} value={gaba} motion={GABA_PUFFS}>
        <sphereGeometry args={[1, 8, 6]} />
        <meshLambertMaterial color={PALETTE.gaba} />
      </Particles>
    </group>
  );
}
