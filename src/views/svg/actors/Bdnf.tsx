/** BDNF as a dimer: two bluish-green subunits side by side (native size about 14 units). */
export function BdnfDimer({ x = 0, y = 0, scale = 1, rotate = 0, opacity = 1 }: { x?: number; y?: number; scale?: number; rotate?: number; opacity?: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${rotate}) scale(${scale})`} opacity={opacity}>
      <ellipse cx={-2.6} cy={0} rx={3.1} ry={5.6} transform="rotate(-18 -2.6 0)" fill="var(--c-bdnf)" stroke="var(--k-edge)" strokeWidth={0.7} />
      <ellipse cx={2.6} cy={0} rx={3.1} ry={5.6} transform="rotate(18 2.6 0)" fill="var(--c-bdnf)" stroke="var(--k-edge)" strokeWidth={0.7} />
      <ellipse cx={-3.4} cy={-2} rx={1} ry={2} fill="#fff" opacity={0.4} />
    </g>
  );
}
