import { useEffect, useRef, useState } from 'react';
import { easeCubicInOut } from 'd3-ease';
import { lerp, type Camera } from './geometry';

/** How long the camera glides between framings (storyboard: "about a second, eased"). */
const GLIDE_MS = 1300;

const blend = (a: Camera, b: Camera, k: number): Camera => ({
  x: lerp(a.x, b.x, k),
  y: lerp(a.y, b.y, k),
  w: a.w * Math.pow(b.w / a.w, k), // zoom feels even when the scale moves geometrically
  inset: lerp(a.inset, b.inset, k),
});

/**
 * The camera shown now, gliding to `target` whenever the framing changes. It runs on its own animation
 * frames (not the playback clock) so a framing change while paused or stepping still glides. With
 * `still` (reduced motion), or when `scope` changes (another scene's world), it jumps instead.
 */
export function useCamera(target: Camera, still: boolean, scope: string): Camera {
  const [shown, setShown] = useState(target);
  const current = useRef(target);
  const lastScope = useRef(scope);

  useEffect(() => {
    const from = current.current;
    const jump = still || lastScope.current !== scope;
    lastScope.current = scope;
    if (jump || (from.x === target.x && from.y === target.y && from.w === target.w && from.inset === target.inset)) {
      current.current = target;
      setShown(target);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const k = Math.min(1, (now - start) / GLIDE_MS);
      current.current = blend(from, target, easeCubicInOut(k));
      setShown(current.current);
      if (k < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, still, scope]);

  return shown;
}
