import { EVIDENCE_CARDS, type EvidenceCardId } from '../science/cards';
import { GradeBadge } from './GradeBadge';
import { RefList } from './RefList';
import { useText } from './text';

/**
 * An evidence card ("What studies in people show", "Scientists still debate"): each statement at the
 * chosen wording level, with its grade and its sources, like every claim of the scenes.
 */
export function EvidenceCard({ card, id, allowLinks }: { card: EvidenceCardId; id?: string; allowLinks: boolean }) {
  const { t, level } = useText();
  return (
    <section id={id} data-card={card}>
      <h3>{t(`evidence.${card}.title`)}</h3>
      <p>{t(`evidence.${card}.lead`)}</p>
      <ol className="claim-list">
        {EVIDENCE_CARDS[card].map((item) => (
          <li key={item.id} data-card-item={item.id}>
            <div className="claim-list__head">
              <GradeBadge grade={item.grade} debated={item.debated} />
            </div>
            <p>{t(`evidence.${card}.items.${item.id}.${level}`)}</p>
            <RefList refs={item.refs} allowLinks={allowLinks} />
          </li>
        ))}
      </ol>
    </section>
  );
}
