import { useCallback, useRef, type ReactNode } from 'react';
import { CapsuleGeometry, MeshLambertMaterial, SphereGeometry, type Group } from 'three';
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
  const subunits = useRef<(Group | null)[]>([]);
  const stalkGeometry = useDisposable(() => new CapsuleGeometry(0.075, 0.26, 4, 10), []);
  const domainGeometry = useDisposable(() => new SphereGeometry(0.1, 14, 10), []);
  const stalkMaterial = useDisposable(() => new MeshLambertMaterial({ color: look.stalk }), [look.stalk]);
  const domainMaterial = useDisposable(
    () => new MeshLambertMaterial({ color: look.domain, emissive: look.glowColor ?? look.domain, emissiveIntensity: 0 }),
    [look.domain, look.glowColor],
  );

  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const k = open(state);
      for (let i = 0; i < SUBUNITS; i++) {
        const g = subunits.current[i];
        if (!g) continue;
        const a = GAP_FACING + (i + 0.5) * ((Math.PI * 2) / SUBUNITS);
        const r = 0.095 + 0.035 * k;
        g.position.set(Math.sin(a) * r, 0, Math.cos(a) * r);
        // Lean outward around the tangent: the pore opens like a flower.
        g.rotation.set(Math.cos(a) * 0.22 * k, 0, -Math.sin(a) * 0.22 * k);
      }
      if (glow) domainMaterial.emissiveIntensity = 0.9 * glow(state);
    },
    [open, glow, domainMaterial],
  );
  useSynapseFrame(update);

  return (
    <group name={name} position={site.position} quaternion={site.quaternion} scale={look.scale ?? 1}>
      {Array.from({ length: SUBUNITS }, (_, i) => (
        <group key={i} ref={(g) => void (subunits.current[i] = g)}>
          <mesh geometry={stalkGeometry} material={stalkMaterial} position={[0, 0.12, 0]} />
          <mesh geometry={domainGeometry} material={domainMaterial} position={[0, 0.34, 0]} scale={[1, 0.8, 1]} />
        </group>
      ))}
      {children}
    </group>
  );
}
