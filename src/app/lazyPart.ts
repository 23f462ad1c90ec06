import { createElement, lazy, type ComponentType } from 'react';
import { importWithRetry } from './importWithRetry';

const preloads: (() => Promise<void>)[] = [];

/**
 * A part of the page (the legend, the settings panel, the kiosk's cards) whose code is not in the first
 * load. Render it inside a <Suspense>. Over a prerendered page, React keeps the part's HTML as it is until
 * the code arrives and then hydrates it: nothing on screen changes, and a click on it waits for it.
 * Before a first render without prerendered HTML under it, `preloadParts()` fetches every part, so they
 * draw at once instead of appearing a moment later (main.tsx; the prerender does the same).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= importWithRetry(load).then((component) => {
      loaded = component;
    }));
  preloads.push(preload);
  const Pending = lazy(() => preload().then(() => ({ default: loaded! })));
  return function Part(props: P) {
    return createElement(loaded ?? Pending, props);
  };
}

/** Fetches the code of every lazy part. */
export function preloadParts(): Promise<void> {
  return Promise.all(preloads.map((preload) => preload())).then(() => undefined);
}
