import { useRef } from 'react';
import type { ActorId, SynapseState } from '../science/types';
import type { PanelSettings } from '../model/settings';
import { stateAt } from '../model/state';
import type { Player } from '../player/player';
import { usePlayerSnapshot } from '../ui/playerHooks';
import { useStageTime } from './stageTime';
import { Stage } from './svg/Stage';

/**
 * The 2D stage bound to the clock: the only component that re-renders every frame. Under reduced
 * motion it shows each beat as a still (the beat's end state, see stageTime) and re-renders only
 * when the beat changes.
 */
export function LiveStage({
  player,
  settings,
  reducedMotion,
  title,
  description,
  label,
  selected,
  onSelectActor,
  sedationLabel,
}: {
  player: Player;
  settings: PanelSettings;
  reducedMotion: boolean;
  title: string;
  description: string;
  label: (actor: ActorId) => string;
  selected: ActorId | null;
  onSelectActor: (actor: ActorId) => void;
  sedationLabel: string;
}) {
  const time = useStageTime(player, reducedMotion);
  const { beatIndex } = usePlayerSnapshot(player);
  const scene = player.scene;
  const stateRef = useRef<SynapseState>({} as SynapseState);
  // While playing, one state object is refilled every frame. Under reduced motion the stage renders
  // once per beat and the last still stays on screen while the next fades in, so each still keeps its own.
  const state = stateAt(scene, time, settings, reducedMotion ? undefined : stateRef.current);

  return (
    <div className="stage" data-stage="">
      <Stage
        scene={scene}
        state={state}
        beatIndex={beatIndex}
        clock={reducedMotion ? 0 : time}
        label={label}
        title={title}
        description={description}
        reducedMotion={reducedMotion}
        selected={selected}
        onSelectActor={onSelectActor}
      />
      {state.sedation > 0.5 && (
        <p className="stage__badge stage__badge--sedation" role="status">
          {sedationLabel}
        </p>
      )}
    </div>
  );
}
