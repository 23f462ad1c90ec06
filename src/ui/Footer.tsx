import type { AboutSection } from './dialogs/AboutDialog';
import { useText } from './text';

/**
 * The persistent disclaimer (science spec §3), one click from the full text, from what we don't know,
 * from what studies in people show, from safety, and (outside kiosks) from "What you may have read".
 */
export function Footer({ onAbout, onMyths }: { onAbout: (section: AboutSection) => void; onMyths?: () => void }) {
  const { t } = useText();
  return (
    <footer className="app-footer">
      <p>{t('honesty.footer')}</p>
      <nav className="app-footer__links" aria-label={t('ui.moreInformation')}>
        <button type="button" className="link-button" onClick={() => onAbout('disclaimer')}>
          {t('ui.about')}
        </button>
        <button type="button" className="link-button" onClick={() => onAbout('dontKnow')}>
          {t('honestyNav.whatWeDontKnow')}
        </button>
        <button type="button" className="link-button" onClick={() => onAbout('inPeople')}>
          {t('honestyNav.inPeople')}
        </button>
        <button type="button" className="link-button" onClick={() => onAbout('safety')}>
          {t('honestyNav.safety')}
        </button>
        {onMyths && (
          <button type="button" className="link-button" onClick={onMyths}>
            {t('honestyNav.myths')}
          </button>
        )}
      </nav>
    </footer>
  );
}
