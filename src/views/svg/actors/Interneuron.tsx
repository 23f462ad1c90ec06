import { blobPoints, closedPath } from '../geometry';
import { usePaint } from '../context';
import { Live, valueAt, type LiveValue } from '../live';

/** Soma outline and dendrites of the GABA interneuron, local units centred on the soma (radius ~50). */
const SOMA = closedPath(blobPoints(0, 0, 50, 44, [0.02, 0.06, -0.03, 0.04, 0.08, -0.02, 0.03, -0.05, 0.05, 0.01]));
const DENDRITES = [
  'M-30 -34 C -50 -70, -70 -90, -95 -120',
  'M-46 -10 C -80 -14, -110 -5, -140 -20',
  'M-36 30 C -60 60, -70 90, -100 120',
  'M10 -44 C 14 -80, 0 -110, 6 -150',
];

/**
 * The GABA "brake" cell's body: sky-blue cytoplasm and outline, a nucleus, and a soft ring that
 * breathes with its firing (`activity` 0–1), dimming as the cell slows.
 */
export function InterneuronSoma({ activity }: { activity: LiveValue<number> }) {
  const paint = usePaint();
  return (
    <g>
      <Live
        as="circle"
        r={64}
        fill="none"
        stroke="var(--c-gaba)"
        strokeWidth={6}
        live={(f) => {
          const rate = valueAt(activity, f);
          // Breathing at up to ~1.5 Hz and only ±15 % opacity: well under any flash threshold.
          const breathe = f.t === 0 ? 0.5 : 0.5 + 0.5 * Math.sin(f.t * (2 + rate * 7));
          return { opacity: (0.15 + 0.15 * breathe) * rate };
        }}
      />
      {DENDRITES.map((d) => (
        <path key={d} d={d} fill="none" stroke="var(--c-gaba)" strokeWidth={8} strokeLinecap="round" opacity={0.55} />
      ))}
      <path d={SOMA} fill={paint('inter')} stroke="var(--c-gaba)" strokeWidth={4} />
      <Live as="circle" cx={-6} cy={4} r={15} fill="var(--c-gaba)" live={(f) => ({ opacity: 0.22 + 0.3 * valueAt(activity, f) })} />
      <circle cx={-6} cy={4} r={5} fill="var(--c-gaba)" opacity={0.5} />
    </g>
  );
}
