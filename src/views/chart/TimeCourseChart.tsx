import { useId, useMemo, useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import type { SceneDefinition, StateVariable } from '../../science/types';
import { untreated, type PanelSettings } from '../../model/settings';
import { beatAt, resolveScene } from '../../model/state';
import { clockAt, summarizeCourse, timeCourse } from '../../model/timeCourse';
import type { Player } from '../../player/player';
import { usePlayerFrame } from '../../ui/playerHooks';
import { useText } from '../../ui/text';
import { stageTime } from '../stageTime';
import './chart.css';

/**
 * A small time-course chart per scene: the scene's key quantity over its natural time span, under the
 * current settings against the untreated synapse, with a "now" marker that moves with the player.
 * Axes are qualitative: moments in words and "less"/"more", never invented units.
 */
const WIDTH = 360;
const HEIGHT = 176;
const MARGIN = { top: 14, right: 14, bottom: 34, left: 44 };

/** Moments labelled on the time axis, shown when inside the chart's span. */
const TIME_TICKS = [
  { hours: 1 / 30, key: 'minutes' },
  { hours: 1, key: 'hour' },
  { hours: 24, key: 'day' },
  { hours: 168, key: 'week' },
  { hours: 720, key: 'month' },
] as const;

const COLOUR: Partial<Record<StateVariable, string>> = {
  nmdaBlocked: 'var(--c-nmda)',
  glutamate: 'var(--c-glutamate)',
  ampaOpen: 'var(--c-ampa-outline)',
  bdnf: 'var(--c-bdnf)',
  newSpines: 'var(--c-accent)',
};

function NowMarker({
  player,
  scene,
  settings,
  reducedMotion,
  x,
}: {
  player: Player;
  scene: SceneDefinition;
  settings: PanelSettings;
  reducedMotion: boolean;
  x: (h: number) => number;
}) {
  const { t } = useText();
  const marker = useRef<SVGGElement>(null);
  const label = useRef<SVGTextElement>(null);
  const written = useRef({ transform: '', anchor: '' });
  // The moment the stage shows: under reduced motion the marker steps from beat to beat with it. Placed
  // to half a unit (about half a CSS pixel): finer steps would repaint the chart on frames where the
  // marker does not visibly move.
  const place = () => {
    const { index, progress } = beatAt(resolveScene(scene, settings), stageTime(player, reducedMotion));
    const px = Math.round(x(clockAt(scene, index, progress, settings)) * 2) / 2;
    return { transform: `translate(${px},0)`, anchor: px > WIDTH - 60 ? ('end' as const) : ('middle' as const) };
  };
  // It moves with the clock by writing its own attributes, without a render, and only what changed.
  usePlayerFrame(player, (afterRender) => {
    const { transform, anchor } = place();
    if (afterRender || written.current.transform !== transform) marker.current?.setAttribute('transform', transform);
    if (afterRender || written.current.anchor !== anchor) label.current?.setAttribute('text-anchor', anchor);
    written.current = { transform, anchor };
  });
  const now = place();
  return (
    <g ref={marker} className="chart__now" transform={now.transform}>
      <line y1={MARGIN.top - 4} y2={HEIGHT - MARGIN.bottom} />
      <text ref={label} y={MARGIN.top - 5} textAnchor={now.anchor}>
        {t('chart.now')}
      </text>
    </g>
  );
}

export function TimeCourseChart({
  scene,
  settings,
  player,
  reducedMotion,
}: {
  scene: SceneDefinition;
  settings: PanelSettings;
  player: Player;
  reducedMotion: boolean;
}) {
  const { t } = useText();
  const titleId = useId();
  const descId = useId();
  const { variable, fromHours, toHours } = scene.chart;

  const { x, y, treatedPath, untreatedPath, summary } = useMemo(() => {
    const x = scaleLog().domain([fromHours, toHours]).range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const path = line<readonly [number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
      .curve(curveMonotoneX);
    return {
      x,
      y,
      treatedPath: path(timeCourse(variable, settings, fromHours, toHours)) ?? '',
      untreatedPath: path(timeCourse(variable, untreated(settings), fromHours, toHours)) ?? '',
      summary: summarizeCourse(variable, settings, fromHours, toHours),
    };
  }, [variable, fromHours, toHours, settings]);

  const quantity = t(`chart.quantity.${variable}`);
  const description =
    summary.direction === 'none'
      ? t('chart.summary.none', { quantity })
      : t(`chart.summary.${summary.direction}`, {
          quantity,
          peak: t(`panel.time.values.${summary.peak}`),
          settles: summary.settles ? t('chart.summary.settles', { when: t(`panel.time.values.${summary.settles}`) }) : t('chart.summary.stays'),
        });
  const ticks = TIME_TICKS.filter((tick) => tick.hours >= fromHours && tick.hours <= toHours);

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t('chart.title', { quantity })}</title>
        <desc id={descId}>{description}</desc>
        <g className="chart__axes" aria-hidden="true">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
          <line x1={MARGIN.left} x2={MARGIN.left} y1={y(0)} y2={y(1)} />
          {ticks.map((tick) => (
            <g key={tick.key} transform={`translate(${x(tick.hours)},${y(0)})`}>
              <line y2={5} />
              <text y={18} textAnchor="middle">
                {t(`chart.ticks.${tick.key}`)}
              </text>
            </g>
          ))}
          <text x={MARGIN.left - 6} y={y(1) + 4} textAnchor="end">
            {t('chart.more')}
          </text>
          <text x={MARGIN.left - 6} y={y(0)} textAnchor="end">
            {t('chart.less')}
          </text>
          <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 3} textAnchor="middle" className="chart__axis-title">
            {t('chart.axisTime')}
          </text>
        </g>
        <path className="chart__untreated" d={untreatedPath} />
        <path className="chart__treated" d={treatedPath} style={{ stroke: COLOUR[variable] ?? 'var(--c-accent)' }} />
        <NowMarker player={player} scene={scene} settings={settings} reducedMotion={reducedMotion} x={x} />
      </svg>
      <figcaption>
        <span className="chart__key chart__key--treated" style={{ borderColor: COLOUR[variable] ?? 'var(--c-accent)' }}>
          {t('chart.withKetamine')}
        </span>
        <span className="chart__key chart__key--untreated">{t('chart.withoutKetamine')}</span>
      </figcaption>
    </figure>
  );
}
