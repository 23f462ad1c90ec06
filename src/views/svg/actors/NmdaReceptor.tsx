import { lerp, smoothstep } from '../geometry';
import { Part } from '../context';
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
  readonly open: number;
  /** Mg²⁺ in the pore (1 plugged; as it falls the ion leaves upward). */
  readonly mg: number;
  /** Ketamine's way into the pore: 0 outside, 1 lodged (trapped). */
  readonly lodged: number;
  /** Glutamate and glycine bound to their clamshells. */
  readonly bound: number;
}

/**
 * An NMDA receptor, local units (about 26 wide, 42 tall), membrane at y = 0. Ions (Ca²⁺ diamonds,
 * Na⁺ dots) stream in only while it is open, unplugged and unblocked.
 */
export function NmdaReceptor({ open, mg, lodged, bound, t }: NmdaState & { t: number }) {
  const gate = lerp(0.8, 2.6, open);
  const flux = open * (1 - mg) * (1 - smoothstep(0.2, 0.8, lodged));
  return (
    <ChannelBody
      profile={NMDA_PROFILE}
      gate={gate}
      fill="var(--c-nmda)"
      stroke="var(--k-edge)"
      over={
        bound > 0.02 && (
          <g>
            <GlutamateGlyph x={gate + 7} y={-18} r={2.2} opacity={bound} />
            <GlycineGlyph x={-gate - 7} y={-18} r={1.8} opacity={bound} />
          </g>
        )
      }
    >
      <IonStream
        flux={flux}
        t={t}
        top={-34}
        bottom={24}
        spread={1.2}
        glyph={(_ion, i, x, y, opacity) =>
          i % 2 ? <CalciumGlyph x={x} y={y} r={1.5} opacity={opacity} /> : <SodiumGlyph x={x} y={y} r={1.3} opacity={opacity} />
        }
      />
      {mg > 0.02 && (
        <Part actor="magnesium">
          <MagnesiumGlyph x={0} y={-2 - (1 - mg) * 30} r={2.6} opacity={smoothstep(0, 0.4, mg)} />
        </Part>
      )}
      {lodged > 0.02 && (
        <Part actor="ketamine">
          <KetamineMolecule x={0} y={lerp(-44, 0, smoothstep(0, 1, lodged))} scale={0.4} rotate={90} opacity={smoothstep(0, 0.2, lodged)} />
        </Part>
      )}
    </ChannelBody>
  );
}
