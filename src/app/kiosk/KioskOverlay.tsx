import type { ReactNode } from 'react';
import { ClosingCard } from '../../ui/ClosingCard';
import { Presence } from '../../ui/Presence';
import { useText } from '../../ui/text';
import type { KioskLoop } from './useKioskLoop';

/** The kiosk's calm cards: the opening note, the closing summary, and the restart countdown. */
export function KioskOverlay({ loop }: { loop: KioskLoop }) {
  const { t } = useText();
  const { phase } = loop;
  const cards: Partial<Record<KioskLoop['phase'], ReactNode>> = {
    opening: (
      <section className="kiosk-card" aria-live="polite">
        <h2>{t('kiosk.openingTitle')}</h2>
        <p>{t('kiosk.openingBody')}</p>
      </section>
    ),
    closing: (
      <section className="kiosk-card kiosk-card--closing" aria-live="polite">
        <ClosingCard />
      </section>
    ),
    countdown: (
      <div className="kiosk-countdown" role="status">
        <p>{t('kiosk.restarting', { count: loop.countdown })}</p>
        <button type="button" className="tool-button" onClick={loop.keepExploring}>
          {t('kiosk.keepExploring')}
        </button>
      </div>
    ),
  };
  const card = cards[phase];
  return (
    <Presence itemKey={card ? phase : null} initial className="kiosk-layer" ms={800}>
      {card}
    </Presence>
  );
}
