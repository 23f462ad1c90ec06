import { QrCode } from './QrCode';
import { useText } from './text';

/**
 * "Take this home": the QR code of `url` with what it says (`caption`) and the address under it, for
 * those who type it. The same block in the dialog, on the printed handout and on the kiosk's closing card.
 */
export function TakeHomeCode({ url, caption, className }: { url: string; caption?: string; className?: string }) {
  const { t } = useText();
  return (
    <figure className={`take-home ${className ?? ''}`}>
      <QrCode text={url} label={t('ui.takeHome.codeLabel', { link: url })} className="take-home__code" />
      <figcaption className="take-home__caption">
        {caption && <span className="take-home__say">{caption}</span>}
        <span className="take-home__link" lang="en" translate="no">
          {url}
        </span>
      </figcaption>
    </figure>
  );
}
