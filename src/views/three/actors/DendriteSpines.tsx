import { useCallback, useRef, type ReactNode } from 'react';
import { Color, MeshLambertMaterial, type Group } from 'three';
import { PALETTE } from '../palette';
import { useDisposable } from '../disposable';
import { scaleOrHide, share, useSynapseFrame, type SynapseFrame } from '../frame';
import { DENDRITE, NEW_SPINES, OLD_SPINES, type SpineSpec } from '../layout';
import { useSegments } from '../quality';

/**
 * The other spines along the dendrite. Original spines lost to chronic stress (1 − spines) fade to
 * faint ghost outlines; new spines (newSpines) grow out of the shaft as thin buds and swell into
 * mushroom spines with a partner bouton as they mature (spineMaturity).
 */

/** Order in which original spines go missing (a fixed, scattered order). */
const LOSS_ORDER = [2, 4, 0, 5, 1, 3];
const MEMBRANE = new Color(PALETTE.membrane);
const GHOST = new Color(PALETTE.ghost);

/** A spine in its own frame: +y points out of the dendrite. Head and neck are unit shapes scaled per frame. */
function SpineShape({ neck, head, material }: { neck: (g: Group | null) => void; head: (g: Group | null) => void; material: MeshLambertMaterial }) {
  const segments = useSegments();
  return (
    <>
      <group ref={neck}>
        <mesh material={material} position={[0, 0.5, 0]}>
          <cylinderGeometry args={[0.7, 1, 1, segments(14), 1, true]} />
        </mesh>
      </group>
      <group ref={head}>
        <mesh material={material}>
          <sphereGeometry args={[1, segments(16), segments(10)]} />
        </mesh>
      </group>
    </>
  );
}

function OldSpine({ spec, index }: { spec: SpineSpec; index: number }) {
  const neck = useRef<Group | null>(null);
  const head = useRef<Group | null>(null);
  const material = useDisposable(
    () => new MeshLambertMaterial({ color: PALETTE.membrane, transparent: true, opacity: 1 }),
    [],
  );
  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const lost = share(1 - state.spines, OLD_SPINES.length, LOSS_ORDER[index]!);
      // A lost spine stays as a faint outline, so the viewer can see what was there.
      material.opacity = 1 - lost * 0.8;
      material.depthWrite = lost < 0.5;
      material.color.copy(lost > 0.5 ? GHOST : MEMBRANE);
    },
    [index, material],
  );
  useSynapseFrame(update);
  return (
    <SpineOnShaft spec={spec}>
      <SpineShape
        material={material}
        neck={(g) => {
          neck.current = g;
          g?.scale.set(0.16, spec.length, 0.16);
        }}
        head={(g) => {
          head.current = g;
          g?.position.set(0, spec.length + 0.25, 0);
          g?.scale.set(0.42, 0.34, 0.42);
        }}
      />
    </SpineOnShaft>
  );
}

function NewSpine({ spec, index }: { spec: SpineSpec; index: number }) {
  const neck = useRef<Group | null>(null);
  const head = useRef<Group | null>(null);
  const partner = useRef<Group | null>(null);
  const material = useDisposable(() => new MeshLambertMaterial({ color: PALETTE.membrane }), []);
  const segments = useSegments();
  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const grow = share(state.newSpines, NEW_SPINES.length, index);
      const m = state.spineMaturity;
      const length = spec.length * grow;
      // A bud (filopodium) is thin with a small tip; a mature spine has a short neck and a round head.
      const neckRadius = 0.07 + 0.08 * m;
      scaleOrHide(neck.current, neckRadius * grow, length * (1 - 0.25 * m), neckRadius * grow);
      const headRadius = (0.09 + 0.33 * m) * grow;
      head.current?.position.set(0, length * (1 - 0.25 * m) + headRadius * 0.6, 0);
      scaleOrHide(head.current, headRadius, headRadius * 0.85, headRadius);
      const met = grow * Math.min(1, Math.max(0, (m - 0.55) / 0.45));
      // The partner bouton sits on the head's tip, across a thin cleft.
      partner.current?.position.set(0, length * (1 - 0.25 * m) + headRadius * 1.45 + 0.36 * met + 0.06, 0);
      scaleOrHide(partner.current, 0.5 * met, 0.36 * met, 0.45 * met);
    },
    [index, spec.length],
  );
  useSynapseFrame(update);
  return (
    <SpineOnShaft spec={spec}>
      <SpineShape material={material} neck={(g) => void (neck.current = g)} head={(g) => void (head.current = g)} />
      <group ref={partner}>
        <mesh>
          <sphereGeometry args={[1, segments(16), segments(10)]} />
          <meshLambertMaterial color={PALETTE.membrane} transparent opacity={0.6} depthWrite={false} />
        </mesh>
      </group>
    </SpineOnShaft>
  );
}

/** Places a spine's frame on the dendrite surface, pointing out along its angle. */
function SpineOnShaft({ spec, children }: { spec: SpineSpec; children: ReactNode }) {
  return (
    <group position={[spec.x, DENDRITE.y, 0]} rotation={[spec.angle, 0, 0]}>
      <group position={[0, DENDRITE.radius * 0.9, 0]}>{children}</group>
    </group>
  );
}

export function DendriteSpines() {
  return (
    <group name="dendrite-spines">
      {OLD_SPINES.map((spec, i) => (
        <OldSpine key={`old-${i}`} spec={spec} index={i} />
      ))}
      {NEW_SPINES.map((spec, i) => (
        <NewSpine key={`new-${i}`} spec={spec} index={i} />
      ))}
    </group>
  );
}
