import type { ReactNode } from 'react';
import { closedPath, type Pt } from '../geometry';
import { Live, translate, valueAt, type LiveValue } from '../live';

/**
 * The shared body of every ion channel drawn side-on, extracellular side up, membrane centred on y = 0:
 * two back subunits (paler) and two front subunits around a pore whose half-width is `gate`. A channel
 * type is a `profile`: its subunit's outline as [distance outward from the pore, y] pairs.
 * Four subunits, as in NMDA/AMPA receptors and the four domains of an L-type channel.
 */
export type Profile = readonly Pt[];

const SIDES = [-1, 1] as const;

/** A subunit's outline with the pore shut (gate 0); the gate then moves it sideways by ±gate. */
const subunit = (profile: Profile, side: -1 | 1, lift = 0) => closedPath(profile.map(([out, y]) => [side * out, y + lift] as const));

interface Outlines {
  readonly back: readonly [string, string];
  readonly front: readonly [string, string];
  /** A soft highlight along the front subunits, which gives them volume. */
  readonly highlight: readonly [string, string];
}

/** Built once per channel type. */
const outlines = new WeakMap<Profile, Outlines>();
function outlinesOf(profile: Profile): Outlines {
  let found = outlines.get(profile);
  if (!found) {
    const inner = profile.map(([o, y]) => [o * 0.45 + 1, y * 0.8 - 1] as const);
    const pair = (p: Profile, lift = 0) => [subunit(p, -1, lift), subunit(p, 1, lift)] as const;
    found = { back: pair(profile, -2), front: pair(profile), highlight: pair(inner) };
    outlines.set(profile, found);
  }
  return found;
}

export function ChannelBody({ profile, gate, fill, stroke, children, behind, over }: {
  profile: Profile;
  gate: LiveValue<number>;
  fill: string;
  stroke: string;
  /** Drawn between the back and the front subunits: what sits inside the pore. */
  children?: ReactNode;
  /** Drawn behind everything: glows. */
  behind?: ReactNode;
  /** Drawn on top: ligands bound to the outer domains. */
  over?: ReactNode;
}) {
  const { back, front, highlight } = outlinesOf(profile);
  // Each subunit stands `gate` (plus `extra`) out from the pore's axis on its side.
  const subunits = (paths: readonly [string, string], extra = 0) =>
    SIDES.map((side, i) => (
      <Live key={side} as="path" d={paths[i]} live={(f) => ({ transform: translate(side * (valueAt(gate, f) + extra), 0) })} />
    ));
  return (
    <g>
      {behind}
      <g fill={fill} stroke={stroke} strokeWidth={0.6} opacity={0.6}>
        {subunits(back, 3.2)}
      </g>
      {children}
      <g fill={fill} stroke={stroke} strokeWidth={0.7} strokeLinejoin="round">
        {subunits(front)}
      </g>
      <g fill="#fff" opacity={0.22} pointerEvents="none">
        {subunits(highlight)}
      </g>
      {over}
    </g>
  );
}

/** Place a local drawing (receptor units) at a point on a membrane. */
export function Placed({ x, y, scale, rotate = 0, children }: { x: number; y: number; scale: number; rotate?: number; children: ReactNode }) {
  return <g transform={`translate(${x} ${y}) rotate(${rotate}) scale(${scale})`}>{children}</g>;
}
