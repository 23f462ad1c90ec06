import type { Framing } from '../../../science/types';
import { useLocalId, usePaint, Part } from '../context';
import { FULL_VIEW, clamp01, toScreen, type Camera, type Pt } from '../geometry';
import { HIDDEN, Live, rotate, shownIf, translate, type LiveFrame } from '../live';
import { drift, makePool } from '../pool';
import { Placed } from '../actors/Channel';
import { GlutamateGlyph } from '../actors/glyphs';
import { KetamineMolecule } from '../actors/Ketamine';
import { NmdaReceptor } from '../actors/NmdaReceptor';
import { Tissue } from '../actors/Tissue';
import type { LabelSpec } from '../Labels';
import { INTERNEURON_AT, KETAMINE_ANCHOR, NMDA_X, Synapse, mgBlock, nmdaOpen } from './synapse';
import type { Composition } from './types';

/**
 * Scene 1: the whole synapse, and for the "receptor" framing a magnifier inset on one NMDA receptor of
 * the spine (the synapse glides left to make room, so both stay in view).
 */
const RECEPTOR_VIEW: Camera = { x: 60, y: -40, w: 1100, inset: 1 };
/** The inset magnifier, in viewBox units. */
const INSET = { cx: 712, cy: 300, r: 190 } as const;
const INSET_RECEPTOR = { x: INSET.cx, y: 336, scale: 4.2 } as const;
/** The spine receptor the inset magnifies. */
const MAGNIFIED: Pt = [NMDA_X[1], 250];

const INSET_KETAMINE = makePool(53, 3, { x: -36, y: -36, w: 16, h: 10 });
const INSET_GLUTAMATE = makePool(59, 5, { x: 22, y: -42, w: 18, h: 16 });

const inInset = ([x, y]: Pt): Pt => [INSET_RECEPTOR.x + x * INSET_RECEPTOR.scale, INSET_RECEPTOR.y + y * INSET_RECEPTOR.scale];

const WIDE_LABELS: readonly LabelSpec[] = [
  { actor: 'presynaptic', at: [700, 70], anchor: [640, 100] },
  { actor: 'vesicle', at: [288, 46], anchor: [372, 112] },
  { actor: 'glutamate', at: [700, 206], anchor: [600, 243] },
  { actor: 'nmda', at: [700, 262], anchor: [536, 246] },
  { actor: 'magnesium', at: [300, 268], anchor: [392, 256] },
  { actor: 'ketamine', at: [200, 150], anchor: KETAMINE_ANCHOR },
  { actor: 'spine', at: [700, 330], anchor: [612, 338] },
  { actor: 'interneuron', at: [40, 236], anchor: [INTERNEURON_AT[0] - 30, INTERNEURON_AT[1] - 26], align: 'start' },
];

const RECEPTOR_LABELS: readonly LabelSpec[] = [
  { actor: 'presynaptic', at: [320, 28], anchor: [560, 60] },
  { actor: 'vesicle', at: [110, 60], anchor: [372, 112] },
  { actor: 'spine', at: [120, 540], anchor: [380, 420] },
  { actor: 'interneuron', at: [24, 200], anchor: [INTERNEURON_AT[0] - 30, INTERNEURON_AT[1] - 26], align: 'start' },
  { actor: 'ketamine', at: [560, 96], align: 'start', anchor: inInset([INSET_KETAMINE[0]!.x, INSET_KETAMINE[0]!.y]), space: 'screen' },
  { actor: 'glutamate', at: [820, 176], anchor: inInset([9.6, -18]), space: 'screen' },
  { actor: 'magnesium', at: [840, 290], anchor: inInset([2, -3]), space: 'screen' },
  { actor: 'nmda', at: [830, 420], anchor: inInset([10, 6]), space: 'screen' },
];



function World() {
  return <Synapse options={{}} />;
}

/** The magnifier's spot on the spine receptor, which follows the camera. */
const spot = (f: LiveFrame) => toScreen(f.camera, MAGNIFIED);

/** The magnifier: one NMDA receptor, big enough to see its pore, Mg²⁺, ligands and ketamine. */
function Overlay() {
  const paint = usePaint();
  const clipId = useLocalId('inset');
  const membrane = INSET_RECEPTOR.y;
  const ray = (dy: number, x2: number, y2: number) => (
    <Live as="line" x2={x2} y2={y2} className="kme-inset__ray" live={(f) => ({ x1: spot(f)[0], y1: spot(f)[1] + dy })} />
  );
  return (
    // It opens with the camera's `inset` (the synapse glides aside to make room) and is not drawn while shut.
    <Live as="g" className="kme-inset" live={(f) => shownIf(f.camera.inset >= 0.01, f.camera.inset)}>
      {ray(-6, INSET.cx - INSET.r * 0.62, INSET.cy - INSET.r * 0.78)}
      {ray(6, INSET.cx - INSET.r * 0.7, INSET.cy + INSET.r * 0.71)}
      <Live as="circle" r={16} className="kme-inset__ring" live={(f) => ({ cx: spot(f)[0], cy: spot(f)[1] })} />
      <Live
        as="g"
        live={(f) => ({ transform: `translate(${INSET.cx} ${INSET.cy}) scale(${0.85 + 0.15 * f.camera.inset}) translate(${-INSET.cx} ${-INSET.cy})` })}
      >
        <circle cx={INSET.cx} cy={INSET.cy} r={INSET.r} fill="var(--c-stage)" />
        <clipPath id={clipId}>
          <circle cx={INSET.cx} cy={INSET.cy} r={INSET.r} />
        </clipPath>
        <g clipPath={`url(#${clipId})`}>
          <rect x={INSET.cx - INSET.r} y={INSET.cy - INSET.r} width={INSET.r * 2} height={INSET.r * 2} fill="var(--c-cleft)" />
          <Part actor="spine">
            <Tissue
              d={`M${INSET.cx - INSET.r - 10} ${membrane - 8} L${INSET.cx + INSET.r + 10} ${membrane - 8} L${INSET.cx + INSET.r + 10} ${INSET.cy + INSET.r + 10} L${INSET.cx - INSET.r - 10} ${INSET.cy + INSET.r + 10} Z`}
              fill={paint('cyto')}
            />
            <rect x={INSET.cx - INSET.r} y={membrane - 6} width={INSET.r * 2} height={14} fill="var(--c-membrane)" opacity={0.7} />
          </Part>
          <Part actor="glutamate">
            {INSET_GLUTAMATE.map((p, i) => (
              <Live
                key={i}
                as="g"
                live={(f) => {
                  const [x, y] = inInset(drift(p, f.t, 3));
                  return { transform: translate(x, y), opacity: 0.35 + 0.65 * f.state.nmdaOpen };
                }}
              >
                <GlutamateGlyph x={0} y={0} r={9} />
              </Live>
            ))}
          </Part>
          <Part actor="ketamine">
            {INSET_KETAMINE.map((p, i) => (
              <Live
                key={i}
                as="g"
                live={({ state, t }) => {
                  if (state.ketamine < 0.05 + i * 0.3) return HIDDEN;
                  const [x, y] = inInset(drift(p, t * 0.5, 4));
                  return { transform: `${translate(x, y)} ${rotate(p.jitter * 360)}`, opacity: clamp01(state.ketamine * 2), display: null };
                }}
              >
                <KetamineMolecule scale={2.6} />
              </Live>
            ))}
          </Part>
          <Part actor="nmda">
            <Placed x={INSET_RECEPTOR.x} y={membrane} scale={INSET_RECEPTOR.scale}>
              {/* The receptor in the inset stands for a typical one: ketamine is drawn lodged once a fair share are blocked. */}
              <NmdaReceptor open={nmdaOpen} mg={mgBlock} lodged={({ state }) => clamp01(state.nmdaBlocked / 0.3)} bound={nmdaOpen} />
            </Placed>
          </Part>
        </g>
        <circle cx={INSET.cx} cy={INSET.cy} r={INSET.r} fill="none" className="kme-inset__frame" />
      </Live>
    </Live>
  );
}

export const nmdaBlockade: Composition = {
  camera: (framing: Framing) => (framing === 'receptor' ? RECEPTOR_VIEW : FULL_VIEW),
  labels: (framing: Framing) => (framing === 'receptor' ? RECEPTOR_LABELS : WIDE_LABELS),
  World,
  Overlay,
};
