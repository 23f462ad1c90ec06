import type { Framing } from '../../../science/types';
import { Part, usePaint } from '../context';
import { FULL_VIEW, closedPath, openPath, presence, smoothstep, type Pt } from '../geometry';
import { HIDDEN, Live, fade, rotate, type LiveFrame } from '../live';
import { drifting, makePool } from '../pool';
import { BdnfDimer } from '../actors/Bdnf';
import { Placed } from '../actors/Channel';
import { Kinase } from '../actors/Kinase';
import { Mtorc1 } from '../actors/Mtorc1';
import { ProteinBlock, Ribosome } from '../actors/Ribosome';
import { Tissue } from '../actors/Tissue';
import { TrkB } from '../actors/TrkB';
import { Vesicle } from '../actors/Vesicle';
import type { LabelSpec } from '../Labels';
import type { Composition } from './types';

/**
 * Scene 4: inside a large spine head. BDNF leaves the spine and docks on TrkB on its surface; Akt and
 * ERK light up in turn and feed mTORC1, the "factory switch"; ribosomes on mRNA stack up new protein
 * blocks; in the dendrite below, a side lane shows eEF2K dimming and eEF2 freeing BDNF production.
 */
const SPINE = closedPath([
  [-60, 525], [300, 520], [440, 505], [452, 470], [430, 440], [330, 400], [250, 330], [228, 230], [245, 160], [290, 122],
  [380, 106], [480, 102], [580, 106], [670, 122], [715, 160], [732, 230], [710, 330], [630, 400], [530, 440], [508, 470],
  [520, 505], [660, 520], [1020, 525], [1020, 640], [-60, 640],
]);
const BOUTON = closedPath([[330, -60], [320, 0], [360, 38], [480, 52], [600, 38], [640, 0], [630, -60]]);

/** TrkB pairs on the spine's outer membrane: [x, y, rotation to follow the membrane]. */
const TRKB_AT = [
  [300, 121, -16],
  [372, 108, -5],
  [588, 108, 5],
  [660, 121, 16],
] as const;
const TRKB_SCALE = 1.6;
const BDNF_OUT = makePool(61, 12, { x: 250, y: 52, w: 460, h: 36 });
const BDNF_STORES: Pt[] = [[440, 132], [520, 132], [480, 160]];

const AKT: Pt = [330, 218];
const ERK: Pt = [630, 218];
const MTOR: Pt = [480, 288];
const MRNA = openPath([[370, 378], [410, 372], [450, 380], [490, 372], [530, 380], [570, 372], [600, 378]]);
const RIBOSOMES = [410, 480, 550] as const;
const BLOCKS_PER_RIBOSOME = 3;

const LANE_Y = 556;
const EEF2K: Pt = [640, LANE_Y];
const EEF2: Pt = [752, LANE_Y];
const LANE_BDNF: Pt = [850, LANE_Y];

const LABELS: readonly LabelSpec[] = [
  { actor: 'bdnf', at: [770, 56], anchor: [660, 64] },
  { actor: 'trkb', at: [200, 70], anchor: [292, 96] },
  { actor: 'kinase', at: [200, 200], anchor: [AKT[0] - 26, AKT[1] - 4] },
  { actor: 'mtorc1', at: [200, 290], anchor: [MTOR[0] - 48, MTOR[1]] },
  { actor: 'ribosome', at: [200, 380], anchor: [RIBOSOMES[0] - 10, 368] },
  { actor: 'spine', at: [770, 290], anchor: [726, 276] },
  { actor: 'eef2k', at: [770, 470], anchor: [EEF2K[0] + 10, EEF2K[1] - 16] },
];

/** A signalling arrow whose small pulse travels along it while `active`. */
function SignalArrow({ from, to, active }: { from: Pt; to: Pt; active: (frame: LiveFrame) => number }) {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (s: number) => `${x2 - Math.cos(angle + s) * 9},${y2 - Math.sin(angle + s) * 9}`;
  return (
    <Live as="g" live={(f) => ({ opacity: 0.35 + 0.65 * active(f) })}>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--k-kinase-edge)" strokeWidth={2} strokeLinecap="round" />
      <polygon points={`${x2},${y2} ${head(0.45)} ${head(-0.45)}`} fill="var(--k-kinase-edge)" />
      <Live
        as="circle"
        r={4}
        fill="var(--k-kinase-glow)"
        live={(f) => {
          const level = active(f);
          if (level <= 0.1) return HIDDEN;
          const k = f.t === 0 ? 0.6 : (f.t * 0.5) % 1;
          return { cx: x1 + (x2 - x1) * k, cy: y1 + (y2 - y1) * k, opacity: level, display: null };
        }}
      />
    </Live>
  );
}

const akt = ({ state }: LiveFrame) => smoothstep(0.05, 0.55, state.cascade);
const erk = ({ state }: LiveFrame) => smoothstep(0.3, 0.8, state.cascade);
const mtorc1 = ({ state }: LiveFrame) => state.mtorc1;
const eef2k = ({ state }: LiveFrame) => state.eef2k;
const holding = (f: LiveFrame) => ({ opacity: 0.35 + 0.65 * eef2k(f) });
/** eEF2 is freed as eEF2K dims. */
const freed = ({ state }: LiveFrame) => 1 - state.eef2k;

function World() {
  const paint = usePaint();
  return (
    <g>
      <Tissue d={BOUTON} fill={paint('bouton')} />
      <Part actor="spine">
        <Tissue d={SPINE} fill={paint('cyto')} />
      </Part>

      <Part actor="bdnf">
        {BDNF_STORES.map(([x, y], i) => (
          <Vesicle key={x + y} x={x} y={y} r={12} cargo="bdnf" fusion={i < 2 ? (f) => presence(f.state.bdnf, 2, i) * 0.7 : 0} />
        ))}
        {BDNF_OUT.map((p, i) => (
          <Live key={i} as="g" live={(f) => drifting(p, f.t * 0.7, 6, presence(f.state.bdnf, BDNF_OUT.length, i), ` ${rotate(p.jitter * 80 - 40)}`)}>
            <BdnfDimer scale={1.15} />
          </Live>
        ))}
      </Part>
      <Part actor="trkb">
        {TRKB_AT.map(([x, y, angle], i) => {
          const docked = ({ state }: LiveFrame) => presence(state.trkb, TRKB_AT.length, i);
          return (
            <Placed key={x} x={x} y={y} scale={TRKB_SCALE} rotate={angle}>
              <TrkB active={(f) => docked(f) * f.state.trkb} docked={docked} />
            </Placed>
          );
        })}
      </Part>

      <Part actor="kinase">
        <SignalArrow from={[336, 156]} to={[AKT[0], AKT[1] - 28]} active={akt} />
        <SignalArrow from={[624, 156]} to={[ERK[0], ERK[1] - 28]} active={erk} />
        <SignalArrow from={[AKT[0] + 30, AKT[1] + 18]} to={[MTOR[0] - 50, MTOR[1] - 14]} active={(f) => akt(f) * mtorc1(f)} />
        <SignalArrow from={[ERK[0] - 30, ERK[1] + 18]} to={[MTOR[0] + 50, MTOR[1] - 14]} active={(f) => erk(f) * mtorc1(f)} />
        <Kinase x={AKT[0]} y={AKT[1]} name="Akt" active={akt} />
        <Kinase x={ERK[0]} y={ERK[1]} name="ERK" active={erk} />
      </Part>
      <Part actor="mtorc1">
        <Mtorc1 x={MTOR[0]} y={MTOR[1]} active={mtorc1} />
      </Part>

      <Part actor="ribosome">
        <path d={MRNA} fill="none" stroke="var(--k-ribosome)" strokeWidth={2.4} strokeLinecap="round" />
        {RIBOSOMES.map((x, r) => (
          <g key={x}>
            <Ribosome x={x} y={368} active={(f) => f.state.protein} scale={1.35} />
            {Array.from({ length: BLOCKS_PER_RIBOSOME }, (_, j) => (
              <Live key={j} as="g" live={(f) => fade(presence(f.state.protein, RIBOSOMES.length * BLOCKS_PER_RIBOSOME, j * RIBOSOMES.length + r))}>
                <ProteinBlock x={x + 18 + j * 3} y={360 - j * 12} size={10} />
              </Live>
            ))}
          </g>
        ))}
      </Part>

      <Part actor="eef2k">
        <Kinase x={EEF2K[0]} y={EEF2K[1]} name="eEF2K" active={eef2k} scale={0.95} />
        {/* eEF2K holds eEF2 back (a bar-ended line); as eEF2K dims, eEF2 lights and BDNF is made. */}
        <Live as="line" x1={EEF2K[0] + 34} y1={LANE_Y} x2={EEF2[0] - 30} y2={LANE_Y} stroke="var(--k-kinase-edge)" strokeWidth={2} live={holding} />
        <Live as="line" x1={EEF2[0] - 30} y1={LANE_Y - 8} x2={EEF2[0] - 30} y2={LANE_Y + 8} stroke="var(--k-kinase-edge)" strokeWidth={2.4} live={holding} />
        <Live as="g" live={(f) => ({ opacity: 0.4 + 0.6 * freed(f) })}>
          <rect x={EEF2[0] - 24} y={LANE_Y - 11} width={48} height={22} rx={11} fill="var(--k-kinase)" stroke="var(--k-kinase-edge)" strokeWidth={1.4} />
          <text className="kme-glyph-text" x={EEF2[0]} y={LANE_Y} dy="0.35em" textAnchor="middle" fontSize={12}>
            eEF2
          </text>
        </Live>
        <SignalArrow from={[EEF2[0] + 28, LANE_Y]} to={[LANE_BDNF[0] - 18, LANE_Y]} active={freed} />
        <Live as="g" live={(f) => ({ opacity: 0.2 + 0.8 * freed(f) })}>
          <BdnfDimer x={LANE_BDNF[0]} y={LANE_Y} scale={1.3} />
        </Live>
      </Part>
    </g>
  );
}

export const bdnfRelease: Composition = {
  camera: (_framing: Framing) => FULL_VIEW,
  labels: (_framing: Framing) => LABELS,
  World,
};
