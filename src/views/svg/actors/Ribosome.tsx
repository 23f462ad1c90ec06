import { Live, valueAt, type LiveValue } from '../live';

/** A ribosome on mRNA: large subunit over small subunit (native about 20 × 18 units). */
export function Ribosome({ x, y, active, scale = 1 }: { x: number; y: number; active: LiveValue<number>; scale?: number }) {
  return (
    <Live as="g" transform={`translate(${x} ${y}) scale(${scale})`} live={(f) => ({ opacity: 0.55 + 0.45 * valueAt(active, f) })}>
      <ellipse cx={0} cy={-6} rx={10} ry={7.5} fill="var(--k-ribosome)" stroke="var(--k-edge)" strokeWidth={0.9} />
      <ellipse cx={0} cy={3.5} rx={8} ry={4.6} fill="var(--k-ribosome)" stroke="var(--k-edge)" strokeWidth={0.9} />
      <ellipse cx={-3} cy={-9} rx={3.5} ry={2} fill="#fff" opacity={0.3} />
    </Live>
  );
}

/** One newly made synaptic protein: a small rounded building block. */
export function ProteinBlock({ x, y, size, opacity = 1 }: { x: number; y: number; size: number; opacity?: number }) {
  return (
    <rect
      x={x - size / 2}
      y={y - size / 2}
      width={size}
      height={size}
      rx={size * 0.25}
      fill="var(--k-protein)"
      stroke="var(--k-edge)"
      strokeWidth={0.9}
      opacity={opacity}
    />
  );
}
