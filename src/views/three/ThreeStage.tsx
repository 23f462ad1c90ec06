import { useCallback, useEffect, useId, useState } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import type { ActorId } from '../../science/types';
import type { PanelSettings } from '../../model/settings';
import type { Player } from '../../player/player';
import { usePlayerSnapshot } from '../../ui/playerHooks';
import { SynapseScene } from './SynapseScene';
import { CameraRig } from './CameraRig';
import { FRAMING_POSES } from './camera';
import { LabelButtons, LabelProjector, useLabelTargets } from './Labels';
import { AdaptiveQuality } from './AdaptiveQuality';
import { DetailContext, detailFor, dprFor } from './quality';
import './three.css';

/**
 * The 3D stage: the <Canvas> (camera, soft lights, the synapse scene), the label buttons over it, the
 * "Back to guided view" button and the sedation badge. Loaded lazily by ViewSwitch, so three.js is
 * fetched only when the 3D view is shown. The canvas renders on demand while the player is paused
 * (a kiosk left paused costs no GPU) and every frame while it plays; glides and orbiting ask for
 * frames themselves. While it plays it adapts its resolution and detail to the frame rate it gets
 * (AdaptiveQuality), starting from the lowest on a software renderer.
 */
export interface ThreeStageProps {
  readonly player: Player;
  readonly settings: PanelSettings;
  readonly reducedMotion: boolean;
  /** Accessible name of the 3D picture and the beat's description (as in 2D). */
  readonly name: string;
  readonly description: string;
  readonly label: (actor: ActorId) => string;
  readonly selected: ActorId | null;
  readonly onSelectActor: (actor: ActorId) => void;
  readonly sedationLabel: string;
  readonly guidedLabel: string;
  /** Kept mounted but invisible (while the context is lost, or until the first frame): the 2D view shows instead. */
  readonly standby: boolean;
  /** WebGL runs in software (autoView.ts): start at the lowest quality and climb while frames allow. */
  readonly startLow: boolean;
  readonly onReady: () => void;
  /** Frames stayed slow at the lowest quality: the 2D view is the better picture here. Called once. */
  readonly onSlow: () => void;
  readonly onContextLost: () => void;
  readonly onContextRestored: () => void;
}

export default function ThreeStage(props: ThreeStageProps) {
  const { player, settings, reducedMotion, label, selected, onSelectActor, standby } = props;
  const { beatIndex, playing, sceneIndex } = usePlayerSnapshot(player);
  const scene = player.scene;
  const beat = scene.beats[beatIndex]!;
  const [guided, setGuided] = useState(true);
  const [sedated, setSedated] = useState(false);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [quality, setQuality] = useState(props.startLow ? 0 : 1);
  const labels = useLabelTargets(scene.actors);
  const animating = playing && !standby;
  // A still picture (paused, or under reduced motion) is drawn at full quality and never changes within
  // a beat; the adapted quality is for frames in motion.
  const adapting = animating && !reducedMotion;
  const shownQuality = adapting ? quality : 1;
  const descriptionId = useId();

  // A new scene starts from its guided framing.
  useEffect(() => setGuided(true), [sceneIndex]);

  const { onContextLost, onContextRestored } = props;
  useEffect(() => {
    if (!canvas) return;
    // Said once each, as information: an unattended screen's log tells why it showed 2D for a while.
    const lost = () => {
      console.info('[ketamine-explorer] The 3D view lost its WebGL context; the picture goes on in 2D.');
      onContextLost();
    };
    const restored = () => {
      console.info('[ketamine-explorer] The WebGL context is back; the 3D view returns.');
      onContextRestored();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [canvas, onContextLost, onContextRestored]);

  const leaveGuided = useCallback(() => setGuided(false), []);

  return (
    <div
      className={`stage stage--3d${standby ? ' stage--standby' : ''}${sedated ? ' is-sedated' : ''}`}
      data-stage=""
      data-quality={shownQuality}
      aria-hidden={standby || undefined}
    >
      <div className="stage3d__canvas" role="img" aria-label={props.name} aria-describedby={descriptionId}>
        <Canvas
          frameloop={animating ? 'always' : 'demand'}
          dpr={dprFor(shownQuality, window.devicePixelRatio)}
          flat
          camera={{ fov: 38, near: 0.1, far: 80, position: FRAMING_POSES.wide.position }}
          gl={{ antialias: false, alpha: true, powerPreference: 'low-power' }}
          onCreated={({ gl }) => {
            setCanvas(gl.domElement);
            props.onReady();
          }}
        >
          <Lighting />
          <DetailContext.Provider value={detailFor(shownQuality)}>
            <SynapseScene
              player={player}
              settings={settings}
              reducedMotion={reducedMotion}
              onSelectActor={onSelectActor}
              onSedatedChange={setSedated}
            />
          </DetailContext.Provider>
          <CameraRig framing={beat.framing} guided={guided} reducedMotion={reducedMotion} onLeaveGuided={leaveGuided} />
          <LabelProjector targets={labels} />
          <RedrawOnChange player={player} />
          <AdaptiveQuality active={adapting} quality={quality} onQuality={setQuality} onSlow={props.onSlow} />
        </Canvas>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {props.description}
      </p>
      <LabelButtons targets={labels} label={label} focus={beat.focus} selected={selected} onSelectActor={onSelectActor} />
      {!guided && (
        <button type="button" className="tool-button stage3d__guided" onClick={() => setGuided(true)}>
          {props.guidedLabel}
        </button>
      )}
      {sedated && (
        <p className="stage__badge stage__badge--sedation" role="status">
          {props.sedationLabel}
        </p>
      )}
    </div>
  );
}

/** Soft, clinical light: a broad sky/ground fill and two gentle directional lights, no shadows. */
function Lighting() {
  return (
    <>
      <hemisphereLight args={['#fff8ee', '#7d8fa6', 1.6]} />
      <directionalLight position={[-4, 7, 8]} intensity={1.5} color="#fffaf2" />
      <directionalLight position={[6, -2, 5]} intensity={0.5} color="#dfe9f5" />
    </>
  );
}

/**
 * In demand mode, asks for a frame whenever the picture may have changed: the clock moved (a seek),
 * or the stage re-rendered (a new beat, scene or setting re-renders this component too).
 */
function RedrawOnChange({ player }: { player: Player }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => player.subscribeFrame(() => invalidate()), [player, invalidate]);
  useEffect(() => invalidate());
  return null;
}
