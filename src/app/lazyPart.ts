import { createElement, lazy, type ComponentType } from 'react';
import type { Mode } from '../model/params';
import { importWithRetry } from './importWithRetry';

const preloads: { modes: readonly Mode[] | undefined; preload: () => Promise<void> }[] = [];

/**
 * A part of the page (the legend, the settings panel, the kiosk's cards) whose code is not in the first
 * load. Render it inside a <Suspense>. Over a prerendered page, React keeps the part's HTML as it is until
 * the code arrives and then hydrates it: nothing on screen changes, and a click on it waits for it.
 * Before a first render without prerendered HTML under it, `preloadParts(mode)` fetches the parts of that
 * mode (`modes`; all modes when not given), so they draw at once instead of appearing a moment later
 * (main.tsx; the prerender does the same). `pick` takes the component out of the loaded module.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  modes?: readonly Mode[],
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  // `pick` after the retries: a retry may import the module's file again by its URL (importWithRetry).
  const preload = () =>
    (loading ??= importWithRetry(load).then((module) => {
      loaded = pick(module);
    }));
  preloads.push({ modes, preload });
  const Pending = lazy(() => preload().then(() => ({ default: loaded! })));
  return function Part(props: P) {
    return createElement(loaded ?? Pending, props);
  };
}

/** Fetches the code of every lazy part that `mode` shows. */
export function preloadParts(mode: Mode): Promise<void> {
  const parts = preloads.filter((part) => !part.modes || part.modes.includes(mode));
  return Promise.all(parts.map((part) => part.preload())).then(() => undefined);
}
