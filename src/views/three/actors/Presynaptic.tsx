import { useCallback, useMemo, useRef } from 'react';
import { Object3D, type InstancedMesh } from 'three';
import { seededRandom } from '../../../model/random';
import { PALETTE } from '../palette';
import { useSynapseFrame, type SynapseFrame } from '../frame';
import { BOUTON } from '../layout';
import { useSegments } from '../quality';

/**
 * The presynaptic bouton: a translucent membrane with glutamate-filled vesicles inside. The vesicles
 * docked at the bottom move onto the membrane and open as glutamate fills the cleft (release).
 */
const VESICLES = 16;
const DOCKED = 5;

export function Presynaptic() {
  const vesicles = useRef<InstancedMesh>(null);
  const dummy = useMemo(() => new Object3D(), []);
  const segments = useSegments();
  // Homes inside the lower two thirds of the bouton; the first DOCKED sit in a row just above the cleft.
  const homes = useMemo(() => {
    const random = seededRandom(11);
    const [cx, cy, cz] = BOUTON.center;
    const [rx, ry, rz] = BOUTON.radii;
    return Array.from({ length: VESICLES }, (_, i) => {
      if (i < DOCKED) {
        const x = (i / (DOCKED - 1) - 0.5) * 1.5;
        return [cx + x, cy - ry + 0.38, cz + 0.35 - Math.abs(x) * 0.2] as const;
      }
      const a = random() * Math.PI * 2;
      const r = 0.25 + random() * 0.5;
      return [cx + Math.cos(a) * rx * r, cy - ry * (0.15 + random() * 0.55), cz + Math.sin(a) * rz * r] as const;
    });
  }, []);

  const update = useCallback(
    ({ state, clock }: SynapseFrame) => {
      const m = vesicles.current;
      if (!m) return;
      for (let i = 0; i < VESICLES; i++) {
        const [x, y, z] = homes[i]!;
        const fuse = i < DOCKED ? state.glutamate : 0;
        const sway = Math.sin(clock * 0.5 + i * 1.7) * 0.04;
        dummy.position.set(x + sway, y - fuse * 0.3, z);
        // A fusing vesicle flattens into the membrane.
        dummy.scale.set(0.2 * (1 + fuse * 0.25), 0.2 * (1 - fuse * 0.6), 0.2 * (1 + fuse * 0.25));
        dummy.updateMatrix();
        m.setMatrixAt(i, dummy.matrix);
      }
      m.instanceMatrix.needsUpdate = true;
    },
    [dummy, homes],
  );
  useSynapseFrame(update);

  return (
    <group name="presynaptic">
      <mesh position={BOUTON.center} scale={BOUTON.radii} renderOrder={2}>
        <sphereGeometry args={[1, segments(32), segments(20)]} />
        <meshLambertMaterial color={PALETTE.membrane} transparent opacity={0.42} depthWrite={false} />
      </mesh>
      <instancedMesh ref={vesicles} name="vesicles" args={[undefined, undefined, VESICLES]} frustumCulled={false}>
        <sphereGeometry args={[1, 8, 6]} />
        <meshLambertMaterial color="#f6d9a0" emissive={PALETTE.glutamate} emissiveIntensity={0.25} />
      </instancedMesh>
    </group>
  );
}
