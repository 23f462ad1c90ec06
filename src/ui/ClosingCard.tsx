import type { ReactNode } from 'react';
import { useText } from './text';

/**
 * "What we know / what scientists still debate / ask your care team": the end of the story (storyboard).
 * `aside` stands beside the crisis line at the foot (the kiosk's "take this home" code); it comes from the
 * caller so that the QR code's library stays out of the first load, where this card also is (EndOfStory).
 */
export function ClosingCard({ onRestart, aside }: { onRestart?: () => void; aside?: ReactNode }) {
  const { t } = useText();
  const crisis = <p className="kiosk-card__crisis">{t('honesty.crisis')}</p>;
  return (
    <>
      <h2>{t('kiosk.closingTitle')}</h2>
      <div className="kiosk-card__columns">
        {(['known', 'debated', 'ask'] as const).map((part) => (
          <div key={part}>
            <h3>{t(`kiosk.${part}.title`)}</h3>
            <p>{t(`kiosk.${part}.body`)}</p>
          </div>
        ))}
      </div>
      {aside ? (
        <div className="kiosk-card__foot">
          {crisis}
          {aside}
        </div>
      ) : (
        crisis
      )}
      {onRestart && (
        <button type="button" className="tool-button" onClick={onRestart}>
          {t('kiosk.restart')}
        </button>
      )}
    </>
  );
}
