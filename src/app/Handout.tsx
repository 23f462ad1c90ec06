import { SCENES } from '../../scenes';
import { getClaim, referencesOf } from '../science/claims';
import { getReference } from '../science/references';
import type { PanelSettings } from '../model/settings';
import { stillOf } from '../model/stills';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EvidenceReviewed } from '../ui/EvidenceReviewed';
import { GradeBadge } from '../ui/GradeBadge';
import { TakeHomeCode } from '../ui/TakeHomeCode';
import { useText } from '../ui/text';
import { Stage } from '../views/svg/Stage';
import { takeHomeLink } from './takeHomeLink';
// Printing shows the handout instead of the app: the print styles come with it, after the first paint.
import './print.css';

const noop = () => undefined;

/**
 * The printed patient handout: hidden on screen, it is what the print stylesheet shows. Five steps,
 * each with a still picture and its plain caption, then what we don't know, the disclaimer, the
 * dates (printed, evidence reviewed) and the references. Always in plain wording: it goes home with
 * the patient, with the "take this home" QR code of `scene` (the one on screen) beside the title. The QR
 * code's module comes with this one: the sheet is drawn at `beforeprint`, with no time to fetch it then.
 */
export default function Handout({ settings, scene: sceneOnScreen }: { settings: PanelSettings; scene: string }) {
  const { t, lang } = useText();
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  const stills = SCENES.map((scene) => ({ scene, ...stillOf(scene, settings) }));
  const claimIds = stills.flatMap(({ scene, beatIndex }) => scene.beats[beatIndex]!.claims);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());

  return (
    <article className="handout">
      <header className="handout__header">
        <div>
          <h1>{t('handout.title')}</h1>
          <p className="handout__date">{t('handout.printed', { date })}</p>
          <EvidenceReviewed />
          <p>{t('handout.intro')}</p>
        </div>
        <TakeHomeCode url={takeHomeLink(sceneOnScreen, lang).url} caption={t('ui.takeHome.handout')} className="take-home--print" />
      </header>
      <h2>{t('handout.stepsTitle')}</h2>
      <ol className="handout__steps">
        {stills.map(({ scene, state, beatIndex }, index) => {
          const beat = scene.beats[beatIndex]!;
          return (
            <li key={scene.id}>
              <div className="handout__picture">
                {/* A picture that cannot be drawn leaves its box empty; the handout's words still print. */}
                <ErrorBoundary fallback={() => null}>
                  <Stage
                    scene={scene}
                    state={state}
                    beatIndex={beatIndex}
                    clock={0}
                    label={(actor) => t(`actors.${actor}.name`)}
                    title={t(scene.titleKey)}
                    description={t(beat.description.patient)}
                    reducedMotion
                    selected={null}
                    onSelectActor={noop}
                  />
                </ErrorBoundary>
              </div>
              <div>
                <h3>
                  {t('handout.step', { number: index + 1 })}: {t(scene.titleKey)}
                </h3>
                <p>{t(beat.caption.patient)}</p>
                <GradeBadge grade={getClaim(beat.claims[0]!).grade} />
              </div>
            </li>
          );
        })}
      </ol>
      <section className="handout__columns">
        <div>
          <h2>{t('honesty.dontKnow.title')}</h2>
          <ul>{list('honesty.dontKnow.items').map((item) => <li key={item}>{item}</li>)}</ul>
        </div>
        <div>
          <h2>{t('handout.askTitle')}</h2>
          <ul>{list('handout.ask').map((item) => <li key={item}>{item}</li>)}</ul>
        </div>
      </section>
      <p className="handout__disclaimer">{t('honesty.disclaimer.body')}</p>
      <p className="handout__crisis">{t('honesty.crisis')}</p>
      <h2>{t('handout.referencesTitle')}</h2>
      <ol className="handout__refs">
        {referencesOf(claimIds).map((id) => (
          <li key={id} lang="en">
            {getReference(id).citation}
          </li>
        ))}
      </ol>
    </article>
  );
}
