import { polygon } from '../geometry';

/**
 * Ketamine as a small, recognisable molecule: a cyclohexanone ring joined to a chlorophenyl ring,
 * each with a small side atom. Native size about 22 × 14 units, centred on the origin.
 */
const RING_A = polygon(-5, 0, 5.2, 6, Math.PI / 6);
const RING_B = polygon(6.5, 1.5, 4.6, 6, 0);

export function KetamineMolecule({ x = 0, y = 0, scale = 1, rotate = 0, opacity = 1 }: {
  x?: number;
  y?: number;
  scale?: number;
  rotate?: number;
  opacity?: number;
}) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${rotate}) scale(${scale})`} opacity={opacity}>
      <line x1={-0.2} y1={0.6} x2={2} y2={1.2} stroke="var(--c-ketamine)" strokeWidth={1.8} />
      <polygon points={RING_A} fill="var(--c-ketamine)" stroke="var(--k-edge)" strokeWidth={0.9} strokeLinejoin="round" />
      <polygon points={RING_B} fill="var(--c-ketamine)" fillOpacity={0.75} stroke="var(--k-edge)" strokeWidth={0.9} strokeLinejoin="round" />
      <circle cx={-5} cy={-7.4} r={1.9} fill="var(--k-edge)" />
      <circle cx={11.6} cy={4.6} r={1.7} fill="var(--k-edge)" />
    </g>
  );
}
