import type { Player } from '../player/player';
import { ClosingCard } from './ClosingCard';
import { usePlayerFlag, usePlayerSnapshot } from './playerHooks';

/** In a consult, the closing summary appears once the last scene has played to its end. */
export function EndOfStory({ player }: { player: Player }) {
  const { sceneIndex, playing } = usePlayerSnapshot(player);
  const atSceneEnd = usePlayerFlag(player, () => player.getTime() >= player.duration);
  const atEnd = sceneIndex === player.scenes.length - 1 && !playing && atSceneEnd;
  if (!atEnd) return null;
  return (
    <section className="kiosk-card kiosk-card--closing end-of-story" aria-live="polite">
      <ClosingCard onRestart={() => player.goToScene(0)} />
    </section>
  );
}
