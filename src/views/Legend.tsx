import type { ActorId } from '../science/types';
import { ActorSymbol } from './svg/ActorSymbol';

/** Names every actor's symbol in the current scene; each entry opens that actor's info card. */
export function Legend({
  actors,
  title,
  label,
  onSelect,
}: {
  actors: readonly ActorId[];
  title: string;
  label: (actor: ActorId) => string;
  onSelect: (actor: ActorId) => void;
}) {
  return (
    <section className="legend" aria-label={title}>
      <h2 className="legend__title">{title}</h2>
      <ul>
        {actors.map((actor) => (
          <li key={actor}>
            <button type="button" className="legend__item" onClick={() => onSelect(actor)}>
              <ActorSymbol actor={actor} size={28} />
              <span>{label(actor)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
