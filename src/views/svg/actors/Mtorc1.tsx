import { usePaint } from '../context';
import { Live, rotate, valueAt, type LiveValue } from '../live';

const COG_TEETH = 8;
/** A small gear: mTORC1 as the cell's "factory switch". Built once. */
const COG = (() => {
  const parts: string[] = [];
  for (let i = 0; i < COG_TEETH * 2; i++) {
    const a = (i / (COG_TEETH * 2)) * Math.PI * 2;
    const r = i % 2 ? 9 : 12.5;
    parts.push(`${(Math.cos(a) * r).toFixed(2)},${(Math.sin(a) * r).toFixed(2)}`);
  }
  return parts.join(' ');
})();

/**
 * mTORC1 drawn as a dimeric lozenge (the complex is a two-fold symmetric dimer) holding a gear that
 * turns slowly while it is active (`active` 0–1).
 */
export function Mtorc1({ x, y, active, scale = 1 }: { x: number; y: number; active: LiveValue<number>; scale?: number }) {
  const paint = usePaint();
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <Live as="ellipse" rx={64} ry={44} fill={paint('glow-kinase')} live={(f) => ({ opacity: valueAt(active, f) })} />
      <Live as="g" live={(f) => ({ opacity: 0.5 + 0.5 * valueAt(active, f) })}>
        <path
          d="M0 -24 C 22 -30, 44 -22, 44 0 C 44 22, 22 30, 0 24 C -22 30, -44 22, -44 0 C -44 -22, -22 -30, 0 -24 Z"
          fill="var(--k-kinase)"
          stroke="var(--k-kinase-edge)"
          strokeWidth={1.6}
        />
        <path d="M0 -24 C 6 -8, 6 8, 0 24" fill="none" stroke="var(--k-kinase-edge)" strokeWidth={1} opacity={0.6} />
        <Live as="g" live={(f) => ({ transform: rotate((f.t * 24 * valueAt(active, f)) % 360) })}>
          <polygon points={COG} fill="var(--k-kinase-edge)" opacity={0.8} />
          <circle r={4} fill="var(--k-kinase)" />
        </Live>
      </Live>
    </g>
  );
}
