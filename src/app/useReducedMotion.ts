import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the viewer asked for reduced motion, now (for effects and handlers outside rendering). */
export function prefersReducedMotion(): boolean {
  return window.matchMedia(QUERY).matches;
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The reduced-motion preference for rendering, following changes. The prerendered page is drawn with
 * motion on (its picture is the first frame of the scene), so hydration renders `false` too and the
 * still pictures of reduced motion take over in the render right after.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
