import { usePaint, Part } from '../context';
import { closedPath, presence, smoothstep, type Pt } from '../geometry';
import { drifting, makePool } from '../pool';
import { Live, fade, rotate, shownIf, type LiveFrame } from '../live';
import { AmpaReceptor } from '../actors/AmpaReceptor';
import { Placed } from '../actors/Channel';
import { CalciumGlyph, GabaGlyph, GlutamateGlyph, SodiumGlyph } from '../actors/glyphs';
import { InterneuronSoma } from '../actors/Interneuron';
import { KetamineMolecule } from '../actors/Ketamine';
import { LTypeChannel } from '../actors/LTypeChannel';
import { NmdaReceptor } from '../actors/NmdaReceptor';
import { SpikeTrace } from '../actors/SpikeTrace';
import { Tissue } from '../actors/Tissue';
import { Vesicle } from '../actors/Vesicle';

/**
 * The excitatory synapse shared by scenes 1–3, in world units (960 × 600): a presynaptic bouton at the
 * top, the cleft, a mushroom spine rising from the pyramidal neuron's dendrite, and a GABA interneuron
 * at the left whose axon ends on the dendrite. Geometry is fixed and built once here.
 */

const BOUTON_POINTS: Pt[] = [
  [462, -40], [458, 8], [420, 22], [360, 42], [318, 86], [305, 140], [322, 188], [362, 212], [420, 221], [480, 223],
  [540, 221], [598, 212], [638, 188], [655, 140], [642, 86], [600, 42], [540, 22], [502, 8], [498, -40],
];
const SPINE_POINTS: Pt[] = [
  [-60, 482], [200, 478], [380, 474], [448, 466], [462, 440], [460, 405], [420, 388], [362, 362], [335, 318], [342, 280],
  [372, 263], [430, 258], [480, 257], [530, 258], [588, 263], [618, 280], [625, 318], [598, 362], [540, 388], [500, 405],
  [498, 440], [512, 466], [580, 474], [760, 478], [1020, 482], [1020, 600], [480, 604], [-60, 600],
];
const BOUTON = closedPath(BOUTON_POINTS);
const SPINE = closedPath(SPINE_POINTS);

/** Membrane height of the spine-head top at x (where receptors sit). */
const psdY = (x: number) => 257.5 + ((x - 480) / 110) ** 2 * 5;

export const NMDA_X = [392, 464, 536] as const;
export const AMPA_X = [428, 500, 572] as const;
const RECEPTOR_SCALE = 0.72;

export const INTERNEURON_AT: Pt = [125, 320];
const interneuron = ({ state }: LiveFrame) => state.interneuron;
/** NMDA receptors on the interneuron's soma: [x, y, rotation so the outside faces away from the soma]. */
const INTERNEURON_NMDA = [
  [165, 295, 54],
  [141, 277, 18],
] as const;
const AXON = 'M170 338 C 232 338, 282 380, 304 430';
const TERMINAL = closedPath([[284, 440], [296, 428], [316, 426], [336, 436], [342, 452], [328, 466], [304, 468], [286, 458]]);
const GABA_VESICLES: Pt[] = [[302, 444], [320, 440], [312, 456]];

/** Vesicles in the bouton; the first three are docked at the active zone and can fuse. */
const VESICLES: Pt[] = [
  [440, 203], [482, 206], [524, 203],
  [372, 118], [414, 92], [460, 120], [508, 96], [552, 124], [594, 150], [400, 162], [500, 160], [560, 186], [360, 172],
];
const DOCKED = 3;


const GLUTAMATE = makePool(7, 48, { x: 345, y: 229, w: 270, h: 24 });
const GABA_PUFFS = makePool(11, 12, { x: 276, y: 468, w: 72, h: 8 });
/** Free ketamine around the synapse: left of the spine, and to its right. */
const KETAMINE = [
  ...makePool(23, 6, { x: 205, y: 200, w: 100, h: 120 }),
  ...makePool(29, 6, { x: 660, y: 170, w: 110, h: 150 }),
];
/** Where labels point at a free ketamine molecule (the first of each group, at rest). */
export const KETAMINE_ANCHOR: Pt = [KETAMINE[0]!.x, KETAMINE[0]!.y];
export const KETAMINE_RIGHT_ANCHOR: Pt = [KETAMINE[6]!.x, KETAMINE[6]!.y];

/** The order in which channels take up ketamine: the busy interneuron's first (science spec, scene 1). */
const NMDA_COUNT = INTERNEURON_NMDA.length + NMDA_X.length;
const lodgedAt = (order: number) => ({ state }: LiveFrame) => presence(state.nmdaBlocked, NMDA_COUNT, order);
export const nmdaOpen = ({ state }: LiveFrame) => state.nmdaOpen;
export const mgBlock = ({ state }: LiveFrame) => state.mgBlock;
const ampaOpen = ({ state }: LiveFrame) => state.ampaOpen;

export interface SynapseOptions {
  /** L-type channels, spine glow and the hand-off signal (scene 3). */
  readonly spineSignalling?: boolean;
  /** The pyramidal neuron's spike trace (scene 2). */
  readonly pyramidalTrace?: boolean;
  /** The GABA interneuron, its meter and its terminal (off in close-ups where it would be cut off). */
  readonly interneuron?: boolean;
}

const TRACE_PYRAMIDAL = { x: 690, y: 372, w: 230, h: 52 } as const;
const TRACE_INTERNEURON = { x: 42, y: 404, w: 176, h: 46 } as const;
export const PYRAMIDAL_TRACE_ANCHOR: Pt = [TRACE_PYRAMIDAL.x + TRACE_PYRAMIDAL.w / 2, TRACE_PYRAMIDAL.y + TRACE_PYRAMIDAL.h];
export const INTERNEURON_TRACE_ANCHOR: Pt = [TRACE_INTERNEURON.x + 20, TRACE_INTERNEURON.y + TRACE_INTERNEURON.h / 2];

export function Synapse({ options }: { options: SynapseOptions }) {
  const paint = usePaint();
  const nmda = (order: number) => ({ open: nmdaOpen, mg: mgBlock, lodged: lodgedAt(order), bound: nmdaOpen });
  return (
    <g>
      {options.interneuron !== false && (
      <Part actor="interneuron">
        <path d={AXON} fill="none" stroke="var(--c-gaba)" strokeWidth={5} strokeLinecap="round" opacity={0.8} />
        <Placed x={INTERNEURON_AT[0]} y={INTERNEURON_AT[1]} scale={1}>
          <InterneuronSoma activity={interneuron} />
        </Placed>
        <path d={TERMINAL} fill={paint('inter')} stroke="var(--c-gaba)" strokeWidth={3} />
        {GABA_VESICLES.map(([x, y]) => (
          <Vesicle key={x} x={x} y={y} r={6} cargo="gaba" />
        ))}
        <Live as="g" live={(f) => ({ opacity: 0.4 + 0.6 * f.state.interneuron })}>
          <SpikeTrace {...TRACE_INTERNEURON} rate={interneuron} stroke="var(--c-gaba)" />
        </Live>
      </Part>
      )}

      <Part actor="spine">
        <Tissue d={SPINE} fill={paint('cyto')} />
        {options.spineSignalling && (
          <Live as="ellipse" cx={480} cy={318} rx={150} ry={82} fill={paint('glow-depol')} live={(f) => ({ opacity: f.state.depolarization })} />
        )}
      </Part>

      <Part actor="presynaptic">
        <Tissue d={BOUTON} fill={paint('bouton')} />
      </Part>
      <Part actor="vesicle">
        {VESICLES.map(([x, y], i) => (
          <Vesicle key={i} x={x} y={y} r={13} cargo="glutamate" fusion={i < DOCKED ? (f) => presence(f.state.glutamate, DOCKED, i) * 0.8 : 0} />
        ))}
      </Part>

      {options.interneuron !== false && (
      <Part actor="gaba">
        <Live as="ellipse" cx={312} cy={474} rx={40} ry={9} fill="var(--c-gaba)" live={(f) => ({ opacity: 0.18 * f.state.gaba })} />
        {GABA_PUFFS.map((p, i) => (
          <Live key={i} as="g" live={(f) => drifting(p, f.t, 3, presence(f.state.gaba, GABA_PUFFS.length, i))}>
            <GabaGlyph x={0} y={0} r={3.4} />
          </Live>
        ))}
      </Part>
      )}

      <Part actor="nmda">
        {INTERNEURON_NMDA.map(([x, y, rotate], i) => (
          <Placed key={i} x={x} y={y} scale={0.72} rotate={rotate}>
            <NmdaReceptor {...nmda(i)} />
          </Placed>
        ))}
        {NMDA_X.map((x, i) => (
          <Placed key={x} x={x} y={psdY(x)} scale={RECEPTOR_SCALE}>
            <NmdaReceptor {...nmda(INTERNEURON_NMDA.length + i)} />
          </Placed>
        ))}
      </Part>
      <Part actor="ampa">
        {AMPA_X.map((x, i) => {
          // Chronic stress leaves fewer synaptic sites: missing AMPA sites stay as faint outlines.
          const present = ({ state }: LiveFrame) => presence(state.spines, AMPA_X.length, i);
          return (
            <Placed key={x} x={x} y={psdY(x)} scale={RECEPTOR_SCALE}>
              <Live
                as="circle"
                cx={0}
                cy={-8}
                r={10}
                fill="none"
                stroke="var(--c-ampa-outline)"
                strokeDasharray="2 2"
                live={(f) => shownIf(present(f) < 1, 0.5)}
              />
              <Live as="g" live={(f) => fade(present(f))}>
                <AmpaReceptor open={ampaOpen} />
              </Live>
            </Placed>
          );
        })}
      </Part>

      {options.spineSignalling && <SpineSignalling />}

      <Part actor="glutamate">
        {GLUTAMATE.map((p, i) => (
          <Live key={i} as="g" live={(f) => drifting(p, f.t, 4, presence(f.state.glutamate, GLUTAMATE.length, i))}>
            <GlutamateGlyph x={0} y={0} r={3.4} />
          </Live>
        ))}
      </Part>

      <Part actor="ketamine">
        {KETAMINE.map((p, i) => (
          <Live
            key={i}
            as="g"
            live={(f) => drifting(p, f.t * 0.6, 9, presence(f.state.ketamine, KETAMINE.length, i), ` ${rotate(p.jitter * 360 + f.t * 6 * (p.speed - 0.6))}`)}
          >
            <KetamineMolecule scale={1.25} />
          </Live>
        ))}
      </Part>

      {options.pyramidalTrace && (
        <Part actor="pyramidal">
          <SpikeTrace {...TRACE_PYRAMIDAL} rate={(f) => f.state.pyramidal} stroke="var(--k-pyramidal)" />
          <line
            x1={PYRAMIDAL_TRACE_ANCHOR[0]}
            y1={PYRAMIDAL_TRACE_ANCHOR[1]}
            x2={PYRAMIDAL_TRACE_ANCHOR[0]}
            y2={500}
            stroke="var(--k-pyramidal)"
            strokeWidth={1.5}
            strokeDasharray="3 4"
          />
          <circle cx={PYRAMIDAL_TRACE_ANCHOR[0]} cy={500} r={4} fill="var(--k-pyramidal)" />
        </Part>
      )}
    </g>
  );
}

/** L-type channels on the spine-head flanks, [x, y, rotation]: outside faces away from the spine. */
export const LTYPE_AT = [
  [338, 322, -84],
  [622, 322, 84],
] as const;
const SODIUM = makePool(31, 14, { x: 380, y: 280, w: 200, h: 90 });
const CALCIUM = makePool(37, 12, { x: 360, y: 290, w: 240, h: 80 });
const BDNF_STORES: Pt[] = [[452, 372], [506, 368], [480, 392]];

/**
 * Scene 3's inside-the-spine story: Na⁺ spreading in, L-type channels letting Ca²⁺ in, and a calm
 * wave travelling from the synapse toward the BDNF stores (the hand-off to scene 4).
 */
function SpineSignalling() {
  return (
    <g>
      <Part actor="sodium">
        {SODIUM.map((p, i) => (
          <Live key={i} as="g" live={(f) => drifting(p, f.t, 5, presence(f.state.ampaOpen * f.state.depolarization, SODIUM.length, i))}>
            <SodiumGlyph x={0} y={0} r={2.4} />
          </Live>
        ))}
      </Part>
      <Part actor="ltype">
        {LTYPE_AT.map(([x, y, rotate]) => (
          <Placed key={x} x={x} y={y} scale={1.05} rotate={rotate}>
            <LTypeChannel open={(f) => f.state.calcium} />
          </Placed>
        ))}
      </Part>
      <Part actor="calcium">
        {CALCIUM.map((p, i) => (
          <Live key={i} as="g" live={(f) => drifting(p, f.t, 5, presence(f.state.calcium, CALCIUM.length, i))}>
            <CalciumGlyph x={0} y={0} r={2.9} />
          </Live>
        ))}
      </Part>
      <Live as="g" live={(f) => ({ opacity: smoothstep(0.2, 0.9, f.state.bdnf) })}>
        <Live
          as="ellipse"
          cx={480}
          fill="none"
          stroke="var(--c-bdnf)"
          strokeWidth={2}
          live={({ t }) => {
            const wave = t === 0 ? 0.5 : (t * 0.25) % 1;
            return { cy: 285 + wave * 95, rx: 60 + wave * 50, ry: 10 + wave * 6, opacity: 0.55 * (1 - wave) };
          }}
        />
        {BDNF_STORES.map(([x, y]) => (
          <Vesicle key={x} x={x} y={y} r={9} cargo="bdnf" />
        ))}
      </Live>
    </g>
  );
}
