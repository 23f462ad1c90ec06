/**
 * Screen-space placement of the 3D view's labels: two columns at the stage's edges (outside the
 * crowded middle, like the 2D view's labels), each label as close to the height of its anchor as the
 * labels above and below it allow. Labels never overlap: within a column they are stacked top-down,
 * then pushed back up from the bottom edge if the stack ran past it.
 * Works in place on preallocated boxes: it runs every frame the camera moves.
 */
export interface LabelBox {
  /** Input: anchor in CSS pixels, whether it is on screen, label size. */
  ax: number;
  ay: number;
  onScreen: boolean;
  w: number;
  h: number;
  /** Output: top-left corner and which column. */
  x: number;
  y: number;
  left: boolean;
}

export const LABEL_MARGIN = 10;
const GAP = 6;
const COLUMNS = [true, false] as const;

export function layoutLabels(boxes: readonly LabelBox[], order: number[], width: number, height: number): void {
  for (const left of COLUMNS) {
    // Indices of this column's visible labels, sorted by anchor height (insertion sort, no allocation).
    let n = 0;
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      if (!b.onScreen || b.ax < width / 2 !== left) continue;
      let j = n++;
      while (j > 0 && boxes[order[j - 1]!]!.ay > b.ay) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    let bottom = LABEL_MARGIN - GAP;
    for (let k = 0; k < n; k++) {
      const b = boxes[order[k]!]!;
      b.left = left;
      b.x = left ? LABEL_MARGIN : width - LABEL_MARGIN - b.w;
      b.y = Math.max(b.ay - b.h / 2, bottom + GAP);
      bottom = b.y + b.h;
    }
    let top = height - LABEL_MARGIN + GAP;
    for (let k = n - 1; k >= 0; k--) {
      const b = boxes[order[k]!]!;
      b.y = Math.max(LABEL_MARGIN, Math.min(b.y, top - GAP - b.h));
      top = b.y;
    }
  }
}
