import { lerp, smoothstep } from '../geometry';
import { Part } from '../context';
import { HIDDEN, Live, shownIf, translate, valueAt, type LiveFrame, type LiveValue } from '../live';
import { ChannelBody, type Profile } from './Channel';
import { CalciumGlyph, GlutamateGlyph, GlycineGlyph, MagnesiumGlyph, SodiumGlyph } from './glyphs';
import { IonStream } from './IonStream';
import { KetamineMolecule } from './Ketamine';

/**
 * GluN subunit, [outward from the pore, y]: transmembrane domain in the membrane, then the clamshell
 * ligand-binding domain, then the N-terminal domain at the top.
 */
const NMDA_PROFILE: Profile = [
  [0, 10], [0.4, 0], [0, -8], [2.6, -11.5], [0.8, -15.5], [0.6, -20], [3.2, -25], [2, -31], [5.5, -36], [10, -34.5], [11.5, -29.5],
  [7.5, -25.5], [12.5, -21.5], [12.2, -15], [7.5, -11], [9.2, -6], [9.6, 2], [8.6, 10], [4.5, 13],
];

export interface NmdaState {
  /** Channel gating (0 closed, 1 open). */
  readonly open: LiveValue<number>;
  /** Mg²⁺ in the pore (1 plugged; as it falls the ion leaves upward). */
  readonly mg: LiveValue<number>;
  /** Ketamine's way into the pore: 0 outside, 1 lodged (trapped). */
  readonly lodged: LiveValue<number>;
  /** Glutamate and glycine bound to their clamshells. */
  readonly bound: LiveValue<number>;
}

/**
 * An NMDA receptor, local units (about 26 wide, 42 tall), membrane at y = 0. Ions (Ca²⁺ diamonds,
 * Na⁺ dots) stream in only while it is open, unplugged and unblocked.
 */
export function NmdaReceptor({ open, mg, lodged, bound }: NmdaState) {
  const gate = (f: LiveFrame) => lerp(0.8, 2.6, valueAt(open, f));
  const flux = (f: LiveFrame) => valueAt(open, f) * (1 - valueAt(mg, f)) * (1 - smoothstep(0.2, 0.8, valueAt(lodged, f)));
  return (
    <ChannelBody
      profile={NMDA_PROFILE}
      gate={gate}
      fill="var(--c-nmda)"
      stroke="var(--k-edge)"
      over={
        <Live as="g" live={(f) => shownIf(valueAt(bound, f) > 0.02, valueAt(bound, f))}>
          <Live as="g" live={(f) => ({ transform: translate(gate(f) + 7, -18) })}>
            <GlutamateGlyph x={0} y={0} r={2.2} />
          </Live>
          <Live as="g" live={(f) => ({ transform: translate(-gate(f) - 7, -18) })}>
            <GlycineGlyph x={0} y={0} r={1.8} />
          </Live>
        </Live>
      }
    >
      <IonStream
        flux={flux}
        top={-34}
        bottom={24}
        spread={1.2}
        glyph={(_ion, i) => (i % 2 ? <CalciumGlyph x={0} y={0} r={1.5} /> : <SodiumGlyph x={0} y={0} r={1.3} />)}
      />
      <Part actor="magnesium">
        <Live
          as="g"
          live={(f) => {
            const plug = valueAt(mg, f);
            return plug > 0.02 ? { transform: translate(0, -2 - (1 - plug) * 30), opacity: smoothstep(0, 0.4, plug), display: null } : HIDDEN;
          }}
        >
          <MagnesiumGlyph x={0} y={0} r={2.6} />
        </Live>
      </Part>
      <Part actor="ketamine">
        <Live
          as="g"
          live={(f) => {
            const k = valueAt(lodged, f);
            return k > 0.02 ? { transform: `${translate(0, lerp(-44, 0, smoothstep(0, 1, k)))} rotate(90)`, opacity: smoothstep(0, 0.2, k), display: null } : HIDDEN;
          }}
        >
          <KetamineMolecule scale={0.4} />
        </Live>
      </Part>
    </ChannelBody>
  );
}
