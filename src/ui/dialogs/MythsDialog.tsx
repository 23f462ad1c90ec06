import { MYTHS } from '../../science/myths';
import { getReference } from '../../science/references';
import { Dialog } from '../Dialog';
import { GradeBadge } from '../GradeBadge';
import { useText } from '../text';

/** "What you may have read": common claims from clinic marketing, each with its grade and a calm correction. */
export function MythsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, level } = useText();
  return (
    <Dialog open={open} onClose={onClose} title={t('myths.title')} className="dialog--wide">
      <p className="dialog__lead">{t('myths.lead')}</p>
      <ol className="claim-list">
        {MYTHS.map((myth) => (
          <li key={myth.id} data-myth={myth.id}>
            <p className="claim-list__claim">“{t(`myths.items.${myth.id}.claim`)}”</p>
            <div className="claim-list__head">
              <GradeBadge grade={myth.grade} />
            </div>
            <p>{t(`myths.items.${myth.id}.${level}`)}</p>
            <p className="ref-list" lang="en">
              {myth.refs.map((id) => getReference(id).short).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
