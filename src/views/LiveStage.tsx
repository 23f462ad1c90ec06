import { useRef } from 'react';
import type { ActorId, SynapseState } from '../science/types';
import type { PanelSettings } from '../model/settings';
import { stateAt } from '../model/state';
import type { Player } from '../player/player';
import { usePlayerSnapshot, usePlayerTime } from '../ui/playerHooks';
import { Stage } from './svg/Stage';

/**
 * The 2D stage bound to the clock: the only component that re-renders every frame. Under reduced
 * motion it shows each beat as a still (the beat's end state) instead of the in-between frames.
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
  const time = usePlayerTime(player);
  const { beatIndex } = usePlayerSnapshot(player);
  const scene = player.scene;
  const stateRef = useRef<SynapseState>({} as SynapseState);
  const shownTime = reducedMotion ? player.beatStart(beatIndex + 1) || player.duration : time;
  const state = stateAt(scene, shownTime, settings, stateRef.current);

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
