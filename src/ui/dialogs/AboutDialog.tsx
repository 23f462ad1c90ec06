import { useEffect, useId } from 'react';
import { Dialog } from '../Dialog';
import { useText } from '../text';

export type AboutSection = 'disclaimer' | 'dontKnow' | 'safety';

/**
 * The educational-only disclaimer and the honesty content of the science spec §3: what we don't know,
 * the competing ideas, side effects and cautions, and the regulatory facts. `section` scrolls to a part.
 */
export function AboutDialog({ open, section = 'disclaimer', onClose }: { open: boolean; section?: AboutSection; onClose: () => void }) {
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
      <p className="crisis-line" role="note">
        {t('honesty.crisis')}
      </p>
      {block('dontKnow', 'dontKnow')}
      {block('debate')}
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
