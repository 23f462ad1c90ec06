import { HIDDEN, Live, translate, valueAt, type LiveFrame, type LiveValue } from '../live';
import { GabaGlyph, GlutamateGlyph } from './glyphs';
import { BdnfDimer } from './Bdnf';

const CARGO_SPOTS = [
  [-0.35, -0.3], [0.35, -0.25], [0, 0.05], [-0.32, 0.38], [0.34, 0.36],
] as const;

/** Below this, a vesicle is drawn whole (a circle); above, opening (an arc). */
const OPENING = 0.03;

/**
 * A synaptic vesicle: a small membrane sphere holding its transmitter. `fusion` (0–1) opens it toward
 * the membrane below (an omega shape) as its cargo leaves.
 */
export function Vesicle({ x, y: restY, r, fusion = 0, cargo }: { x: number; y: number; r: number; fusion?: LiveValue<number>; cargo: 'glutamate' | 'gaba' | 'bdnf' }) {
  // A fusing vesicle sinks into the membrane below it.
  const sink = (f: LiveFrame) => valueAt(fusion, f) * r * 0.7;
  const outline = (f: LiveFrame) => {
    const open = valueAt(fusion, f);
    if (open < OPENING) return HIDDEN;
    const y = restY + open * r * 0.7;
    const gap = open * 1.2; // half-opening at the bottom, radians
    const start = Math.PI / 2 + gap;
    const end = Math.PI / 2 - gap + Math.PI * 2;
    return { d: `M${x + Math.cos(start) * r} ${y + Math.sin(start) * r}A${r} ${r} 0 1 1 ${x + Math.cos(end) * r} ${y + Math.sin(end) * r}`, display: null };
  };
  const membrane = { fill: 'var(--k-vesicle)', stroke: 'var(--c-membrane-edge)', strokeWidth: r * 0.16 };
  return (
    <g>
      <Live as="circle" cx={x} r={r} {...membrane} live={(f) => (valueAt(fusion, f) < OPENING ? { cy: restY + sink(f), display: null } : HIDDEN)} />
      <Live as="path" strokeLinecap="round" {...membrane} live={outline} />
      {/* The cargo leaves as the vesicle opens; glutamate sinks with it a little further. */}
      <Live
        as="g"
        live={(f) => ({ transform: translate(0, sink(f) + (cargo === 'glutamate' ? valueAt(fusion, f) * r * 0.5 : 0)), opacity: 1 - valueAt(fusion, f) * 0.85 })}
      >
        {cargo === 'bdnf' ? (
          <BdnfDimer x={x} y={restY} scale={r / 11} />
        ) : (
          CARGO_SPOTS.map(([dx, dy], i) =>
            cargo === 'glutamate' ? (
              <GlutamateGlyph key={i} x={x + dx * r} y={restY + dy * r} r={r * 0.2} />
            ) : (
              <GabaGlyph key={i} x={x + dx * r} y={restY + dy * r} r={r * 0.17} />
            ),
          )
        )}
      </Live>
    </g>
  );
}
