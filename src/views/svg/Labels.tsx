import type { KeyboardEvent } from 'react';
import type { ActorId } from '../../science/types';
import { VIEW_H, VIEW_W, toScreen, type Camera, type Pt } from './geometry';
import { Live, type LiveFrame } from './live';

/**
 * A label placed by hand for one framing: the text sits at `at` (viewBox units, in the calm margin of
 * the picture) and a thin leader runs to `anchor`, a point on the actor. World anchors follow the
 * camera; screen anchors (in an inset) stay put.
 */
export interface LabelSpec {
  readonly actor: ActorId;
  readonly at: Pt;
  readonly anchor: Pt;
  readonly space?: 'world' | 'screen';
  /** Which end of the text sits at `at`; by default the end facing the anchor. */
  readonly align?: 'start' | 'end';
}

const FONT = 15;
/** The least gap between a label and the picture's left or right edge. */
const EDGE = 8;
/**
 * Rough width of a label for its hit area, ring and place (system font, no measuring per frame): capitals
 * are wide and narrow letters narrow in the bold sans-serif the labels use, so names in capitals such as
 * "NMDA" are not underestimated.
 */
const textWidth = (text: string) => {
  let em = 0;
  for (const char of text) em += /[A-Z]/.test(char) ? 0.8 : /[\s.,'’ilj]/.test(char) ? 0.34 : 0.66;
  return em * FONT;
};

/** Where a label's parts go under a camera: the leader follows its anchor as the camera moves. */
function place(spec: LabelSpec, width: number, camera: Camera) {
  const [ax, ay] = spec.space === 'screen' ? spec.anchor : toScreen(camera, spec.anchor);
  const [lx, ly] = spec.at;
  const align = spec.align ?? (lx < ax ? 'end' : 'start');
  // Kept inside the picture: a long name (or a longer translation) placed near an edge slides inward
  // rather than being cut off by the frame.
  const x0 = Math.min(Math.max(align === 'end' ? lx - width : lx, EDGE), VIEW_W - EDGE - width);
  const x1 = x0 + width;
  return {
    // An actor the camera has moved out of view gets no label.
    onScreen: ax >= 0 && ax <= VIEW_W && ay >= 0 && ay <= VIEW_H,
    ax,
    ay,
    align,
    x0,
    textX: align === 'end' ? x1 : x0,
    // The leader leaves the text from the side nearest its anchor.
    leaderStart: ax >= x1 ? x1 + 5 : ax <= x0 ? x0 - 5 : Math.min(Math.max(ax, x0), x1),
    leaderY: ax > x0 && ax < x1 ? ly + (ay > ly ? 11 : -11) : ly,
  };
}

interface LabelsProps {
  readonly specs: readonly LabelSpec[];
  /** Changes with the framing, so a new set of labels fades in rather than jumping. */
  readonly layoutKey: string;
  readonly label: (actor: ActorId) => string;
  readonly selected: ActorId | null;
  readonly onSelect: (actor: ActorId) => void;
}

/** The label layer: each label is the keyboard hotspot of its actor. */
export function Labels({ specs, layoutKey, label, selected, onSelect }: LabelsProps) {
  return (
    <g className="kme-labels" key={layoutKey}>
      {specs.map((spec) => (
        <Hotspot key={spec.actor} spec={spec} text={label(spec.actor)} selected={selected === spec.actor} onSelect={onSelect} />
      ))}
    </g>
  );
}

function Hotspot({ spec, text, selected, onSelect }: { spec: LabelSpec; text: string; selected: boolean; onSelect: (actor: ActorId) => void }) {
  const width = textWidth(text);
  const ly = spec.at[1];
  const at = (camera: Camera) => place(spec, width, camera);
  const anchor = (f: LiveFrame) => {
    const { ax, ay } = at(f.camera);
    return { cx: ax, cy: ay };
  };
  const activate = () => onSelect(spec.actor);
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
  return (
    <Live
      as="g"
      live={(f) => ({ display: at(f.camera).onScreen ? null : 'none' })}
      className={`kme-hotspot${selected ? ' kme-hotspot--selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={text}
      aria-pressed={selected}
      data-actor={spec.actor}
      onClick={activate}
      onKeyDown={onKeyDown}
    >
      <Live
        as="line"
        className="kme-leader"
        live={(f) => {
          const { leaderStart, leaderY, ax, ay } = at(f.camera);
          return { x1: leaderStart, y1: leaderY, x2: ax, y2: ay };
        }}
      />
      <Live as="circle" className="kme-leader-dot" r={2.6} live={anchor} />
      {selected && <Live as="circle" className="kme-selected-halo" r={13} live={anchor} />}
      <Live as="rect" className="kme-hotspot__ring" y={ly - 13} width={width + 14} height={26} rx={13} live={(f) => ({ x: at(f.camera).x0 - 7 })} />
      <Live as="text" className="kme-label" y={ly} dy="0.35em" fontSize={FONT} live={(f) => ({ x: at(f.camera).textX, textAnchor: at(f.camera).align })}>
        {text}
      </Live>
    </Live>
  );
}
