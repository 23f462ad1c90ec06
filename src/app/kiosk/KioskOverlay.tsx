import type { ReactNode } from 'react';
import { KIOSK_DEFAULTS, type KioskSettings } from '../../model/kioskSettings';
import { ClosingCard } from '../../ui/ClosingCard';
import { Presence } from '../../ui/Presence';
import { TakeHomeCode } from '../../ui/TakeHomeCode';
import { useText } from '../../ui/text';
import { useDimming } from './useDimming';
import { useOpeningHours } from './useOpeningHours';
import { takeHomeLink } from '../takeHomeLink';
import { useSelfHealing } from './useSelfHealing';
import type { KioskLoop } from './useKioskLoop';

/**
 * The kiosk's calm cards (the opening note, the closing summary, the restart countdown, the resting
 * screen outside opening hours) and what keeps an unattended screen well: the opening hours, the
 * reloads of useSelfHealing, and the dimming of a long run.
 */
export function KioskOverlay({
  loop,
  settings = KIOSK_DEFAULTS,
  onClosedChange,
}: {
  loop: KioskLoop;
  settings?: KioskSettings;
  onClosedChange: (closed: boolean) => void;
}) {
  const { t, lang } = useText();
  const { phase } = loop;
  // The closing card's code starts the story over at home, in the language on screen: at the clinic's first
  // scene, or without a scene (the app's own start) when the clinic loops them all.
  const home = takeHomeLink(settings.scenes[0], lang).url;
  useOpeningHours(settings.hours, onClosedChange);
  useSelfHealing(phase, settings.reload);
  const dim = useDimming(settings.dim, phase === 'paused' || phase === 'countdown');
  const cards: Partial<Record<KioskLoop['phase'], ReactNode>> = {
    opening: (
      <section className="kiosk-card" aria-live="polite">
        <h2>{t('kiosk.openingTitle')}</h2>
        <p>{t('kiosk.openingBody')}</p>
      </section>
    ),
    closing: (
      <section className="kiosk-card kiosk-card--closing" aria-live="polite">
        <ClosingCard aside={<TakeHomeCode url={home} caption={t('ui.takeHome.kiosk')} className="take-home--kiosk" />} />
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
    // Dark and nearly still: little power, and its one card wanders slowly so nothing burns in.
    closed: (
      <section className="kiosk-closed" aria-live="polite" data-kiosk-closed="">
        <div className="kiosk-closed__card">
          {settings.clinic && <p className="kiosk-closed__clinic">{settings.clinic}</p>}
          <h2>{t('kioskScreen.closedTitle')}</h2>
          <p>{t('kioskScreen.closedBody')}</p>
        </div>
      </section>
    ),
  };
  const card = cards[phase];
  return (
    <>
      <Presence itemKey={card ? phase : null} initial className="kiosk-layer" ms={800}>
        {card}
      </Presence>
      {settings.dim > 0 && <div className="kiosk-dim" style={{ opacity: dim }} aria-hidden="true" />}
    </>
  );
}
