import type { Grade } from '../science/types';
import { useText } from './text';

/** The evidence grade in plain words ("Seen in animals"), with its letter for clinicians. */
export function GradeBadge({ grade, debated }: { grade: Grade; debated?: boolean }) {
  const { t, level } = useText();
  return (
    <span className="grade-badge" data-grade={grade} title={t(`grades.${grade}.explain`)}>
      <span className="grade-badge__shape" aria-hidden="true" />
      <span>{t(`grades.${grade}.name`)}</span>
      {level === 'clinician' && <span className="grade-badge__letter">({grade})</span>}
      {debated && <span className="grade-badge__debated">· {t('ui.debated')}</span>}
    </span>
  );
}
