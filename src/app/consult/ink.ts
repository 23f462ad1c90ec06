import type { Stroke, StrokeTool } from './protocol';

/**
 * Where ink lands, in a form that survives a window of another size or shape. Points are kept in
 * "picture units": measured from the centre of the picture's content box, in heights of that box.
 * So (0, 0) is the middle of the picture, v runs from -0.5 (top) to 0.5 (bottom), and u from
 * -aspect/2 to aspect/2.
 *
 * - 2D: the content box is the stage's viewBox rectangle as preserveAspectRatio ("xMidYMid meet", the
 *   default) places it inside the <svg> element. The drawing is fixed in that rectangle, so a stroke
 *   sits on the same part of the picture in any window.
 * - 3D: the content box is the canvas. The camera's vertical field of view is fixed and the width
 *   follows the window's aspect, so what is at a given height-normalised offset from the centre is the
 *   same thing in every window (a wider window shows more at the sides, not a different middle).
 *
 * Heights, not widths, because both renderers keep the vertical extent of the picture.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The content box of the picture inside its element's box (`element`, client pixels): for the 2D stage
 * the rectangle of its `viewBox` (its size, read from the element) as "xMidYMid meet" places it; for the
 * 3D canvas (`viewBox` null) the element itself.
 */
export function contentBox(element: Box, viewBox: { width: number; height: number } | null): Box {
  if (!viewBox || viewBox.width <= 0 || viewBox.height <= 0 || element.width <= 0 || element.height <= 0) return element;
  const scale = Math.min(element.width / viewBox.width, element.height / viewBox.height);
  const width = viewBox.width * scale;
  const height = viewBox.height * scale;
  return { x: element.x + (element.width - width) / 2, y: element.y + (element.height - height) / 2, width, height };
}

/** A client-pixel point in picture units of `box`. */
export function toPicture(x: number, y: number, box: Box): [number, number] {
  const h = box.height || 1;
  return [(x - box.x - box.width / 2) / h, (y - box.y - box.height / 2) / h];
}

/** A picture-unit point in client pixels of `box` (the inverse of toPicture). */
export function fromPicture(u: number, v: number, box: Box): [number, number] {
  return [box.x + box.width / 2 + u * box.height, box.y + box.height / 2 + v * box.height];
}

/**
 * The viewBox that makes an overlay <svg> covering `overlay` draw in picture units of `content`
 * (both in client pixels), with preserveAspectRatio="none": the ink is drawn as stored, and the
 * browser does the mapping.
 */
export function overlayViewBox(overlay: Box, content: Box): string {
  const h = content.height || 1;
  const [u, v] = toPicture(overlay.x, overlay.y, content);
  return `${round(u)} ${round(v)} ${round(overlay.width / h)} ${round(overlay.height / h)}`;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** Rounds picture units for the wire: 1/4000 of the picture's height is below a pixel on any screen. */
export const quantise = (n: number) => Math.round(n * 4000) / 4000;

/** An SVG path through flat points. */
export function pathData(points: readonly number[]): string {
  if (points.length < 2) return '';
  let d = `M${points[0]} ${points[1]}`;
  // A single point (a tap) still shows: a zero-length segment with round caps is a dot.
  if (points.length === 2) return `${d}l0 0`;
  for (let i = 2; i < points.length; i += 2) d += `L${points[i]} ${points[i + 1]}`;
  return d;
}

/** Ids of the strokes that pass within `radius` (picture units) of (u, v): what the eraser takes. */
export function strokesNear(strokes: Iterable<Stroke>, u: number, v: number, radius: number): number[] {
  const hits: number[] = [];
  const r2 = radius * radius;
  for (const stroke of strokes) {
    const p = stroke.points;
    for (let i = 0; i < p.length; i += 2) {
      // Against each segment, so a fast line with far-apart points is still hit between them.
      const ax = p[i]!;
      const ay = p[i + 1]!;
      const bx = p[i + 2] ?? ax;
      const by = p[i + 3] ?? ay;
      if (distanceToSegment2(u, v, ax, ay, bx, by) <= r2) {
        hits.push(stroke.id);
        break;
      }
    }
  }
  return hits;
}

function distanceToSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const k = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const x = ax + k * dx - px;
  const y = ay + k * dy - py;
  return x * x + y * y;
}

/** The tools of the ink toolbar: the three that draw, and the eraser. */
export type InkTool = StrokeTool | 'eraser';
