import { useState } from 'react';
import { useText } from './text';

/**
 * "Copy link to this moment": the address bar already follows the scene, moment and settings, so the
 * link is simply the current address.
 */
export function CopyLinkButton() {
  const { t } = useText();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const done = (result: 'copied' | 'failed') => {
      setStatus(result);
      window.setTimeout(() => setStatus('idle'), 2500);
    };
    if (!navigator.clipboard) return done('failed');
    navigator.clipboard.writeText(window.location.href).then(
      () => done('copied'),
      () => done('failed'),
    );
  };
  return (
    <>
      <button type="button" className="tool-button" onClick={copy}>
        {t('share.copyLink')}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </>
  );
}
