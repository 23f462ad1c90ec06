import type { Beat, SceneDefinition } from '../science/types';
import { getClaim } from '../science/claims';
import type { StatusNote } from '../model/state';
import { GradeBadge } from './GradeBadge';
import { Presence } from './Presence';
import { ReadAloud } from './ReadAloud';
import { useText } from './text';

/** What a beat's caption rests on: its lead claim's grade, whether any of it is debated or seen only in animals. */
export function captionEvidence(beat: Beat) {
  const claims = beat.claims.map(getClaim);
  const lead = claims[0]!;
  // Say so when the caption rests on animal work, wholly or in part (the lead claim may be human data).
  const animalFlag = lead.animalOnly ? 'ui.animalStudies' : claims.some((c) => c.animalOnly) ? 'ui.partlyAnimal' : null;
  return { grade: lead.grade, debated: claims.some((c) => c.debated), animalFlag };
}

/**
 * The narrated caption of the current beat, its evidence grade and the way to its references.
 * `data-caption` holds the caption's sentences only (interface.md); badges and buttons sit beside it.
 */
export function CaptionCard({
  scene,
  beat,
  notes,
  onShowReferences,
}: {
  scene: SceneDefinition;
  beat: Beat;
  notes: readonly StatusNote[];
  onShowReferences: () => void;
}) {
  const { t, level } = useText();
  const { grade, debated, animalFlag } = captionEvidence(beat);
  const captionKey = beat.caption[level];

  return (
    <section className="caption-card" aria-labelledby="caption-title">
      {/* One caption at a time: the last one fades out before the next fades in. */}
      <Presence itemKey={captionKey} mode="wait" fade="rise" ms={350}>
        <h2 id="caption-title" className="caption-card__title">
          {t(`scenes.${scene.id}.beats.${beat.id}.title`)}
        </h2>
        <p className="caption-card__text" data-caption="">
          {t(captionKey)}
        </p>
      </Presence>
      <div className="caption-card__meta">
        <GradeBadge grade={grade} debated={debated} />
        {animalFlag && <span className="caption-card__flag">{t(animalFlag)}</span>}
        <button type="button" className="link-button" onClick={onShowReferences}>
          {t('ui.references')}
        </button>
        <ReadAloud text={t(captionKey)} />
      </div>
      {beat.clock === 'now' && notes.length > 0 && (
        <ul className="status-notes" aria-label={t('ui.statusNotes')}>
          {notes.map((note) => (
            <li key={note} className={`status-note status-note--${note}`}>
              {t(`notes.${note}`)}
            </li>
          ))}
        </ul>
      )}
      <details className="caption-card__limits">
        <summary>{t('ui.limitsTitle')}</summary>
        <p>{t(scene.limitsKey)}</p>
      </details>
    </section>
  );
}
