import { useEffect, useId } from 'react';
import { Dialog } from '../Dialog';
import { EvidenceCard } from '../EvidenceCard';
import { EvidenceReviewed } from '../EvidenceReviewed';
import { useText } from '../text';

export type AboutSection = 'disclaimer' | 'dontKnow' | 'inPeople' | 'safety';

/**
 * The educational-only disclaimer and the honesty content of the science spec §3 and §7: what we
 * don't know, what studies in people show, the competing ideas, side effects and cautions, and the
 * regulatory facts. `section` scrolls to a part.
 */
export function AboutDialog({
  open,
  section = 'disclaimer',
  onClose,
  allowLinks,
}: {
  open: boolean;
  section?: AboutSection;
  onClose: () => void;
  /** Kiosks must not navigate away; elsewhere a DOI may be followed in a new tab. */
  allowLinks: boolean;
}) {
  const { t } = useText();
  const id = useId();
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];

  useEffect(() => {
    if (open && section !== 'disclaimer') document.getElementById(`${id}-${section}`)?.scrollIntoView({ block: 'start' });
  }, [open, section, id]);

  const block = (key: string, anchor?: AboutSection) => (
    <section id={anchor ? `${id}-${anchor}` : undefined}>
      <h3>{t(`honesty.${key}.title`)}</h3>
      <ul>
        {list(`honesty.${key}.items`).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );

  return (
    <Dialog open={open} onClose={onClose} title={t('honesty.disclaimer.title')} className="dialog--wide">
      <p className="dialog__lead">{t('honesty.disclaimer.body')}</p>
      <EvidenceReviewed />
      <p className="crisis-line" role="note">
        {t('honesty.crisis')}
      </p>
      {block('dontKnow', 'dontKnow')}
      <EvidenceCard card="inPeople" id={`${id}-inPeople`} allowLinks={allowLinks} />
      <EvidenceCard card="debate" allowLinks={allowLinks} />
      {block('sideEffects', 'safety')}
      <section>
        <h3>{t('honesty.cautions.title')}</h3>
        <ul>
          {list('honesty.cautions.items').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{t('honesty.cautions.note')}</p>
      </section>
      {block('regulatory')}
    </Dialog>
  );
}
