import { usePaint } from '../context';
import { Live, valueAt, type LiveValue } from '../live';

/**
 * A kinase (Akt, ERK, eEF2K): a two-lobed enzyme with its name on it. `active` (0–1) brightens it and
 * gives it a soft glow; at 0 it is drawn pale and quiet.
 */
export function Kinase({ x, y, name, active, scale = 1 }: { x: number; y: number; name: string; active: LiveValue<number>; scale?: number }) {
  const paint = usePaint();
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <Live as="circle" r={34} fill={paint('glow-kinase')} live={(f) => ({ opacity: valueAt(active, f) })} />
      <Live as="g" live={(f) => ({ opacity: 0.5 + 0.5 * valueAt(active, f) })}>
        <ellipse cx={-6} cy={-7} rx={14} ry={10} fill="var(--k-kinase)" stroke="var(--k-kinase-edge)" strokeWidth={1.4} />
        <ellipse cx={4} cy={5} rx={22} ry={13} fill="var(--k-kinase)" stroke="var(--k-kinase-edge)" strokeWidth={1.4} />
        <text className="kme-glyph-text" x={4} y={6} dy="0.35em" textAnchor="middle" fontSize={12}>
          {name}
        </text>
      </Live>
    </g>
  );
}
