import { useText } from './text';

/** The persistent disclaimer (science spec §3), one click from the full text. */
export function Footer({ onAbout }: { onAbout: () => void }) {
  const { t } = useText();
  return (
    <footer className="app-footer">
      <p>{t('honesty.footer')}</p>
      <button type="button" className="link-button" onClick={onAbout}>
        {t('ui.about')}
      </button>
    </footer>
  );
}
