import { useEffect, useState } from 'react';
import { useText } from '../../ui/text';

/** Full screen for kiosk displays, where the browser allows it. */
export function FullscreenButton() {
  const { t } = useText();
  const [isFull, setIsFull] = useState(() => document.fullscreenElement != null);

  useEffect(() => {
    const update = () => setIsFull(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    const request = isFull ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => undefined); // refused (not allowed by the host page): stay as we are
  };
  return (
    <button type="button" className="tool-button" onClick={toggle}>
      {isFull ? t('kiosk.exitFullscreen') : t('kiosk.fullscreen')}
    </button>
  );
}
