/**
 * The small molecules and ions, each with its own shape as well as its colour (never colour alone):
 * glutamate a round molecule, GABA a rounded square, Na⁺ a small plain dot, Ca²⁺ a diamond,
 * Mg²⁺ a larger shaded sphere, glycine a pale ring. Drawn centred on (x, y) with radius r.
 */
interface GlyphProps {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly opacity?: number;
}

const EDGE = 'var(--k-edge)';

/** Glutamate: a small rounded triangle, so it never reads as an ion's dot. */
export function GlutamateGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  const k = r * 0.78;
  return (
    <path
      d={`M${x} ${y - k}L${x + k * 0.87} ${y + k * 0.5}L${x - k * 0.87} ${y + k * 0.5}Z`}
      fill="var(--c-glutamate)"
      stroke="var(--c-glutamate)"
      strokeWidth={r * 0.7}
      strokeLinejoin="round"
      opacity={opacity}
    />
  );
}

export function GabaGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  return (
    <rect
      x={x - r}
      y={y - r}
      width={r * 2}
      height={r * 2}
      rx={r * 0.45}
      fill="var(--c-gaba)"
      stroke={EDGE}
      strokeWidth={r * 0.2}
      opacity={opacity}
    />
  );
}

export function SodiumGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  return <circle cx={x} cy={y} r={r} fill="var(--c-sodium)" stroke={EDGE} strokeWidth={r * 0.2} opacity={opacity} />;
}

export function CalciumGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  return (
    <path
      d={`M${x} ${y - r * 1.25}L${x + r} ${y}L${x} ${y + r * 1.25}L${x - r} ${y}Z`}
      fill="var(--c-calcium)"
      stroke={EDGE}
      strokeWidth={r * 0.2}
      strokeLinejoin="round"
      opacity={opacity}
    />
  );
}

export function MagnesiumGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  return (
    <g opacity={opacity}>
      <circle cx={x} cy={y} r={r} fill="var(--c-magnesium)" stroke={EDGE} strokeWidth={r * 0.14} />
      <circle cx={x - r * 0.32} cy={y - r * 0.35} r={r * 0.35} fill="#fff" opacity={0.5} />
    </g>
  );
}

export function GlycineGlyph({ x, y, r, opacity = 1 }: GlyphProps) {
  return <circle cx={x} cy={y} r={r} fill="var(--c-stage)" stroke="var(--c-leader)" strokeWidth={r * 0.4} opacity={opacity} />;
}
