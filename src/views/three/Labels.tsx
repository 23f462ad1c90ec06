import { useLayoutEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { ActorId } from '../../science/types';
import { ANCHORS } from './layout';
import { layoutLabels, type LabelBox } from './labelLayout';

/**
 * The 3D view's labels are ordinary DOM buttons over the canvas (readable text, keyboard focus,
 * screen readers), positioned each frame by a projector inside the canvas that writes their
 * transforms and leader lines directly: no React render per frame. A label whose actor is off
 * screen is hidden, which also takes it out of the tab order.
 */
const STRIDE = 5;

export interface LabelTargets {
  readonly actors: readonly ActorId[];
  readonly buttons: (HTMLButtonElement | null)[];
  readonly leaders: (SVGLineElement | null)[];
  readonly dots: (SVGCircleElement | null)[];
  readonly boxes: LabelBox[];
  readonly order: number[];
  /** Last written x, y, shown (1/0), anchor x, anchor y per label, so an unmoved label costs no DOM write. */
  readonly written: Float32Array;
  /** Set by the projector: asks the canvas for a frame (after labels were measured). */
  invalidate: () => void;
}

export function useLabelTargets(actors: readonly ActorId[]): LabelTargets {
  return useMemo(
    () => ({
      actors,
      buttons: actors.map(() => null),
      leaders: actors.map(() => null),
      dots: actors.map(() => null),
      boxes: actors.map(() => ({ ax: 0, ay: 0, onScreen: false, w: 0, h: 0, x: 0, y: 0, left: true })),
      order: actors.map(() => 0),
      written: new Float32Array(actors.length * STRIDE).fill(Number.NaN),
      invalidate: () => undefined,
    }),
    [actors],
  );
}

export function LabelButtons({
  targets,
  label,
  focus,
  selected,
  onSelectActor,
}: {
  targets: LabelTargets;
  label: (actor: ActorId) => string;
  focus: readonly ActorId[];
  selected: ActorId | null;
  onSelectActor: (actor: ActorId) => void;
}) {
  // Measure once per render (text or language changed), never per frame.
  useLayoutEffect(() => {
    targets.buttons.forEach((button, i) => {
      const box = targets.boxes[i]!;
      box.w = button?.offsetWidth ?? 0;
      box.h = button?.offsetHeight ?? 0;
    });
    targets.written.fill(Number.NaN);
    targets.invalidate();
  });

  return (
    <div className="stage3d__labels">
      <svg className="stage3d__leaders" aria-hidden="true">
        {targets.actors.map((actor, i) => (
          <g key={actor}>
            <line ref={(el) => void (targets.leaders[i] = el)} visibility="hidden" />
            <circle ref={(el) => void (targets.dots[i] = el)} r={3} visibility="hidden" />
          </g>
        ))}
      </svg>
      {targets.actors.map((actor, i) => (
        <button
          key={actor}
          type="button"
          ref={(el) => void (targets.buttons[i] = el)}
          className={`stage3d__label${focus.includes(actor) ? ' is-focus' : ''}${selected === actor ? ' is-selected' : ''}`}
          aria-label={label(actor)}
          data-actor={actor}
          style={{ visibility: 'hidden' }}
          onClick={() => onSelectActor(actor)}
        >
          {label(actor)}
        </button>
      ))}
    </div>
  );
}

/** Inside the canvas: projects each anchor, lays the labels out, writes positions that changed. */
export function LabelProjector({ targets }: { targets: LabelTargets }) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const point = useMemo(() => new Vector3(), []);

  useLayoutEffect(() => {
    targets.invalidate = () => invalidate();
    targets.written.fill(Number.NaN);
    invalidate();
  }, [targets, invalidate]);

  useFrame(() => {
    const { actors, boxes, written } = targets;
    for (let i = 0; i < actors.length; i++) {
      const b = boxes[i]!;
      const anchor = ANCHORS[actors[i]!];
      point.set(anchor[0], anchor[1], anchor[2]).project(camera);
      b.onScreen = point.z < 1 && Math.abs(point.x) <= 0.98 && Math.abs(point.y) <= 0.98 && b.w > 0;
      b.ax = ((point.x + 1) / 2) * size.width;
      b.ay = ((1 - point.y) / 2) * size.height;
    }
    layoutLabels(boxes, targets.order, size.width, size.height);
    for (let i = 0; i < actors.length; i++) {
      const b = boxes[i]!;
      const x = Math.round(b.x);
      const y = Math.round(b.y);
      const ax = Math.round(b.ax);
      const ay = Math.round(b.ay);
      const shown = b.onScreen ? 1 : 0;
      const o = i * STRIDE;
      if (written[o] === x && written[o + 1] === y && written[o + 2] === shown && written[o + 3] === ax && written[o + 4] === ay) continue;
      written[o] = x;
      written[o + 1] = y;
      written[o + 2] = shown;
      written[o + 3] = ax;
      written[o + 4] = ay;
      const button = targets.buttons[i];
      const leader = targets.leaders[i];
      const dot = targets.dots[i];
      const visibility = shown ? 'visible' : 'hidden';
      if (button) {
        button.style.transform = `translate(${x}px, ${y}px)`;
        button.style.visibility = visibility;
      }
      if (leader && dot) {
        leader.setAttribute('x1', String(b.left ? x + b.w : x));
        leader.setAttribute('y1', String(y + b.h / 2));
        leader.setAttribute('x2', String(ax));
        leader.setAttribute('y2', String(ay));
        leader.setAttribute('visibility', visibility);
        dot.setAttribute('cx', String(ax));
        dot.setAttribute('cy', String(ay));
        dot.setAttribute('visibility', visibility);
      }
    }
  });
  return null;
}
