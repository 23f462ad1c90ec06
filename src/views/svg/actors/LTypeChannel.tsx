import { lerp } from '../geometry';
import { usePaint } from '../context';
import { Live, shownIf, valueAt, type LiveValue } from '../live';
import { ChannelBody, type Profile } from './Channel';
import { CalciumGlyph } from './glyphs';
import { IonStream } from './IonStream';

/** One domain of the L-type channel: a compact barrel, no large outer lobes. */
const LTYPE_PROFILE: Profile = [
  [0, 12], [0, -9], [1, -13], [4.5, -14.5], [8, -13], [9, -9], [9, 11], [6, 14.5], [2, 14],
];

/** A voltage-gated L-type Ca²⁺ channel (local units, membrane at y = 0), opening as `open` rises. */
export function LTypeChannel({ open }: { open: LiveValue<number> }) {
  const paint = usePaint();
  return (
    <ChannelBody
      profile={LTYPE_PROFILE}
      gate={(f) => lerp(0.7, 2.4, valueAt(open, f))}
      fill="var(--k-ltype)"
      stroke="var(--c-calcium)"
      behind={
        <Live as="circle" cx={0} cy={10} r={26} fill={paint('glow-calcium')} live={(f) => shownIf(valueAt(open, f) > 0.05, valueAt(open, f))} />
      }
    >
      <IonStream flux={open} top={-22} bottom={26} spread={1} glyph={() => <CalciumGlyph x={0} y={0} r={1.7} />} />
    </ChannelBody>
  );
}
