/**
 * The qualitative panel: three settings in words, never numbers (science spec §1, interface.md).
 * They are the model's input, so their vocabulary and defaults live here.
 */
export const EXPOSURES = ['none', 'low', 'moderate', 'high'] as const;
export type Exposure = (typeof EXPOSURES)[number];

export const TIMES = ['minutes', 'hours', 'day', 'week', 'weeks'] as const;
export type TimeSince = (typeof TIMES)[number];

export const STRESS_LEVELS = ['low', 'high'] as const;
export type Stress = (typeof STRESS_LEVELS)[number];

export interface PanelSettings {
  readonly exposure: Exposure;
  readonly time: TimeSince;
  readonly stress: Stress;
}

export const DEFAULT_SETTINGS: PanelSettings = { exposure: 'moderate', time: 'day', stress: 'high' };

/** The untreated synapse under the same background, for "compared with no ketamine" views. */
export function untreated(settings: PanelSettings): PanelSettings {
  return { ...settings, exposure: 'none' };
}

/**
 * A representative point on the natural clock for each "time since a session" word, in hours.
 * Used only inside the model to read the time courses; never shown as a number.
 */
export const HOURS_AFTER_SESSION: Readonly<Record<TimeSince, number>> = {
  minutes: 0.25,
  hours: 4,
  day: 24,
  week: 168,
  weeks: 504,
};
