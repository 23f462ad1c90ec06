import { lerp } from '../geometry';
import { usePaint } from '../context';
import { ChannelBody, type Profile } from './Channel';
import { GlutamateGlyph, SodiumGlyph } from './glyphs';
import { IonStream } from './IonStream';

/** AMPA subunit: taller, with two stacked outer lobes (N-terminal and ligand-binding domains). */
const AMPA_PROFILE: Profile = [
  [0, 11], [0.5, 0], [0, -8], [1, -14], [0.5, -20], [2, -27], [6, -31], [10.5, -28], [10, -21], [11.5, -15], [9, -9], [10, 0], [9.5, 10], [5, 14],
];

/**
 * An AMPA receptor in local units (membrane at y = 0): yellow with a dark outline, glowing and passing
 * Na⁺ as it opens (`open` 0–1).
 */
export function AmpaReceptor({ open, t }: { open: number; t: number }) {
  const paint = usePaint();
  return (
    <ChannelBody
      profile={AMPA_PROFILE}
      gate={lerp(0.8, 2.4, open)}
      fill="var(--c-ampa)"
      stroke="var(--c-ampa-outline)"
      behind={open > 0.05 && <circle cx={0} cy={-6} r={30} fill={paint('glow-ampa')} opacity={open} />}
      over={open > 0.05 && <GlutamateGlyph x={9} y={-19} r={2} opacity={Math.min(1, open * 1.5)} />}
    >
      <IonStream
        flux={open}
        t={t}
        top={-28}
        bottom={24}
        spread={1}
        glyph={(_ion, _i, x, y, opacity) => <SodiumGlyph x={x} y={y} r={1.4} opacity={opacity} />}
      />
    </ChannelBody>
  );
}
