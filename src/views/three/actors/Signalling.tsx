import { useCallback, useMemo, useRef } from 'react';
import { MeshLambertMaterial, Object3D, type InstancedMesh } from 'three';
import type { SynapseState } from '../../../science/types';
import { PALETTE } from '../palette';
import { useDisposable } from '../disposable';
import { useSynapseFrame, type SynapseFrame } from '../frame';
import { EEF2K, KINASE_CHAIN, MTORC1, PROTEIN_STACK, RIBOSOMES } from '../layout';
import { Particles, type ParticleMotion } from './Particles';

/**
 * Signalling inside the spine head, seen through its translucent membrane: BDNF around the spine,
 * the Akt/ERK chain (a wave of glows) leading to mTORC1, ribosomes with synaptic proteins stacking
 * up beside them, and eEF2 kinase, whose glow dims as it is turned down.
 */
const PROTEIN_BLOCKS = 9;
const BDNF_CLOUD: ParticleMotion = { kind: 'drift', min: [1.35, -1.1, 0.2], max: [2.55, 0.45, 1.3], amplitude: 0.12 };
const bdnf = (s: SynapseState) => s.bdnf;

export function Bdnf() {
  return (
    <Particles name="bdnf" count={16} seed={31} size={0.085} value={bdnf} motion={BDNF_CLOUD}>
      <dodecahedronGeometry args={[1, 0]} />
      <meshLambertMaterial color={PALETTE.bdnf} flatShading />
    </Particles>
  );
}

/** One link of the Akt/ERK chain: a glow travels down the chain, TrkB → mTORC1, as strong as the cascade. */
function KinaseNode({ index }: { index: number }) {
  const material = useDisposable(
    () => new MeshLambertMaterial({ color: PALETTE.signalling, emissive: PALETTE.signallingGlow, emissiveIntensity: 0 }),
    [],
  );
  const update = useCallback(
    ({ state, clock }: SynapseFrame) => {
      const crest = 0.5 + 0.5 * Math.cos((clock * 0.6 - index / KINASE_CHAIN.length) * Math.PI * 2);
      material.emissiveIntensity = state.cascade * (0.35 + 0.5 * crest);
    },
    [index, material],
  );
  useSynapseFrame(update);
  return (
    <mesh position={KINASE_CHAIN[index]} material={material}>
      <sphereGeometry args={[0.1, 16, 12]} />
    </mesh>
  );
}

export function KinaseCascade() {
  return (
    <group name="kinase">
      {KINASE_CHAIN.map((_, i) => (
        <KinaseNode key={i} index={i} />
      ))}
    </group>
  );
}

/** One material whose glow follows a state value, for a single glowing part. */
function useGlow(color: string, value: (s: SynapseState) => number, strength: number): MeshLambertMaterial {
  const material = useDisposable(
    () => new MeshLambertMaterial({ color, emissive: PALETTE.signallingGlow, emissiveIntensity: 0, flatShading: true }),
    [color],
  );
  const update = useCallback(({ state }: SynapseFrame) => void (material.emissiveIntensity = strength * value(state)), [material, strength, value]);
  useSynapseFrame(update);
  return material;
}

const mtorc1 = (s: SynapseState) => s.mtorc1;
const eef2k = (s: SynapseState) => s.eef2k;

export function Mtorc1() {
  const material = useGlow(PALETTE.signalling, mtorc1, 0.9);
  return (
    <mesh name="mtorc1" position={MTORC1} material={material} rotation={[0.4, 0.3, 0]}>
      <icosahedronGeometry args={[0.2, 0]} />
    </mesh>
  );
}

export function Eef2k() {
  const material = useGlow(PALETTE.eef2k, eef2k, 0.7);
  return (
    <mesh name="eef2k" position={EEF2K} material={material}>
      <octahedronGeometry args={[0.13, 0]} />
    </mesh>
  );
}

/** Ribosomes (a large and a small subunit) with new synaptic proteins stacking beside them as `protein` rises. */
export function ProteinSynthesis() {
  const blocks = useRef<InstancedMesh>(null);
  const dummy = useMemo(() => new Object3D(), []);
  const update = useCallback(
    ({ state }: SynapseFrame) => {
      const m = blocks.current;
      if (!m) return;
      const shown = Math.min(PROTEIN_BLOCKS, Math.ceil(state.protein * PROTEIN_BLOCKS - 1e-3));
      for (let i = 0; i < shown; i++) {
        const grow = Math.min(1, Math.max(0, state.protein * PROTEIN_BLOCKS - i));
        // A small pyramid of blocks: three per row.
        dummy.position.set(PROTEIN_STACK[0] + ((i % 3) - 1) * 0.13, PROTEIN_STACK[1] + Math.floor(i / 3) * 0.12, PROTEIN_STACK[2]);
        dummy.scale.setScalar(Math.max(grow, 1e-4));
        dummy.updateMatrix();
        m.setMatrixAt(i, dummy.matrix);
      }
      m.count = shown;
      m.visible = shown > 0;
      m.instanceMatrix.needsUpdate = true;
    },
    [dummy],
  );
  useSynapseFrame(update);
  return (
    <group name="ribosome">
      {RIBOSOMES.map((p, i) => (
        <group key={i} position={p} rotation={[0, 0, i * 0.9]}>
          <mesh>
            <sphereGeometry args={[0.1, 14, 10]} />
            <meshLambertMaterial color={PALETTE.ribosome} />
          </mesh>
          <mesh position={[0, 0.11, 0]}>
            <sphereGeometry args={[0.065, 12, 8]} />
            <meshLambertMaterial color={PALETTE.ribosome} />
          </mesh>
        </group>
      ))}
      <instancedMesh ref={blocks} name="protein" args={[undefined, undefined, PROTEIN_BLOCKS]} frustumCulled={false}>
        <boxGeometry args={[0.1, 0.09, 0.1]} />
        <meshLambertMaterial color={PALETTE.protein} />
      </instancedMesh>
    </group>
  );
}
