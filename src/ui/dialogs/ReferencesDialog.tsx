import type { Beat, SceneDefinition } from '../../science/types';
import { getClaim } from '../../science/claims';
import { Dialog } from '../Dialog';
import { EvidenceReviewed } from '../EvidenceReviewed';
import { GradeBadge } from '../GradeBadge';
import { RefList } from '../RefList';
import { useText } from '../text';

/** Every claim of the scene with its grade and sources; the current beat's claims first. */
export function ReferencesDialog({
  open,
  onClose,
  scene,
  beat,
  allowLinks,
}: {
  open: boolean;
  onClose: () => void;
  scene: SceneDefinition;
  beat: Beat;
  /** Kiosks must not navigate away; elsewhere a DOI may be followed in a new tab. */
  allowLinks: boolean;
}) {
  const { t, level } = useText();
  const sceneClaims = [...new Set(scene.beats.flatMap((b) => b.claims))];
  const ordered = [...beat.claims, ...sceneClaims.filter((id) => !beat.claims.includes(id))];

  return (
    <Dialog open={open} onClose={onClose} title={t('ui.referencesTitle', { scene: t(scene.titleKey) })} className="dialog--wide">
      <p className="dialog__lead">{t('ui.referencesLead')}</p>
      <EvidenceReviewed />
      <ol className="claim-list">
        {ordered.map((id) => {
          const claim = getClaim(id);
          return (
            <li key={id} className={beat.claims.includes(id) ? 'is-current' : undefined} data-claim={id}>
              <div className="claim-list__head">
                <GradeBadge grade={claim.grade} debated={claim.debated} />
                {beat.claims.includes(id) && <span className="claim-list__now">{t('ui.shownNow')}</span>}
              </div>
              <p>{t(`claims.${id}.${level}`)}</p>
              <RefList refs={claim.refs} allowLinks={allowLinks} />
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
