import { contentBox, overlayViewBox, pathData, toPicture, type Box } from './ink';
import type { Stroke, StrokeTool } from './protocol';

const SVG = 'http://www.w3.org/2000/svg';
/** How long a laser segment stays before it has faded (its CSS animation, consult.css, lasts as long). */
const LASER_FADE_MS = 700;

interface Drawn {
  tool: StrokeTool;
  points: number[];
  path: SVGPathElement;
}

/**
 * The ink over the picture, drawn straight into one <svg> (the same in the presenter and the audience
 * windows): strokes are written to the DOM as points arrive, never through React, so drawing costs no
 * re-render. The <svg> is laid over the picture's element (the 2D stage's <svg> or the 3D canvas) and
 * its viewBox is set so that it draws in picture units (./ink.ts); a window of another size draws the
 * same strokes on the same parts of the picture.
 */
export class InkSurface {
  private readonly drawn = new Map<number, Drawn>();
  /** The last point of each laser stroke under way, where its next trail segment starts. */
  private readonly lastLaser = new Map<number, [number, number]>();
  private readonly dot: SVGCircleElement;
  private content: Box = { x: 0, y: 0, width: 0, height: 0 };

  constructor(
    readonly svg: SVGSVGElement,
    private readonly frame: HTMLElement,
  ) {
    this.dot = document.createElementNS(SVG, 'circle');
    this.dot.setAttribute('class', 'ink-laser-dot');
    this.dot.setAttribute('r', '0.012');
    this.dot.style.display = 'none';
    svg.append(this.dot);
    this.count();
  }

  /** The element the picture is drawn in now: the 3D canvas while it is shown, else the 2D stage. */
  private picture(): { element: Element; kind: '2d' | '3d' } | null {
    const canvas = this.frame.querySelector('.stage--3d:not(.stage--standby) canvas');
    if (canvas) return { element: canvas, kind: '3d' };
    const stage = this.frame.querySelector('svg.kme-stage');
    return stage ? { element: stage, kind: '2d' } : null;
  }

  /** Lays the overlay over the picture again (after a resize, a view switch). */
  layout(): void {
    const picture = this.picture();
    if (!picture) return;
    const frame = this.frame.getBoundingClientRect();
    const r = picture.element.getBoundingClientRect();
    const element: Box = { x: r.left, y: r.top, width: r.width, height: r.height };
    this.content = contentBox(element, picture.element instanceof SVGSVGElement ? picture.element.viewBox.baseVal : null);
    const style = this.svg.style;
    style.left = `${r.left - frame.left}px`;
    style.top = `${r.top - frame.top}px`;
    style.width = `${r.width}px`;
    style.height = `${r.height}px`;
    this.svg.setAttribute('viewBox', overlayViewBox(element, this.content));
    this.svg.dataset.picture = picture.kind;
  }

  /** Lays the overlay out again whenever the frame's size or what it shows changes; returns the stop. */
  watch(): () => void {
    const relayout = () => this.layout();
    const resize = new ResizeObserver(relayout);
    resize.observe(this.frame);
    // A view switch swaps the picture's element; the ink's own strokes are not a reason to look again.
    const swap = new MutationObserver((records) => {
      if (records.some((record) => !this.svg.contains(record.target))) relayout();
    });
    swap.observe(this.frame, { childList: true, subtree: true });
    relayout();
    return () => {
      resize.disconnect();
      swap.disconnect();
    };
  }

  /** A pointer's client position in picture units. */
  toPicture(clientX: number, clientY: number): [number, number] {
    return toPicture(clientX, clientY, this.content);
  }

  /** Adds `points` to stroke `id` (creating it with `tool`). A laser's new segments fade as they are drawn. */
  extend(id: number, tool: StrokeTool, points: readonly number[]): void {
    if (tool === 'laser') {
      this.laser(id, points);
      return;
    }
    let stroke = this.drawn.get(id);
    if (!stroke) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', `ink-stroke ink-stroke--${tool}`);
      this.svg.insertBefore(path, this.dot);
      stroke = { tool, points: [], path };
      this.drawn.set(id, stroke);
    }
    stroke.points.push(...points);
    stroke.path.setAttribute('d', pathData(stroke.points));
    this.count();
  }

  private laser(id: number, points: readonly number[]): void {
    let last = this.lastLaser.get(id);
    for (let i = 0; i < points.length; i += 2) {
      const next: [number, number] = [points[i]!, points[i + 1]!];
      if (last) {
        const segment = document.createElementNS(SVG, 'line');
        segment.setAttribute('class', 'ink-laser-trail');
        segment.setAttribute('x1', String(last[0]));
        segment.setAttribute('y1', String(last[1]));
        segment.setAttribute('x2', String(next[0]));
        segment.setAttribute('y2', String(next[1]));
        this.svg.insertBefore(segment, this.dot);
        // A timer, not animationend: with reduced motion the fade may not run at all.
        setTimeout(() => segment.remove(), LASER_FADE_MS);
      }
      last = next;
    }
    if (!last) return;
    this.lastLaser.set(id, last);
    this.dot.setAttribute('cx', String(last[0]));
    this.dot.setAttribute('cy', String(last[1]));
    this.dot.style.display = '';
    this.svg.dataset.laser = 'on';
  }

  /** The pointer was lifted: a laser's dot goes (its trail fades by itself). */
  end(id: number): void {
    if (this.lastLaser.delete(id) && this.lastLaser.size === 0) {
      this.dot.style.display = 'none';
      this.svg.dataset.laser = 'off';
    }
  }

  remove(ids: readonly number[]): void {
    for (const id of ids) {
      this.drawn.get(id)?.path.remove();
      this.drawn.delete(id);
    }
    this.count();
  }

  clear(): void {
    this.remove([...this.drawn.keys()]);
  }

  /** Makes the kept ink exactly `strokes` (an audience catching up), redrawing only what differs. */
  replace(strokes: readonly Stroke[]): void {
    const wanted = new Set(strokes.map((s) => s.id));
    this.remove([...this.drawn.keys()].filter((id) => !wanted.has(id)));
    for (const stroke of strokes) {
      const have = this.drawn.get(stroke.id);
      if (have && have.points.length === stroke.points.length) continue;
      if (have) this.remove([stroke.id]);
      this.extend(stroke.id, stroke.tool, stroke.points);
    }
  }

  /** The kept ink (pen and highlighter strokes), as the protocol sends it. */
  strokes(): Stroke[] {
    return [...this.drawn].map(([id, { tool, points }]) => ({ id, tool, points: [...points] }));
  }

  /** How many strokes are kept, on the <svg> (`data-strokes`) and the points they hold (`data-points`): tests wait on these. */
  private count(): void {
    let points = 0;
    for (const stroke of this.drawn.values()) points += stroke.points.length / 2;
    this.svg.dataset.strokes = String(this.drawn.size);
    this.svg.dataset.points = String(points);
  }
}
