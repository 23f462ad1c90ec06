import { startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { resolveParams } from './model/params';
import type { KioskSettings } from './model/kioskSettings';
import { LANGUAGES, firstPaintTranslator, loadLanguage } from './i18n/i18n';
import { AppRoot } from './app/AppRoot';
import { importWithRetry } from './app/importWithRetry';
import { preloadParts } from './app/lazyPart';
import { loadModeStyles } from './app/modeStyles';
import { matchesPrerender } from './app/prerendered';
import { registerServiceWorker } from './app/registerServiceWorker';
import { loadCompositions } from './views/svg/compositions';
import './app/theme.css';
import './app/app.css';

const options: RootOptions = {
  // A view that fails is replaced by a friendly message (ErrorBoundary); report it as a warning,
  // since the page itself carries on.
  onCaughtError: (error) => console.warn('[ketamine-explorer] recovered from a view error:', error),
};

async function start(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  // A share page (<scene>.html, tools/sharePages.ts) opens its own scene unless the address names one.
  const shared = document.documentElement.dataset.share;
  if (shared && !query.has('scene')) query.set('scene', shared);
  let params = resolveParams(query, {
    languages: LANGUAGES,
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  // A waiting-room screen reads its clinic's kiosk.json first (never the prerendered page: no hydration).
  let kiosk: KioskSettings | undefined;
  if (params.mode === 'kiosk') {
    ({ params, kiosk } = await importWithRetry(() => import('./app/kiosk/kioskConfig')).then((m) => m.configureKiosk(params, LANGUAGES)));
  }
  const container = document.getElementById('root')!;
  if (container.firstElementChild && matchesPrerender(params)) {
    // The page on screen (written by the build) is this page's first render: React takes it over as it
    // is, in slices that leave the browser free to answer input. The rest of the text follows (useLanguage).
    startTransition(() => {
      hydrateRoot(container, <AppRoot params={params} t={firstPaintTranslator()} />, options);
    });
  } else {
    // Another page was asked for: it replaces the prerendered one once its words, styles, parts and pictures are here.
    const [t] = await Promise.all([
      loadLanguage(params.lang, importWithRetry),
      importWithRetry(() => loadModeStyles(params.mode)),
      preloadParts(params.mode),
      loadCompositions(importWithRetry),
    ]);
    document.documentElement.lang = params.lang;
    createRoot(container, options).render(<AppRoot params={params} kiosk={kiosk} t={t} />);
  }
  registerServiceWorker(params.mode);
}

void start();
