import type { ActorId } from '../science/types';
import { useText } from './text';

/** What the selected actor is, in the chosen wording. */
export function InfoCard({ actor, onClose }: { actor: ActorId; onClose: () => void }) {
  const { t, level } = useText();
  return (
    <aside className="info-card" aria-labelledby="info-card-title" aria-live="polite">
      <header>
        <h2 id="info-card-title">{t(`actors.${actor}.name`)}</h2>
        <button type="button" className="icon-button icon-button--small" onClick={onClose} aria-label={t('ui.closeInfo')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p>{t(`actors.${actor}.${level}`)}</p>
    </aside>
  );
}
