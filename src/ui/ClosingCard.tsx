import { useText } from './text';

/** "What we know / what scientists still debate / ask your care team": the end of the story (storyboard). */
export function ClosingCard({ onRestart }: { onRestart?: () => void }) {
  const { t } = useText();
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
      <p className="kiosk-card__crisis">{t('honesty.crisis')}</p>
      {onRestart && (
        <button type="button" className="tool-button" onClick={onRestart}>
          {t('kiosk.restart')}
        </button>
      )}
    </>
  );
}
