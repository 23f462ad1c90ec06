import { lerp } from '../geometry';
import { usePaint } from '../context';
import { ChannelBody, type Profile } from './Channel';
import { CalciumGlyph } from './glyphs';
import { IonStream } from './IonStream';

/** One domain of the L-type channel: a compact barrel, no large outer lobes. */
const LTYPE_PROFILE: Profile = [
  [0, 12], [0, -9], [1, -13], [4.5, -14.5], [8, -13], [9, -9], [9, 11], [6, 14.5], [2, 14],
];

/** A voltage-gated L-type Ca²⁺ channel (local units, membrane at y = 0), opening as `open` rises. */
export function LTypeChannel({ open, t }: { open: number; t: number }) {
  const paint = usePaint();
  return (
    <ChannelBody
      profile={LTYPE_PROFILE}
      gate={lerp(0.7, 2.4, open)}
      fill="var(--k-ltype)"
      stroke="var(--c-calcium)"
      behind={open > 0.05 && <circle cx={0} cy={10} r={26} fill={paint('glow-calcium')} opacity={open} />}
    >
      <IonStream
        flux={open}
        t={t}
        top={-22}
        bottom={26}
        spread={1}
        glyph={(_ion, _i, x, y, opacity) => <CalciumGlyph x={x} y={y} r={1.7} opacity={opacity} />}
      />
    </ChannelBody>
  );
}
