import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { appBase, iframeSnippet, scriptSnippet, type EmbedSettings } from '../../app/embed/snippets';
import { Dialog } from '../Dialog';
import { useText } from '../text';
import './embedDialog.css';

type Which = 'iframe' | 'script';

/** One snippet: a read-only text box and its Copy button. */
function Snippet({
  which,
  code,
  onCopied,
  copied,
}: {
  which: Which;
  code: string;
  onCopied: (which: Which, ok: boolean) => void;
  copied: boolean;
}) {
  const { t } = useText();
  const headingId = useId();
  const helpId = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      onCopied(which, true);
    } catch {
      // No clipboard access (insecure page, permission refused): select the text for Ctrl+C instead.
      box.current?.focus();
      box.current?.select();
      onCopied(which, false);
    }
  };

  return (
    <section className="embed-snippet">
      <div className="embed-snippet__head">
        <h3 id={headingId}>{t(`ui.embed.${which}`)}</h3>
        <button type="button" className="tool-button" onClick={() => void copy()} aria-describedby={headingId}>
          {copied ? t('ui.embed.copied') : t('ui.embed.copy')}
        </button>
      </div>
      <p id={helpId} className="embed-snippet__help">
        {t(`ui.embed.${which}Help`)}
      </p>
      <textarea
        ref={box}
        className="embed-snippet__code"
        readOnly
        spellCheck={false}
        rows={which === 'iframe' ? 4 : 3}
        value={code}
        aria-labelledby={headingId}
        aria-describedby={helpId}
        onFocus={(event) => event.currentTarget.select()}
      />
    </section>
  );
}

/**
 * "Embed": the iframe and script snippets (interface.md, "Embedding") for the scene and settings on
 * screen, pointing at the page the app is served from.
 */
export function EmbedDialog({ open, onClose, settings }: { open: boolean; onClose: () => void; settings: EmbedSettings }) {
  const { t } = useText();
  const [copied, setCopied] = useState<Which | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const base = appBase(window.location);
  const snippets = useMemo(
    () => ({ iframe: iframeSnippet(base, settings, t('ui.embed.frameTitle')), script: scriptSnippet(base, settings) }),
    [base, settings, t],
  );

  // The "Copied" label and announcement fade after a moment, and start afresh when the dialog reopens.
  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => {
      setAnnouncement('');
      setCopied(null);
    }, 4000);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  useEffect(() => {
    if (!open) {
      setCopied(null);
      setAnnouncement('');
    }
  }, [open]);

  const onCopied = (which: Which, ok: boolean) => {
    setCopied(ok ? which : null);
    setAnnouncement(ok ? t('ui.embed.copied') : t('ui.embed.copyManually'));
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('ui.embed.title')} className="dialog--wide embed-dialog">
      <p className="dialog__lead">{t('ui.embed.lead')}</p>
      <Snippet which="iframe" code={snippets.iframe} copied={copied === 'iframe'} onCopied={onCopied} />
      <Snippet which="script" code={snippets.script} copied={copied === 'script'} onCopied={onCopied} />
      <p className="embed-dialog__note">{t('ui.embed.note')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </Dialog>
  );
}
