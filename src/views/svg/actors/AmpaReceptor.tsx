import { lerp } from '../geometry';
import { usePaint } from '../context';
import { Live, shownIf, valueAt, type LiveValue } from '../live';
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
export function AmpaReceptor({ open }: { open: LiveValue<number> }) {
  const paint = usePaint();
  return (
    <ChannelBody
      profile={AMPA_PROFILE}
      gate={(f) => lerp(0.8, 2.4, valueAt(open, f))}
      fill="var(--c-ampa)"
      stroke="var(--c-ampa-outline)"
      behind={
        <Live as="circle" cx={0} cy={-6} r={30} fill={paint('glow-ampa')} live={(f) => shownIf(valueAt(open, f) > 0.05, valueAt(open, f))} />
      }
      over={
        <Live as="g" live={(f) => shownIf(valueAt(open, f) > 0.05, Math.min(1, valueAt(open, f) * 1.5))}>
          <GlutamateGlyph x={9} y={-19} r={2} />
        </Live>
      }
    >
      <IonStream flux={open} top={-28} bottom={24} spread={1} glyph={() => <SodiumGlyph x={0} y={0} r={1.4} />} />
    </ChannelBody>
  );
}
