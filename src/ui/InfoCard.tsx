import { useCallback, useEffect, useRef } from 'react';
import type { ActorId } from '../science/types';
import { useText } from './text';
import './infoCard.css';

/**
 * What the selected actor is, in the chosen wording. It is not a dialog: focus stays on the label
 * that opened it (the card is announced politely). Escape or the close button closes it and gives
 * focus back to that label, or to the same actor's label if the stage has redrawn it since.
 */
export function InfoCard({ actor, onClose }: { actor: ActorId; onClose: () => void }) {
  const { t, level } = useText();
  const card = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | SVGElement | null>(null);

  useEffect(() => {
    const active = document.activeElement;
    if (card.current?.contains(active)) return;
    // Opened by a click on the drawing itself, nothing focusable opened it.
    opener.current = (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body ? active : null;
  }, [actor]);

  const close = useCallback(() => {
    const active = document.activeElement;
    // Move focus only if closing would lose it (it was in the card) or it was nowhere in particular.
    const restore = !active || active === document.body || card.current?.contains(active);
    onClose();
    if (!restore || !opener.current) return;
    const actorOfOpener = opener.current.getAttribute('data-actor');
    const redrawn = actorOfOpener ? document.querySelector<HTMLElement | SVGElement>(`[data-actor="${actorOfOpener}"]:is(button, [tabindex])`) : null;
    (opener.current.isConnected ? opener.current : redrawn)?.focus();
  }, [onClose]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <aside ref={card} className="info-card" aria-labelledby="info-card-title" aria-live="polite">
      <header>
        <h2 id="info-card-title">{t(`actors.${actor}.name`)}</h2>
        <button type="button" className="icon-button icon-button--small" onClick={close} aria-label={t('ui.closeInfo')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p>{t(`actors.${actor}.${level}`)}</p>
    </aside>
  );
}
