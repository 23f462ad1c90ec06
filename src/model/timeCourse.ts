import type { SceneDefinition, StateVariable } from '../science/types';
import { courseValue, type Hours } from './courses';
import { HOURS_AFTER_SESSION, TIMES, untreated, type PanelSettings, type TimeSince } from './settings';

/**
 * The time-course charts' data: a variable's natural course over hours after a session, the untreated
 * course to compare with, where the player's "now" falls on that clock, and a plain summary of the
 * curve for its text alternative. Sampled on a log scale, since the steps span minutes to weeks.
 */
export type CoursePoint = readonly [hours: number, value: number];

export function timeCourse(variable: StateVariable, settings: PanelSettings, fromHours: Hours, toHours: Hours, samples = 90): CoursePoint[] {
  const a = Math.log(fromHours);
  const b = Math.log(toHours);
  const points: CoursePoint[] = [];
  for (let i = 0; i < samples; i++) {
    const h = Math.exp(a + ((b - a) * i) / (samples - 1));
    points.push([h, courseValue(variable, h, settings) ?? 0]);
  }
  return points;
}

/** Hours on the natural clock that a moment of a scene stands for (the chart's moving marker). */
export function clockAt(scene: SceneDefinition, beatIndex: number, progress: number, settings: PanelSettings): Hours {
  const { fromHours } = scene.chart;
  const hoursOf = (index: number): Hours => {
    if (index < 0) return fromHours;
    const clock = scene.beats[index]!.clock;
    if (clock === 'before') return fromHours;
    if (clock === 'now') return HOURS_AFTER_SESSION[settings.time];
    return Math.max(clock, fromHours);
  };
  const start = hoursOf(beatIndex - 1);
  const end = hoursOf(beatIndex);
  // Interpolate on the log clock, so the marker moves at an even pace across the chart.
  return Math.exp(Math.log(start) + (Math.log(end) - Math.log(start)) * Math.min(Math.max(progress, 0), 1));
}

export interface CourseSummary {
  /** How the treated course departs from the untreated one. */
  readonly direction: 'up' | 'down' | 'none';
  /** Time word nearest the largest difference. */
  readonly peak: TimeSince | null;
  /** First time word by which the difference has mostly gone, if within the span. */
  readonly settles: TimeSince | null;
}

/** The nearest "time since a session" word to an hour count, on the log clock. */
export function nearestTimeWord(hours: Hours): TimeSince {
  let best: TimeSince = TIMES[0];
  for (const word of TIMES) {
    if (Math.abs(Math.log(HOURS_AFTER_SESSION[word]) - Math.log(hours)) < Math.abs(Math.log(HOURS_AFTER_SESSION[best]) - Math.log(hours))) best = word;
  }
  return best;
}

export function summarizeCourse(variable: StateVariable, settings: PanelSettings, fromHours: Hours, toHours: Hours): CourseSummary {
  const treated = timeCourse(variable, settings, fromHours, toHours);
  const base = timeCourse(variable, untreated(settings), fromHours, toHours);
  const diffs = treated.map(([h, v], i) => [h, v - base[i]![1]] as const);
  const largest = diffs.reduce((best, d) => (Math.abs(d[1]) > Math.abs(best[1]) ? d : best), diffs[0]!);
  if (Math.abs(largest[1]) < 0.03) return { direction: 'none', peak: null, settles: null };
  const after = diffs.filter(([h]) => h > largest[0]);
  const settled = after.find(([, d]) => Math.abs(d) < Math.abs(largest[1]) * 0.2);
  return {
    direction: largest[1] > 0 ? 'up' : 'down',
    peak: nearestTimeWord(largest[0]),
    settles: settled ? nearestTimeWord(settled[0]) : null,
  };
}
