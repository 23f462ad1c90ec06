import { EVIDENCE_REVIEWED } from '../science/review';
import { useText } from './text';

/** The review month in the language's own words: "December 2026", "diciembre de 2026". */
export function reviewedMonth(lang: string): string {
  const [year, month] = EVIDENCE_REVIEWED.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** "Evidence reviewed: December 2026", shown wherever the app lists its evidence. */
export function EvidenceReviewed() {
  const { t, lang } = useText();
  return <p className="evidence-reviewed">{t('evidence.reviewed', { date: reviewedMonth(lang) })}</p>;
}
