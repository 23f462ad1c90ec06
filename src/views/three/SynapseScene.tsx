import { useMemo, useRef, type ReactNode } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import type { ActorId, SynapseState } from '../../science/types';
import type { PanelSettings } from '../../model/settings';
import { stateAt } from '../../model/state';
import type { Player } from '../../player/player';
import { stageTime } from '../stageTime';
import { FrameContext, type FrameRegistry, type FrameUpdater, type SynapseFrame } from './frame';
import { PALETTE } from './palette';
import { Particles, type ParticleMotion } from './actors/Particles';
import { Presynaptic } from './actors/Presynaptic';
import { Postsynaptic } from './actors/Postsynaptic';
import { AmpaReceptors, LTypeChannel, NmdaReceptors, TrkBReceptors } from './actors/Receptors';
import { Interneuron } from './actors/Interneuron';
import { DendriteSpines } from './actors/DendriteSpines';
import { Bdnf, Eef2k, KinaseCascade, Mtorc1, ProteinSynthesis } from './actors/Signalling';

/**
 * The 3D synapse as a pure scene graph (no <Canvas>, camera or lights), so it can be rendered by
 * @react-three/test-renderer. Every frame it evaluates the model once (stateAt into a reused object)
 * and hands that state to each actor's updater; actors mutate their objects and never re-render.
 * Anatomy is always drawn; the optional parts (interneuron, BDNF/TrkB signalling, L-type channel)
 * are mounted only in scenes that list them, and R3F disposes them when the scene changes.
 */
export interface SynapseSceneProps {
  readonly player: Player;
  readonly settings: PanelSettings;
  readonly reducedMotion: boolean;
  readonly onSelectActor: (actor: ActorId) => void;
  /** Called when sedation crosses ½ (the view dims and shows the sedation badge), not every frame. */
  readonly onSedatedChange?: (sedated: boolean) => void;
}

const glutamate = (s: SynapseState) => s.glutamate;
const ketamine = (s: SynapseState) => s.ketamine;
/** The cleft between the bouton and the spine head, where glutamate spreads. */
const CLEFT: ParticleMotion = { kind: 'drift', min: [-1.5, -0.05, -1.0], max: [1.5, 0.5, 1.1], amplitude: 0.1 };
/** Ketamine drifts around the synapse, wider than the cleft. */
const AROUND: ParticleMotion = { kind: 'drift', min: [-2.6, -0.3, -0.8], max: [2.8, 0.8, 1.1], amplitude: 0.25 };

export const GLUTAMATE_POOL = 60;

export function SynapseScene({ player, settings, reducedMotion, onSelectActor, onSedatedChange }: SynapseSceneProps) {
  const scene = player.scene;
  const has = (actor: ActorId) => scene.actors.includes(actor);
  const updaters = useRef<FrameUpdater[]>([]);
  const registry = useMemo<FrameRegistry>(
    () => ({
      add(updater) {
        updaters.current.push(updater);
        return () => {
          const i = updaters.current.indexOf(updater);
          if (i >= 0) updaters.current.splice(i, 1);
        };
      },
    }),
    [],
  );
  const frame = useMemo<SynapseFrame>(() => ({ state: {} as SynapseState, clock: 0, dt: 0 }), []);
  const sedated = useRef<boolean | null>(null);

  useFrame(() => {
    stateAt(player.scene, stageTime(player, reducedMotion), settings, frame.state);
    // Ambient motion runs on the scene clock (like the 2D view): it is frame-rate independent and
    // stands still while paused and under reduced motion. A jump (seek, new scene) moves no phase.
    const clock = reducedMotion ? 0 : player.getTime();
    const step = clock - frame.clock;
    frame.dt = step > 0 && step < 0.25 ? step : 0;
    frame.clock = clock;
    const list = updaters.current;
    for (let i = 0; i < list.length; i++) list[i]!(frame);
    const now = frame.state.sedation > 0.5;
    if (now !== sedated.current) {
      sedated.current = now;
      onSedatedChange?.(now);
    }
  });

  const hotspot = (actor: ActorId, children: ReactNode) => (
    <group
      name={`hotspot-${actor}`}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        event.stopPropagation();
        onSelectActor(actor);
      }}
    >
      {children}
    </group>
  );

  return (
    <FrameContext.Provider value={registry}>
      <group name="synapse">
        {hotspot('presynaptic', <Presynaptic />)}
        {hotspot('spine', <Postsynaptic />)}
        {hotspot('nmda', <NmdaReceptors />)}
        {hotspot('ampa', <AmpaReceptors />)}
        {has('ltype') && hotspot('ltype', <LTypeChannel />)}
        {(has('interneuron') || has('gaba')) && hotspot('interneuron', <Interneuron />)}
        {hotspot('newSpine', <DendriteSpines />)}
        {has('trkb') && hotspot('trkb', <TrkBReceptors />)}
        {has('bdnf') && hotspot('bdnf', <Bdnf />)}
        {has('kinase') && hotspot('kinase', <KinaseCascade />)}
        {has('mtorc1') && hotspot('mtorc1', <Mtorc1 />)}
        {has('ribosome') && hotspot('ribosome', <ProteinSynthesis />)}
        {has('eef2k') && hotspot('eef2k', <Eef2k />)}
        <Particles name="glutamate" count={GLUTAMATE_POOL} seed={7} size={0.06} value={glutamate} motion={CLEFT}>
          <icosahedronGeometry args={[1, 0]} />
          <meshLambertMaterial color={PALETTE.glutamate} flatShading />
        </Particles>
        <FreeKetamine />
      </group>
    </FrameContext.Provider>
  );
}

/** Ketamine molecules near the synapse: ring-shaped, instanced like the other particles. */
function FreeKetamine() {
  return (
    <Particles name="ketamine" count={14} seed={5} size={1.1} value={ketamine} motion={AROUND}>
      <torusGeometry args={[0.075, 0.026, 8, 6]} />
      <meshLambertMaterial color={PALETTE.ketamine} />
    </Particles>
  );
}
