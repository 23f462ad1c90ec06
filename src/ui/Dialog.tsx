import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useText } from './text';
import './dialog.css';

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes it on Escape and
 * returns focus to where it was, which is more robust than a hand-made focus trap.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  className,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useText();
  // The body renders the first time the dialog opens and then stays, so reopening is instant. Until
  // then a closed dialog costs nothing: the app keeps every dialog mounted, and some bodies are not
  // cheap to render (a QR code, a date in the reader's language), which would otherwise be paid
  // during the page's first seconds.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__content">
        <header className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('ui.close')}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {/* The body scrolls on small screens; keyboard users scroll it once it has focus. */}
        <div className="dialog__body" tabIndex={0} role="region" aria-labelledby={titleId}>
          {opened && children}
        </div>
      </div>
    </dialog>
  );
}
