import { usePaint } from '../context';
import { BdnfDimer } from './Bdnf';

const STALKS = [-4, 4];

/**
 * A TrkB receptor pair (local units, membrane at y = 0): outer domains as beads, a transmembrane
 * stalk, inner kinase domains that light up with `active` (0–1); `docked` shows BDNF bound on top.
 */
export function TrkB({ active, docked }: { active: number; docked: number }) {
  const paint = usePaint();
  return (
    <g>
      {active > 0.05 && <circle cx={0} cy={14} r={24} fill={paint('glow-green')} opacity={active} />}
      {STALKS.map((sx) => (
        <g key={sx}>
          <line x1={sx} y1={-22} x2={sx} y2={8} stroke="var(--c-bdnf)" strokeWidth={1.6} />
          {[-26, -19, -12].map((by) => (
            <circle key={by} cx={sx} cy={by} r={3.4} fill="var(--k-trkb)" stroke="var(--c-bdnf)" strokeWidth={1} />
          ))}
          <rect x={sx - 3.8} y={7} width={7.6} height={12} rx={3} fill="var(--k-trkb)" stroke="var(--c-bdnf)" strokeWidth={1} />
          <rect x={sx - 3.8} y={7} width={7.6} height={12} rx={3} fill="var(--c-bdnf)" opacity={active * 0.9} />
          <circle cx={sx * 2.3} cy={16} r={1.8} fill="var(--c-ampa)" stroke="var(--k-edge)" strokeWidth={0.4} opacity={active} />
        </g>
      ))}
      {docked > 0.02 && <BdnfDimer x={0} y={-35} scale={0.9} opacity={docked} />}
    </g>
  );
}
