import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { SCENES } from '../scenes';
import { AppRoot } from './app/AppRoot';
import { preloadParts } from './app/lazyPart';
import { PRERENDERED_PARAMS } from './app/prerendered';
import { parsePublicUrl } from './app/publicUrl';
import { loadLanguage } from './i18n/i18n';
import { DEFAULT_SETTINGS } from './model/settings';
import { stillOf } from './model/stills';
import type { SceneId } from './science/types';
import { loadCompositions } from './views/svg/compositions';
import { Stage } from './views/svg/Stage';

/**
 * Build-time rendering (run by tools/prerender.ts in a Vite module runner, with the app's own modules):
 * - `render()`: the default page as HTML, for dist/index.html: the first paint needs no JavaScript, and
 *   main.tsx hydrates it. `prerender` waits for the lazily loaded parts (the time-course chart), so they
 *   are in the HTML too. It is drawn with all of the English text; the browser hydrates it with the
 *   first-paint part only, so a key missing there shows as a hydration error.
 * - `renderShares()`: for each scene, its share page's body (the app opened on that scene) and the words
 *   and still picture (the scene's "still" beat, as the printed handout draws it) of its link card.
 */
export async function render(scene: SceneId = PRERENDERED_PARAMS.scene): Promise<string> {
  const [t] = await Promise.all([loadLanguage(PRERENDERED_PARAMS.lang), preloadParts(PRERENDERED_PARAMS.mode), loadCompositions()]);
  return renderStatic(<AppRoot params={{ ...PRERENDERED_PARAMS, scene }} t={t} />, 'The page');
}

async function renderStatic(node: ReactNode, what: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(node, {
    onError: (error) => void errors.push(error),
    // Every part in place in the HTML: no part sent later with an inline script (the CSP allows none).
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  if (errors.length > 0) throw new AggregateError(errors, `${what} could not be prerendered`);
  return new Response(prelude).text();
}

/** One scene's share page: its address is `<id>.html` beside index.html (tools/prerender.ts). */
export interface SharedScene {
  readonly id: SceneId;
  /** The page's title and description (also the card's). */
  readonly title: string;
  readonly description: string;
  /** Words for the poster image (og:image:alt). */
  readonly posterAlt: string;
  /** The app on this scene, for the page's #root. */
  readonly body: string;
  /** The still picture as SVG markup (CSS variables and classes of the stage's style sheets unresolved). */
  readonly still: string;
}

/**
 * Every scene's share page, and the public address (`KME_PUBLIC_URL` as given to the build, checked
 * as the app checks it; null when unset or not an http(s) address).
 */
export async function renderShares(publicUrl: string | undefined): Promise<{ base: string | null; embedTitle: string; scenes: SharedScene[] }> {
  const t = await loadLanguage(PRERENDERED_PARAMS.lang);
  const shares: SharedScene[] = [];
  for (const [index, scene] of SCENES.entries()) {
    const title = t(scene.titleKey);
    const { state, beatIndex } = stillOf(scene, DEFAULT_SETTINGS);
    const still = renderToStaticMarkup(
      <Stage
        scene={scene}
        state={state}
        beatIndex={beatIndex}
        clock={0}
        label={(actor) => t(`actors.${actor}.name`)}
        title={title}
        description={t(scene.beats[beatIndex]!.description.patient)}
        reducedMotion
        selected={null}
        onSelectActor={() => undefined}
      />,
    );
    shares.push({
      id: scene.id,
      title: `${title} · ${t('ui.appTitle')}`,
      description: t('sharePage.description', { step: index + 1, count: SCENES.length, title }),
      posterAlt: t('sharePage.posterAlt', { title }),
      body: await render(scene.id),
      still,
    });
  }
  return { base: parsePublicUrl(publicUrl), embedTitle: t('ui.embed.frameTitle'), scenes: shares };
}
