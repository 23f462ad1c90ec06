import { AnimatePresence, m } from 'framer-motion';
import { ClosingCard } from '../../ui/ClosingCard';
import { useText } from '../../ui/text';
import type { KioskLoop } from './useKioskLoop';

/** The kiosk's calm cards: the opening note, the closing summary, and the restart countdown. */
export function KioskOverlay({ loop }: { loop: KioskLoop }) {
  const { t } = useText();
  const { phase } = loop;
  return (
    <AnimatePresence>
      {phase === 'opening' && (
        <m.section key="opening" className="kiosk-card" aria-live="polite" {...fade}>
          <h2>{t('kiosk.openingTitle')}</h2>
          <p>{t('kiosk.openingBody')}</p>
        </m.section>
      )}
      {phase === 'closing' && (
        <m.section key="closing" className="kiosk-card kiosk-card--closing" aria-live="polite" {...fade}>
          <ClosingCard />
        </m.section>
      )}
      {phase === 'countdown' && (
        <m.div key="countdown" className="kiosk-countdown" role="status" {...fade}>
          <p>{t('kiosk.restarting', { count: loop.countdown })}</p>
          <button type="button" className="tool-button" onClick={loop.keepExploring}>
            {t('kiosk.keepExploring')}
          </button>
        </m.div>
      )}
    </AnimatePresence>
  );
}

const fade = {
  initial: { opacity: 0 },
  animate: { opacity: 1 },
  exit: { opacity: 0 },
  transition: { duration: 0.8, ease: 'easeInOut' },
} as const;
