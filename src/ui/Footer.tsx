import { useText } from './text';

/** The persistent disclaimer (science spec §3), one click from the full text and from the myths card. */
export function Footer({ onAbout, onMyths }: { onAbout: () => void; onMyths?: () => void }) {
  const { t } = useText();
  return (
    <footer className="app-footer">
      <p>{t('honesty.footer')}</p>
      <button type="button" className="link-button" onClick={onAbout}>
        {t('ui.about')}
      </button>
      {onMyths && (
        <button type="button" className="link-button" onClick={onMyths}>
          {t('myths.title')}
        </button>
      )}
    </footer>
  );
}
