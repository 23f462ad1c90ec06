import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type SVGProps,
} from 'react';
import { STATE_VARIABLES, type SynapseState } from '../../science/types';
import { FULL_VIEW, type Camera } from './geometry';

/**
 * The stage's per-frame motion, outside React's render. React renders the picture's structure (which
 * nodes exist) when the scene, beat, settings, selection, language or size change; what moves from one
 * frame to the next (positions, opacities, glows, the camera) is written straight to those nodes by
 * updaters that one frame loop runs, the way the 3D view uses R3F's `useFrame`.
 *
 * One function per node computes its moving attributes from a frame. Render calls it for the frame
 * current at render time, so the first markup (also a server-rendered one) is already that frame's
 * picture; later frames call it again and write only the attributes whose text changed.
 */

/** What a frame of the picture depends on. */
export interface LiveFrame {
  /** The model state now. */
  readonly state: SynapseState;
  /** Ambient time in seconds (drift, pulses, scrolling traces); 0 draws a still (reduced motion, print). */
  readonly t: number;
  /** What the camera sees now (it glides between framings). */
  readonly camera: Camera;
}

/** A drawing input that is either fixed or read from each frame. */
export type LiveValue<T> = T | ((frame: LiveFrame) => T);

export function valueAt<T extends number | string | boolean>(value: LiveValue<T>, frame: LiveFrame): T {
  return typeof value === 'function' ? value(frame) : value;
}

/**
 * Attributes a frame may change, by their React names (the same as the DOM's except `textAnchor`) or
 * data-* names. A value of null removes the attribute; a name left out keeps whatever it had (so a
 * hidden node need not compute where it would be).
 */
export type LiveAttrs = {
  readonly [name in LiveAttrName]?: string | number | null;
};
type LiveAttrName =
  | 'transform'
  | 'opacity'
  | 'display'
  | 'd'
  | 'cx'
  | 'cy'
  | 'r'
  | 'rx'
  | 'ry'
  | 'x'
  | 'x1'
  | 'y1'
  | 'x2'
  | 'y2'
  | 'textAnchor'
  | `data-${string}`;

const DOM_NAMES: Readonly<Record<string, string>> = { textAnchor: 'text-anchor' };

type ComputeAttrs = (frame: LiveFrame) => LiveAttrs;

/** Numbers are written to a thousandth of a unit: finer than any screen shows, and shorter to compare. */
const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value;

/** Not drawn at all (and not hit by the pointer), as if it were not there. */
export const HIDDEN: LiveAttrs = { display: 'none' };

/** Drawn at `opacity` where `visible`, else hidden. */
export const shownIf = (visible: boolean, opacity: number): LiveAttrs => (visible ? { opacity, display: null } : HIDDEN);

/** Fades with `opacity` and is hidden once it reaches 0. */
export const fade = (opacity: number): LiveAttrs => shownIf(opacity > 0, opacity);

// Moving parts are placed to a tenth of a unit and turned to a tenth of a degree: at the closest
// framing on a TV a tenth of a unit is about a quarter of a pixel, while finer steps would make a
// slowly drifting particle write (and the browser repaint the picture) on frames where it does not
// visibly move.
const tenths = (value: number) => Math.round(value * 10) / 10;
/** An SVG translate, to a tenth of a unit. */
export const translate = (x: number, y: number) => `translate(${tenths(x)} ${tenths(y)})`;
/** An SVG rotation in degrees, to a tenth. */
export const rotate = (degrees: number) => `rotate(${tenths(degrees)})`;

interface LiveNode {
  element: Element | null;
  compute: ComputeAttrs;
  /** The text each attribute was last written with (absent: unknown, write it). */
  written: Record<string, string | null>;
  /** Just rendered: React wrote only the attributes whose rendered text changed, so compare with the DOM. */
  rendered: boolean;
}

function write(node: LiveNode, frame: LiveFrame): void {
  const { element, written, rendered } = node;
  if (!element) return;
  node.rendered = false;
  const attrs = node.compute(frame);
  for (const name in attrs) {
    const value = text(attrs[name as LiveAttrName]);
    const domName = DOM_NAMES[name] ?? name;
    const current = rendered ? element.getAttribute(domName) : written[name];
    written[name] = value;
    if (current === value) continue;
    if (value === null) element.removeAttribute(domName);
    else element.setAttribute(domName, value);
  }
}

/**
 * One stage's updaters and the frame they draw. `sample` gives the frame now (the stage sets it);
 * `draw` runs every updater on it.
 */
export class LiveLayer {
  private readonly nodes = new Set<LiveNode>();
  private pending = false;
  /** The frame drawn last, or null before the first draw. */
  frame: LiveFrame | null = null;
  /** Draws so far: lets a helper loop see whether something else drew since it last looked. */
  draws = 0;

  constructor(public sample: () => LiveFrame) {}

  add(node: LiveNode): () => void {
    this.nodes.add(node);
    return () => this.nodes.delete(node);
  }

  draw(): void {
    this.pending = false;
    this.draws++;
    const frame = this.sample();
    this.frame = frame;
    for (const node of this.nodes) write(node, frame);
  }

  /** Draws once before the browser paints (after a re-render left some attributes as render wrote them). */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      if (this.pending) this.draw();
    });
  }
}

/** Every state variable at 0: what an actor sees outside a stage (legend symbols pass fixed values). */
const NO_STATE = Object.fromEntries(STATE_VARIABLES.map((variable) => [variable, 0])) as SynapseState;
export const STILL_FRAME: LiveFrame = { state: NO_STATE, t: 0, camera: FULL_VIEW };

interface LiveContextValue {
  /** Where updaters register; null for a still picture, which never changes after render. */
  readonly layer: LiveLayer | null;
  /** The frame this render draws. */
  readonly frame: LiveFrame;
}

const LiveContext = createContext<LiveContextValue>({ layer: null, frame: STILL_FRAME });

export function LiveProvider({ layer, frame, children }: LiveContextValue & { children: ReactNode }) {
  return <LiveContext value={{ layer, frame }}>{children}</LiveContext>;
}

type LiveProps = { -readonly [name in Exclude<LiveAttrName, 'textAnchor'>]?: string } & {
  textAnchor?: SVGProps<SVGElement>['textAnchor'];
  readonly ref: (element: Element | null) => () => void;
};

/**
 * Props for one SVG node whose attributes move: spread them onto the element. `compute` runs in render
 * (for the frame being rendered) and on every later frame, where only changed attributes are written.
 */
export function useLiveAttrs(compute: ComputeAttrs): LiveProps {
  const { layer, frame } = useContext(LiveContext);
  const node = useRef<LiveNode>(null);
  node.current ??= { element: null, compute, written: {}, rendered: true };

  useLayoutEffect(() => {
    // After each commit: the newest compute, and a draw that compares with what is in the DOM (React
    // left attributes whose rendered text did not change as an earlier frame wrote them).
    node.current!.compute = compute;
    node.current!.written = {};
    node.current!.rendered = true;
    layer?.schedule();
  });

  const ref = useCallback(
    (element: Element | null) => {
      const current = node.current!;
      current.element = element;
      const remove = layer?.add(current);
      return () => {
        current.element = null;
        remove?.();
      };
    },
    [layer],
  );

  const props: Record<string, unknown> = { ref };
  const attrs = compute(frame);
  for (const name in attrs) props[name] = text(attrs[name as LiveAttrName]) ?? undefined;
  return props as LiveProps;
}

type LiveTag = 'g' | 'circle' | 'ellipse' | 'line' | 'path' | 'rect' | 'text';

/** An SVG element with moving attributes, for use inline (in a map, where a hook cannot be). */
export function Live<T extends LiveTag>({ as, live, ...rest }: { as: T; live: ComputeAttrs } & Omit<SVGProps<SVGElement>, 'ref'>) {
  return createElement(as, { ...rest, ...useLiveAttrs(live) });
}
