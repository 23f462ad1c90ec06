import type { Framing } from '../../../science/types';
import { Part } from '../context';
import { FULL_VIEW, closedPath, openPath, presence, smoothstep, type Pt } from '../geometry';
import { Live, fade, type LiveFrame } from '../live';
import { seededRandom } from '../../../model/random';
import { spineOutline, spineReach } from '../actors/Spine';
import { Tissue } from '../actors/Tissue';
import { Bouton } from '../actors/Bouton';
import type { LabelSpec } from '../Labels';
import type { Composition } from './types';

/**
 * Scene 5: a dendrite segment with spines above and below, each reaching a passing axon where a
 * presynaptic bouton meets it. Chronic stress leaves some original spines as dashed ghosts; after a
 * session new spines bud as filopodia and mature into mushroom spines that gain a new bouton.
 */
const midY = (x: number) => 330 + 12 * Math.sin(x / 160);
const HALF = 32;
const SHAFT = closedPath([
  ...Array.from({ length: 15 }, (_, i) => [-80 + i * 80, midY(-80 + i * 80) - HALF] as const),
  ...Array.from({ length: 15 }, (_, i) => [1040 - i * 80, midY(1040 - i * 80) + HALF] as const),
]);
const SPINE_SCALE = 1.8;
const MUSHROOM_REACH = spineReach(1) * SPINE_SCALE;
const axonY = (x: number, side: -1 | 1) => midY(x) + side * (HALF + MUSHROOM_REACH + 4) + 4 * Math.sin(x / 90);
const axonPath = (side: -1 | 1) => openPath(Array.from({ length: 14 }, (_, i) => [-80 + i * 85, axonY(-80 + i * 85, side)] as const));
const AXONS = [axonPath(-1), axonPath(1)];

interface Slot {
  readonly x: number;
  /** −1 grows up, +1 grows down. */
  readonly side: -1 | 1;
  readonly tilt: number;
}
const random = seededRandom(97);
const slot = (x: number, side: -1 | 1): Slot => ({ x, side, tilt: (random() - 0.5) * 18 });

/** The original spines, listed in the order chronic stress removes them (last ones go first). */
const ORIGINAL: readonly Slot[] = [
  slot(120, -1), slot(450, 1), slot(780, -1), slot(220, 1), slot(560, -1), slot(880, 1), slot(330, -1), slot(680, 1),
];
/** Where new spines can grow, in the order they appear. */
const NEW: readonly Slot[] = [slot(445, -1), slot(335, 1), slot(670, -1), slot(560, 1), slot(225, -1), slot(780, 1)];

const base = ({ x, side }: Slot): Pt => [x, midY(x) + side * (HALF - 4)];
const transformOf = (s: Slot) => {
  const [x, y] = base(s);
  return `translate(${x} ${y}) rotate(${(s.side === 1 ? 180 : 0) + s.tilt}) scale(${SPINE_SCALE})`;
};
/** The bouton meeting a spine: on the axon, above the spine's head. */
const boutonAt = (s: Slot): Pt => [s.x + Math.sin((s.tilt * Math.PI) / 180) * MUSHROOM_REACH * -s.side, axonY(s.x, s.side)];

const MUSHROOM = spineOutline(1);
/** One flat cytoplasm for shaft and spines, so the two passes meet without a seam. */
const CYTOPLASM = 'var(--c-cytoplasm)';

const LABELS: readonly LabelSpec[] = [
  { actor: 'dendrite', at: [40, 560], anchor: [60, midY(60) + 20], align: 'start' },
  { actor: 'spine', at: [40, 56], align: 'start', anchor: [ORIGINAL[0]!.x, midY(120) - 88] },
  { actor: 'newSpine', at: [560, 56], anchor: [NEW[0]!.x + 6, midY(445) - 84] },
  { actor: 'presynaptic', at: [760, 56], anchor: boutonAt(NEW[2]!) },
];

const present = (i: number) => ({ state }: LiveFrame) => presence(state.spines, ORIGINAL.length, i);
const growth = (i: number) => ({ state }: LiveFrame) => presence(state.newSpines, NEW.length, i);
/** A new spine shows as soon as it starts to grow, and fully well before it is grown. */
const newSpineShown = (i: number) => (f: LiveFrame) => fade(Math.min(1, growth(i)(f) * 1.5));

/** Each new spine's outline as it grows and matures, made again only when the state has moved. */
const outlines = NEW.map((_, i) => {
  let last = { maturity: NaN, growth: NaN, d: '' };
  return (f: LiveFrame) => {
    const g = growth(i)(f);
    const { spineMaturity } = f.state;
    if (g !== last.growth || spineMaturity !== last.maturity) last = { maturity: spineMaturity, growth: g, d: g > 0 ? spineOutline(spineMaturity, g) : '' };
    return { d: last.d };
  };
});

function World() {
  return (
    <g>
      <Part actor="presynaptic">
        {AXONS.map((d) => (
          <path key={d} d={d} fill="none" stroke="var(--c-membrane-edge)" strokeWidth={6} strokeLinecap="round" opacity={0.5} />
        ))}
        {ORIGINAL.map((s, i) => (
          <Live key={s.x} as="g" live={(f) => ({ opacity: 0.35 + 0.65 * present(i)(f) })}>
            <Bouton x={boutonAt(s)[0]} y={boutonAt(s)[1]} />
          </Live>
        ))}
        {NEW.map((s, i) => (
          <Live key={s.x} as="g" live={(f) => fade(growth(i)(f) * smoothstep(0.55, 0.95, f.state.spineMaturity))}>
            <Bouton x={boutonAt(s)[0]} y={boutonAt(s)[1]} />
          </Live>
        ))}
      </Part>

      {/* Spines are drawn in two passes around the shaft: outlines below it, fills above it, so
          each spine's cytoplasm flows into the dendrite without a seam. */}
      <Part actor="spine">
        {ORIGINAL.map((s, i) => (
          <g key={s.x} transform={transformOf(s)}>
            {/* A spine stress has taken leaves a dashed ghost. */}
            <Live as="path" d={MUSHROOM} className="kme-ghost" live={(f) => ({ display: present(i)(f) < 1 ? null : 'none' })} />
            <Live as="path" d={MUSHROOM} className="kme-spine-edge" live={(f) => fade(present(i)(f))} />
          </g>
        ))}
      </Part>
      <Part actor="newSpine">
        {NEW.map((s, i) => (
          <Live key={s.x} as="g" transform={transformOf(s)} live={newSpineShown(i)}>
            <Live as="path" className="kme-new-glow" live={outlines[i]!} />
            <Live as="path" className="kme-spine-edge" live={outlines[i]!} />
          </Live>
        ))}
      </Part>
      <Part actor="dendrite">
        <Tissue d={SHAFT} fill={CYTOPLASM} />
      </Part>
      <Part actor="spine">
        {ORIGINAL.map((s, i) => (
          <Live key={s.x} as="path" d={MUSHROOM} transform={transformOf(s)} fill={CYTOPLASM} live={(f) => fade(present(i)(f))} />
        ))}
      </Part>
      <Part actor="newSpine">
        {NEW.map((s, i) => (
          <Live key={s.x} as="g" transform={transformOf(s)} live={newSpineShown(i)}>
            <Live as="path" fill={CYTOPLASM} live={outlines[i]!} />
          </Live>
        ))}
      </Part>
    </g>
  );
}

export const synaptogenesis: Composition = {
  camera: (_framing: Framing) => FULL_VIEW,
  labels: (_framing: Framing) => LABELS,
  World,
};
