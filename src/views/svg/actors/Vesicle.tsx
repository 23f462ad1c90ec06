import { GabaGlyph, GlutamateGlyph } from './glyphs';
import { BdnfDimer } from './Bdnf';

const CARGO_SPOTS = [
  [-0.35, -0.3], [0.35, -0.25], [0, 0.05], [-0.32, 0.38], [0.34, 0.36],
] as const;

/**
 * A synaptic vesicle: a small membrane sphere holding its transmitter. `fusion` (0–1) opens it toward
 * the membrane below (an omega shape) as its cargo leaves.
 */
export function Vesicle({ x, y: restY, r, fusion = 0, cargo }: { x: number; y: number; r: number; fusion?: number; cargo: 'glutamate' | 'gaba' | 'bdnf' }) {
  // A fusing vesicle sinks into the membrane below it.
  const y = restY + fusion * r * 0.7;
  const gap = fusion * 1.2; // half-opening at the bottom, radians
  const start = Math.PI / 2 + gap;
  const end = Math.PI / 2 - gap + Math.PI * 2;
  const outline =
    fusion < 0.03
      ? undefined
      : `M${x + Math.cos(start) * r} ${y + Math.sin(start) * r}A${r} ${r} 0 1 1 ${x + Math.cos(end) * r} ${y + Math.sin(end) * r}`;
  const cargoOpacity = 1 - fusion * 0.85;
  return (
    <g>
      {outline ? (
        <path d={outline} fill="var(--k-vesicle)" stroke="var(--c-membrane-edge)" strokeWidth={r * 0.16} strokeLinecap="round" />
      ) : (
        <circle cx={x} cy={y} r={r} fill="var(--k-vesicle)" stroke="var(--c-membrane-edge)" strokeWidth={r * 0.16} />
      )}
      {cargo === 'bdnf' ? (
        <BdnfDimer x={x} y={y} scale={r / 11} opacity={cargoOpacity} />
      ) : (
        CARGO_SPOTS.map(([dx, dy], i) =>
          cargo === 'glutamate' ? (
            <GlutamateGlyph key={i} x={x + dx * r} y={y + dy * r + fusion * r * 0.5} r={r * 0.2} opacity={cargoOpacity} />
          ) : (
            <GabaGlyph key={i} x={x + dx * r} y={y + dy * r} r={r * 0.17} opacity={cargoOpacity} />
          ),
        )
      )}
    </g>
  );
}
