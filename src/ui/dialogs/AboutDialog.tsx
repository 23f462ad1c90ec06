import { Dialog } from '../Dialog';
import { useText } from '../text';

/** The educational-only disclaimer and the honesty content of the science spec §3. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useText();
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  return (
    <Dialog open={open} onClose={onClose} title={t('honesty.disclaimer.title')} className="dialog--wide">
      <p className="dialog__lead">{t('honesty.disclaimer.body')}</p>
      <p className="crisis-line" role="note">
        {t('honesty.crisis')}
      </p>
      <section>
        <h3>{t('honesty.dontKnow.title')}</h3>
        <ul>{list('honesty.dontKnow.items').map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
      <section>
        <h3>{t('honesty.debate.title')}</h3>
        <ul>{list('honesty.debate.items').map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
      <section>
        <h3>{t('honesty.sideEffects.title')}</h3>
        <ul>{list('honesty.sideEffects.items').map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
      <section>
        <h3>{t('honesty.regulatory.title')}</h3>
        <ul>{list('honesty.regulatory.items').map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
    </Dialog>
  );
}
