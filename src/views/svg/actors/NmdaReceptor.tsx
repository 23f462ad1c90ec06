import { lerp, smoothstep } from '../geometry';
import { Part } from '../context';
import { ChannelBody, type Profile } from './Channel';
import { CalciumGlyph, GlutamateGlyph, GlycineGlyph, MagnesiumGlyph, SodiumGlyph } from './glyphs';
import { IonStream } from './IonStream';
import { KetamineMolecule } from './Ketamine';

/** GluN subunit: a transmembrane stalk under a clamshell ligand-binding domain (outward, y). */
const NMDA_PROFILE: Profile = [
  [0, 11], [0.6, 2], [0, -8], [0.8, -13], [1.5, -21], [5.5, -27], [10.5, -24.5], [12, -17], [9.5, -10], [10.5, 0], [9.5, 10], [5, 14],
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
    <ChannelBody profile={NMDA_PROFILE} gate={gate} fill="var(--c-nmda)" stroke="var(--k-edge)">
      <IonStream
        flux={flux}
        t={t}
        top={-26}
        bottom={24}
        spread={1.2}
        glyph={(_ion, i, x, y, opacity) =>
          i % 2 ? <CalciumGlyph x={x} y={y} r={1.5} opacity={opacity} /> : <SodiumGlyph x={x} y={y} r={1.3} opacity={opacity} />
        }
      />
      {mg > 0.02 && (
        <Part actor="magnesium">
          <MagnesiumGlyph x={0} y={-1 - (1 - mg) * 24} r={2.4} opacity={smoothstep(0, 0.4, mg)} />
        </Part>
      )}
      {lodged > 0.02 && (
        <Part actor="ketamine">
          <KetamineMolecule x={0} y={lerp(-36, 1.5, smoothstep(0, 1, lodged))} scale={0.3} rotate={90} opacity={smoothstep(0, 0.2, lodged)} />
        </Part>
      )}
      {bound > 0.02 && (
        <g>
          <GlutamateGlyph x={gate + 6.5} y={-21} r={2} opacity={bound} />
          <GlycineGlyph x={-gate - 6.5} y={-21} r={1.6} opacity={bound} />
        </g>
      )}
    </ChannelBody>
  );
}
