import type { ReactNode } from 'react';
import { closedPath, type Pt } from '../geometry';

/**
 * The shared body of every ion channel drawn side-on, extracellular side up, membrane centred on y = 0:
 * two back subunits (paler) and two front subunits around a pore whose half-width is `gate`. A channel
 * type is a `profile`: its subunit's outline as [distance outward from the pore, y] pairs.
 * Four subunits, as in NMDA/AMPA receptors and the four domains of an L-type channel.
 */
export type Profile = readonly Pt[];

function subunit(profile: Profile, gate: number, side: -1 | 1, lift = 0): string {
  return closedPath(profile.map(([out, y]) => [side * (gate + out), y + lift] as const));
}

export function ChannelBody({ profile, gate, fill, stroke, children, behind, over }: {
  profile: Profile;
  gate: number;
  fill: string;
  stroke: string;
  /** Drawn between the back and the front subunits: what sits inside the pore. */
  children?: ReactNode;
  /** Drawn behind everything: glows. */
  behind?: ReactNode;
  /** Drawn on top: ligands bound to the outer domains. */
  over?: ReactNode;
}) {
  return (
    <g>
      {behind}
      <g fill={fill} stroke={stroke} strokeWidth={0.6} opacity={0.6}>
        <path d={subunit(profile, gate + 3.2, -1, -2)} />
        <path d={subunit(profile, gate + 3.2, 1, -2)} />
      </g>
      {children}
      <g fill={fill} stroke={stroke} strokeWidth={0.7} strokeLinejoin="round">
        <path d={subunit(profile, gate, -1)} />
        <path d={subunit(profile, gate, 1)} />
      </g>
      {/* A soft highlight along the front subunits gives them volume. */}
      <g fill="#fff" opacity={0.22} pointerEvents="none">
        <path d={subunit(profile.map(([o, y]) => [o * 0.45 + 1, y * 0.8 - 1] as const), gate, -1)} />
        <path d={subunit(profile.map(([o, y]) => [o * 0.45 + 1, y * 0.8 - 1] as const), gate, 1)} />
      </g>
      {over}
    </g>
  );
}

/** Place a local drawing (receptor units) at a point on a membrane. */
export function Placed({ x, y, scale, rotate = 0, children }: { x: number; y: number; scale: number; rotate?: number; children: ReactNode }) {
  return <g transform={`translate(${x} ${y}) rotate(${rotate}) scale(${scale})`}>{children}</g>;
}
