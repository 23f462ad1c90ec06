import { createRoot } from 'react-dom/client';
import { resolveParams } from './model/params';
import { LANGUAGES, loadLanguage } from './i18n/i18n';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import './app/theme.css';
import './app/app.css';

async function start(): Promise<void> {
  const params = resolveParams(new URLSearchParams(window.location.search), {
    languages: LANGUAGES,
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  const t = await loadLanguage(params.lang);
  document.documentElement.lang = params.lang;
  const root = createRoot(document.getElementById('root')!, {
    // A view that fails is replaced by a friendly message (ErrorBoundary); report it as a warning,
    // since the page itself carries on.
    onCaughtError: (error) => console.warn('[ketamine-explorer] recovered from a view error:', error),
  });
  root.render(<App initial={params} t={t} />);
  registerServiceWorker(params.mode);
}

void start();
