import { usePaint } from '../context';
import { Live, shownIf, valueAt, type LiveValue } from '../live';
import { BdnfDimer } from './Bdnf';

const STALKS = [-4, 4];

/**
 * A TrkB receptor pair (local units, membrane at y = 0): outer domains as beads, a transmembrane
 * stalk, inner kinase domains that light up with `active` (0–1); `docked` shows BDNF bound on top.
 */
export function TrkB({ active, docked }: { active: LiveValue<number>; docked: LiveValue<number> }) {
  const paint = usePaint();
  return (
    <g>
      <Live as="circle" cx={0} cy={14} r={24} fill={paint('glow-green')} live={(f) => shownIf(valueAt(active, f) > 0.05, valueAt(active, f))} />
      {STALKS.map((sx) => (
        <g key={sx}>
          <line x1={sx} y1={-22} x2={sx} y2={8} stroke="var(--c-bdnf)" strokeWidth={1.6} />
          {[-26, -19, -12].map((by) => (
            <circle key={by} cx={sx} cy={by} r={3.4} fill="var(--k-trkb)" stroke="var(--c-bdnf)" strokeWidth={1} />
          ))}
          <rect x={sx - 3.8} y={7} width={7.6} height={12} rx={3} fill="var(--k-trkb)" stroke="var(--c-bdnf)" strokeWidth={1} />
          <Live as="rect" x={sx - 3.8} y={7} width={7.6} height={12} rx={3} fill="var(--c-bdnf)" live={(f) => ({ opacity: valueAt(active, f) * 0.9 })} />
          <Live
            as="circle"
            cx={sx * 2.3}
            cy={16}
            r={1.8}
            fill="var(--c-ampa)"
            stroke="var(--k-edge)"
            strokeWidth={0.4}
            live={(f) => ({ opacity: valueAt(active, f) })}
          />
        </g>
      ))}
      <Live as="g" live={(f) => shownIf(valueAt(docked, f) > 0.02, valueAt(docked, f))}>
        <BdnfDimer x={0} y={-35} scale={0.9} />
      </Live>
    </g>
  );
}
