import { lerp } from '../geometry';
import { Live, valueAt, type LiveValue } from '../live';

/**
 * A small recording strip of a neuron's firing: spikes scroll past and come closer together as
 * `rate` (0–1) rises. A still (t = 0) shows the same spacing without motion.
 */
export function SpikeTrace({ x, y, w, h, rate, stroke }: { x: number; y: number; w: number; h: number; rate: LiveValue<number>; stroke: string }) {
  const base = y + h * 0.68;
  const tall = h * 0.5;
  const left = x + 8;
  const right = x + w - 8;
  const trace = (rate: number, t: number) => {
    const spacing = lerp(80, 15, rate);
    const offset = (t * 36) % spacing;
    let d = `M${left} ${base}`;
    for (let sx = left + spacing - offset; sx < right - 6; sx += spacing) {
      d += `L${sx.toFixed(1)} ${base}L${(sx + 2).toFixed(1)} ${base - tall}L${(sx + 4).toFixed(1)} ${base + 4}L${(sx + 6).toFixed(1)} ${base}`;
    }
    return `${d}L${right} ${base}`;
  };
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} fill="var(--c-surface)" fillOpacity={0.78} stroke="var(--c-border)" />
      <Live
        as="path"
        fill="none"
        stroke={stroke}
        strokeWidth={1.8}
        strokeLinejoin="round"
        strokeLinecap="round"
        live={(f) => ({ d: trace(valueAt(rate, f), f.t) })}
      />
    </g>
  );
}
