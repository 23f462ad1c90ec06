import { Dialog } from '../Dialog';
import { TakeHomeCode } from '../TakeHomeCode';
import { useText } from '../text';

/**
 * "Take this home": a QR code of the scene on screen, in plain wording and the language on screen
 * (src/app/takeHomeLink.ts). `configured` is false when the build names no public address: the code then
 * holds this page's own address, which a patient's phone may not reach (README, "Hosting it").
 */
export function TakeHomeDialog({ open, onClose, url, configured }: { open: boolean; onClose: () => void; url: string; configured: boolean }) {
  const { t } = useText();
  return (
    <Dialog open={open} title={t('ui.takeHome.title')} onClose={onClose} className="dialog--take-home">
      <p>{t('ui.takeHome.lead')}</p>
      <TakeHomeCode url={url} className="take-home--dialog" />
      {!configured && <p className="take-home__warning">{t('ui.takeHome.ownAddress')}</p>}
      <p className="take-home__private">{t('ui.takeHome.private')}</p>
    </Dialog>
  );
}
