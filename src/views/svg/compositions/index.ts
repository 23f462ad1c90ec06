import { useEffect, useSyncExternalStore } from 'react';
import type { SceneId } from '../../../science/types';
import { FULL_VIEW } from '../geometry';
import { nmdaBlockade } from './NmdaBlockade';
import type { Composition } from './types';

/**
 * Each scene's picture. The first scene's is in the first load (the prerendered page draws it); the
 * other four come in one chunk, fetched right after the first paint (`loadCompositions`), and before a
 * first render that shows one of them.
 */
const loaded: Partial<Record<SceneId, Composition>> = { 'nmda-blockade': nmdaBlockade };
const listeners = new Set<() => void>();
let loading: Promise<void> | undefined;

/** How a file is fetched: at once, or through a retrying loader (app/importWithRetry). */
type Fetch = <T>(load: () => Promise<T>) => Promise<T>;
const once: Fetch = (load) => load();

/** Loads every scene's picture (once; a failed load is tried afresh by the next call). */
export function loadCompositions(fetch: Fetch = once): Promise<void> {
  loading ??= fetch(() => import('./laterScenes')).then((later) => {
    Object.assign(loaded, {
      'glutamate-surge': later.glutamateSurge,
      'ampa-activation': later.ampaActivation,
      'bdnf-release': later.bdnfRelease,
      synaptogenesis: later.synaptogenesis,
    });
    for (const listener of listeners) listener();
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** A scene whose picture is still on its way (only in the moment after the first paint): an empty stage. */
const PENDING: Composition = { camera: () => FULL_VIEW, labels: () => [], World: () => null };

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The picture of scene `id`, or an empty one until it has loaded (the stage draws again then). */
export function useComposition(id: SceneId): Composition {
  const read = () => loaded[id] ?? PENDING;
  const composition = useSyncExternalStore(subscribe, read, read);
  useEffect(() => {
    if (composition === PENDING) void loadCompositions().catch(() => undefined);
  }, [composition]);
  return composition;
}
