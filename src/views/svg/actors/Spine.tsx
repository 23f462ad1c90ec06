import { closedPath, lerp, type Pt } from '../geometry';

/**
 * Dendritic spine outlines in local units: base on the dendrite at the origin, growing toward −y.
 * `maturity` morphs a thin filopodium (0) into a mushroom spine (1); `growth` (0–1) is how far it has
 * emerged from the shaft.
 */
/** Head outline angles (degrees, y up): from under the left rim, over the top, to under the right rim. */
const HEAD_ANGLES = [215, 180, 140, 90, 40, 0, -35].map((deg) => (deg * Math.PI) / 180);

export function spineOutline(maturity: number, growth = 1): string {
  const neckLen = lerp(52, 30, maturity) * growth;
  const neckW = lerp(2.4, 4.5, maturity);
  const headR = lerp(3.4, 15, maturity) * Math.max(0.3, growth);
  const headRy = headR * lerp(1.1, 0.78, maturity);
  const cy = -neckLen - headRy * 0.8;
  // The head: an ellipse from just above the neck on one side, over the top, to the other side.
  const head: Pt[] = HEAD_ANGLES.map((a) => [Math.cos(a) * headR, cy - Math.sin(a) * headRy] as const);
  const points: Pt[] = [
    [-neckW * 2.4, 6],
    [-neckW * 1.2, -2],
    [-neckW, -neckLen * 0.6],
    [-neckW * 1.05, -neckLen],
    ...head,
    [neckW * 1.05, -neckLen],
    [neckW, -neckLen * 0.6],
    [neckW * 1.2, -2],
    [neckW * 2.4, 6],
  ];
  return closedPath(points);
}

/** How far from its base a spine of this maturity reaches (where its partner bouton sits). */
export function spineReach(maturity: number, growth = 1): number {
  return lerp(52, 30, maturity) * growth + lerp(3.4, 15, maturity) * Math.max(0.3, growth) * lerp(1.1, 0.78, maturity) * 2;
}
