import { useCallback, useRef, type ReactNode } from 'react';
import { CapsuleGeometry, Matrix4, MeshLambertMaterial, Object3D, SphereGeometry, Vector3, type InstancedMesh } from 'three';
import type { SynapseState } from '../../../science/types';
import { useDisposable } from '../disposable';
import { useSynapseFrame, type SynapseFrame } from '../frame';
import type { Site } from '../layout';

/**
 * An ion channel seated in the membrane: four subunits around a central pore, each a transmembrane
 * stalk with a rounded extracellular domain on top (the recognisable tetramer of NMDA, AMPA and
 * L-type channels). When `open` rises the subunits lean apart and the pore widens; `glow` lights the
 * domains. Children sit in the channel's own frame: y = 0 is the membrane, +y points out into the cleft.
 */
const SUBUNITS = 4;
/** Rotation of the tetramer so that one gap between subunits faces the guided camera: the pore stays visible. */
const GAP_FACING = 0.4;
/** Where the stalk and the (slightly flattened) domain sit in a subunit's own frame. */
const STALK_IN_SUBUNIT = new Matrix4().makeTranslation(0, 0.12, 0);
const DOMAIN_IN_SUBUNIT = new Matrix4().makeTranslation(0, 0.34, 0).scale(new Vector3(1, 0.8, 1));
/** Scratch objects reused by every channel's per-frame update (no allocation per frame). */
const subunit = new Object3D();
const placed = new Matrix4();

export interface ChannelLook {
  readonly stalk: string;
  readonly domain: string;
  readonly glowColor?: string;
  /** Overall size (1 = NMDA). */
  readonly scale?: number;
}

export function Channel({
  site,
  look,
  open,
  glow,
  name,
  children,
}: {
  site: Site;
  look: ChannelLook;
  /** How open the gate is (0–1). Stable callback. */
  open: (state: SynapseState) => number;
  /** How brightly the channel glows (0–1). Stable callback. */
  glow?: (state: SynapseState) => number;
  name: string;
  children?: ReactNode;
}) {
  // The four stalks are one instanced mesh and the four domains another: two draw calls per channel
  // instead of eight, which counts where WebGL runs in software.
  const stalks = useRef<InstancedMesh>(null);
  const domains = useRef<InstancedMesh>(null);
  const stalkGeometry = useDisposable(() => new CapsuleGeometry(0.075, 0.26, 2, 10), []);
  const domainGeometry = useDisposable(() => new SphereGeometry(0.1, 12, 7), []);
  const stalkMaterial = useDisposable(() => new MeshLambertMaterial({ color: look.stalk }), [look.stalk]);
  const domainMaterial = useDisposable(
    () => new MeshLambertMaterial({ color: look.domain, emissive: look.glowColor ?? look.domain, emissiveIntensity: 0 }),
    [look.domain, look.glowColor],
  );

  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const s = stalks.current;
      const d = domains.current;
      if (!s || !d) return;
      const k = open(state);
      for (let i = 0; i < SUBUNITS; i++) {
        const a = GAP_FACING + (i + 0.5) * ((Math.PI * 2) / SUBUNITS);
        const r = 0.095 + 0.035 * k;
        subunit.position.set(Math.sin(a) * r, 0, Math.cos(a) * r);
        // Lean outward around the tangent: the pore opens like a flower.
        subunit.rotation.set(Math.cos(a) * 0.22 * k, 0, -Math.sin(a) * 0.22 * k);
        subunit.updateMatrix();
        s.setMatrixAt(i, placed.multiplyMatrices(subunit.matrix, STALK_IN_SUBUNIT));
        d.setMatrixAt(i, placed.multiplyMatrices(subunit.matrix, DOMAIN_IN_SUBUNIT));
      }
      s.instanceMatrix.needsUpdate = true;
      d.instanceMatrix.needsUpdate = true;
      // Recomputed from the moved subunits when a click is tested.
      s.boundingSphere = null;
      d.boundingSphere = null;
      if (glow) domainMaterial.emissiveIntensity = 0.9 * glow(state);
    },
    [open, glow, domainMaterial],
  );
  useSynapseFrame(update);

  return (
    <group name={name} position={site.position} quaternion={site.quaternion} scale={look.scale ?? 1}>
      <instancedMesh ref={stalks} args={[stalkGeometry, stalkMaterial, SUBUNITS]} frustumCulled={false} />
      <instancedMesh ref={domains} args={[domainGeometry, domainMaterial, SUBUNITS]} frustumCulled={false} />
      {children}
    </group>
  );
}
