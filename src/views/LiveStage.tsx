import { useMemo } from 'react';
import type { ActorId, SceneDefinition, SynapseState } from '../science/types';
import type { PanelSettings } from '../model/settings';
import { stateAt } from '../model/state';
import { subscribeAmbient } from '../player/ambientTicks';
import type { Player } from '../player/player';
import { usePlayerFlag, usePlayerSnapshot } from '../ui/playerHooks';
import { stageTime } from './stageTime';
import { Stage } from './svg/Stage';
import type { FrameSource } from './svg/types';

/** Anaesthetic-range exposure at the moment the stage shows (a scratch state, reused every frame). */
const scratch = {} as SynapseState;
const sedatedAt = (player: Player, scene: SceneDefinition, settings: PanelSettings, reducedMotion: boolean) =>
  stateAt(scene, stageTime(player, reducedMotion), settings, scratch).sedation > 0.5;

/**
 * The 2D stage bound to the clock. It renders when the scene, beat, settings or wording change; while
 * the scene plays, the stage draws its frames itself from the player's frame signal, at the ambient rate
 * of player/ambientTicks.ts (no React render).
 * Under reduced motion it shows each beat as a still (the beat's end state, see stageTime), with no
 * frame signal at all.
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
  const { beatIndex } = usePlayerSnapshot(player);
  const scene = player.scene;
  const source = useMemo<FrameSource | undefined>(
    () =>
      reducedMotion
        ? undefined
        : {
            subscribe: (listener) => subscribeAmbient(player, listener),
            read: (state) => {
              const time = player.getTime();
              stateAt(scene, time, settings, state);
              return time;
            },
          },
    [player, scene, settings, reducedMotion],
  );
  // The moment at render time; later frames come from `source`.
  const time = stageTime(player, reducedMotion);
  const state = stateAt(scene, time, settings);
  // Re-renders only when the badge appears or goes, not every frame.
  const sedated = usePlayerFlag(player, () => sedatedAt(player, scene, settings, reducedMotion));

  return (
    <div className="stage" data-stage="">
      <Stage
        scene={scene}
        state={state}
        beatIndex={beatIndex}
        clock={time}
        source={source}
        label={label}
        title={title}
        description={description}
        reducedMotion={reducedMotion}
        selected={selected}
        onSelectActor={onSelectActor}
      />
      {sedated && (
        <p className="stage__badge stage__badge--sedation" role="status">
          {sedationLabel}
        </p>
      )}
    </div>
  );
}
