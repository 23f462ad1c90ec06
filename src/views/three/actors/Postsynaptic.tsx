import { useCallback, useRef } from 'react';
import { MeshLambertMaterial, type Mesh } from 'three';
import { useDisposable } from '../disposable';
import { PALETTE } from '../palette';
import { useSynapseFrame, type SynapseFrame } from '../frame';
import { DENDRITE, NECK, SPINE } from '../layout';
import { useSegments } from '../quality';

/**
 * The receiving side: the spine head (translucent, so the signalling inside stays visible; it glows
 * with depolarisation), its neck, and the dendrite shaft of the pyramidal neuron, along which
 * spikes travel as soft bands of light at a rate and brightness that follow `pyramidal`.
 */
const SPIKES = 2;

export function Postsynaptic() {
  const head = useRef<MeshLambertMaterial>(null);
  const spikes = useRef<(Mesh | null)[]>([]);
  const spikeMaterial = useDisposable(
    () =>
      new MeshLambertMaterial({ color: PALETTE.spike, emissive: PALETTE.spike, emissiveIntensity: 0.9, transparent: true, opacity: 0, depthWrite: false }),
    [],
  );
  const phase = useRef(0);
  const segments = useSegments();

  const update = useCallback(({ state, dt }: SynapseFrame) => {
    if (head.current) head.current.emissiveIntensity = 0.55 * state.depolarization;
    phase.current = (phase.current + dt * (0.15 + 0.5 * state.pyramidal)) % 1;
    for (let i = 0; i < SPIKES; i++) {
      const ring = spikes.current[i];
      if (!ring) continue;
      const u = (phase.current + i / SPIKES) % 1;
      ring.position.x = (u - 0.5) * DENDRITE.length * 0.9;
      ring.visible = state.pyramidal > 0.02;
    }
    spikeMaterial.opacity = 0.45 * state.pyramidal;
  }, [spikeMaterial]);
  useSynapseFrame(update);

  return (
    <group name="postsynaptic">
      <mesh position={SPINE.center} scale={SPINE.radii} renderOrder={2} name="spine-head">
        <sphereGeometry args={[1, segments(32), segments(20)]} />
        <meshLambertMaterial
          ref={head}
          color={PALETTE.membrane}
          emissive={PALETTE.depolarization}
          emissiveIntensity={0}
         
          transparent
          opacity={0.45}
          depthWrite={false}
        />
      </mesh>
      <mesh position={[0, (NECK.top + NECK.bottom) / 2, 0]}>
        <cylinderGeometry args={[NECK.radius * 0.85, NECK.radius * 1.25, NECK.top - NECK.bottom, segments(24), 1, true]} />
        <meshLambertMaterial color={PALETTE.membrane} />
      </mesh>
      <mesh position={[0, DENDRITE.y, 0]} rotation={[0, 0, Math.PI / 2]} name="dendrite">
        <capsuleGeometry args={[DENDRITE.radius, DENDRITE.length, 6, segments(32)]} />
        <meshLambertMaterial color={PALETTE.membrane} />
      </mesh>
      {Array.from({ length: SPIKES }, (_, i) => (
        <mesh key={i} ref={(m) => void (spikes.current[i] = m)} material={spikeMaterial} position={[0, DENDRITE.y, 0]} rotation={[0, Math.PI / 2, 0]} visible={false}>
          <torusGeometry args={[DENDRITE.radius + 0.02, 0.06, 6, segments(32)]} />
        </mesh>
      ))}
    </group>
  );
}
