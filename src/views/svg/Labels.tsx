import type { KeyboardEvent } from 'react';
import type { ActorId } from '../../science/types';
import { VIEW_H, VIEW_W, toScreen, type Camera, type Pt } from './geometry';

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
/** Rough width of a label for its hit area and rings (system font, no measuring per frame). */
const textWidth = (text: string) => text.length * FONT * 0.56;

interface LabelsProps {
  readonly specs: readonly LabelSpec[];
  readonly camera: Camera;
  /** Changes with the framing, so a new set of labels fades in rather than jumping. */
  readonly layoutKey: string;
  readonly label: (actor: ActorId) => string;
  readonly selected: ActorId | null;
  readonly onSelect: (actor: ActorId) => void;
}

/** The label layer: each label is the keyboard hotspot of its actor. */
export function Labels({ specs, camera, layoutKey, label, selected, onSelect }: LabelsProps) {
  return (
    <g className="kme-labels" key={layoutKey}>
      {specs.map((spec) => {
        const text = label(spec.actor);
        const [ax, ay] = spec.space === 'screen' ? spec.anchor : toScreen(camera, spec.anchor);
        // An actor the camera has moved out of view gets no label in this framing.
        if (ax < 0 || ax > VIEW_W || ay < 0 || ay > VIEW_H) return null;
        const [lx, ly] = spec.at;
        const align = spec.align ?? (lx < ax ? 'end' : 'start');
        const width = textWidth(text);
        const x0 = align === 'end' ? lx - width : lx;
        const x1 = x0 + width;
        // The leader leaves the text from the side nearest its anchor.
        const leaderStart = ax >= x1 ? x1 + 5 : ax <= x0 ? x0 - 5 : Math.min(Math.max(ax, x0), x1);
        const leaderY = ax > x0 && ax < x1 ? ly + (ay > ly ? 11 : -11) : ly;
        const isSelected = selected === spec.actor;
        const activate = () => onSelect(spec.actor);
        const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            activate();
          }
        };
        return (
          <g
            key={spec.actor}
            className={`kme-hotspot${isSelected ? ' kme-hotspot--selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={text}
            aria-pressed={isSelected}
            data-actor={spec.actor}
            onClick={activate}
            onKeyDown={onKeyDown}
          >
            <line className="kme-leader" x1={leaderStart} y1={leaderY} x2={ax} y2={ay} />
            <circle className="kme-leader-dot" cx={ax} cy={ay} r={2.6} />
            {isSelected && <circle className="kme-selected-halo" cx={ax} cy={ay} r={13} />}
            <rect className="kme-hotspot__ring" x={x0 - 7} y={ly - 13} width={width + 14} height={26} rx={13} />
            <text className="kme-label" x={lx} y={ly} dy="0.35em" textAnchor={align} fontSize={FONT}>
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
