import type { StateVariable } from '../science/types';
import type { Exposure, PanelSettings, Stress } from './settings';

/**
 * Natural time courses: how each drug-related quantity moves over the hours and weeks after a
 * session, under the panel's settings. Shapes and directions follow the science spec (§1, "Panel"):
 * they are qualitative sketches, not fitted data, and every number below is a drawing choice on a
 * 0–1 scale, never a dose, a concentration or a prediction.
 *
 * The same functions draw the time-course charts and set the end points of the scenes' keyframes,
 * so the picture and the chart can never disagree.
 */

/** Hours after a session; negative means before it (the untreated synapse). */
export type Hours = number;
export const BEFORE: Hours = -1;

const byExposure = (table: Record<Exposure, number>) => (e: Exposure) => table[e];
const byStress = (table: Record<Stress, number>) => (s: Stress) => table[s];

/**
 * Share of NMDA channels blocked at the peak. Grows with exposure; "high" is widespread block
 * (anaesthetic range), shown with sedation rather than more benefit.
 */
const peakBlock = byExposure({ none: 0, low: 0.35, moderate: 0.65, high: 0.95 });

/**
 * Size of the glutamate burst. Largest at moderate; at high (anaesthetic-range) exposure it is small,
 * because rodent data show anaesthetic doses lowering glutamate outflow (Moghaddam 1997). Never linear.
 */
const burstSize = byExposure({ none: 0, low: 0.45, moderate: 1, high: 0.12 });

/** Global suppression (sedation, dissociation): marked only in the anaesthetic range. */
const peakSedation = byExposure({ none: 0, low: 0.05, moderate: 0.2, high: 1 });

/** Extra BDNF released: follows the burst, largest at moderate, not larger at high. */
const bdnfGain = byExposure({ none: 0, low: 0.28, moderate: 0.55, high: 0.2 });

/** New spines: moderate gives the most; high gives no more (no support for "more is better"). */
const spineGrowth = byExposure({ none: 0, low: 0.55, moderate: 1, high: 0.5 });

/** Share of the original spines present before the session (chronic stress removes some). */
const spineBaseline = byStress({ low: 1, high: 0.62 });

/** Baseline BDNF "reservoir": lower under chronic stress in rodent models. */
const bdnfBaseline = byStress({ low: 0.45, high: 0.28 });

/** Baseline prefrontal activity: a subtle dip under chronic stress (no strong human data). */
const pyramidalBaseline = byStress({ low: 0.42, high: 0.36 });

const HALF_LIFE_HOURS = 3; // science spec §0: short-lived, half-life about 3 h ("hit-and-go").

/** 1 at the session, halving every few hours: the drug clearing. */
function clearance(h: Hours): number {
  return h < 0 ? 0 : Math.pow(0.5, h / HALF_LIFE_HOURS);
}

/** Rise over `rise` hours then decay over `decay` hours, scaled so its maximum is 1. */
function pulse(rise: number, decay: number): (h: Hours) => number {
  const raw = (h: Hours) => (h <= 0 ? 0 : (1 - Math.exp(-h / rise)) * Math.exp(-h / decay));
  const peakAt = rise * Math.log((rise + decay) / rise); // where d/dh raw = 0
  const scale = 1 / raw(peakAt);
  return (h) => raw(h) * scale;
}

/** The burst: within minutes, over by a few hours ("drug-on" phase about 2 h). */
const burstShape = pulse(0.08, 0.9);
/** BDNF and mTORC1 signalling: peaks within hours, fading by about a day. */
const signallingShape = pulse(0.6, 12);
/** Protein synthesis lags signalling a little. */
const proteinShape = pulse(1.2, 14);

/** New spines: buds within hours, mature by about a day (in animals). */
function spineGrowthShape(h: Hours): number {
  return h <= 0 ? 0 : 1 - Math.exp(-h / 8);
}
/** Over days to weeks some new spines persist and some are lost: the effect can wear off. */
function spineRetention(h: Hours): number {
  return Math.exp(-Math.max(0, h - 24) / 320);
}

type Course = (h: Hours, s: PanelSettings) => number;

const block: Course = (h, s) => peakBlock(s.exposure) * clearance(h);
const sedation: Course = (h, s) => (h < 0 ? 0 : peakSedation(s.exposure) * Math.exp(-h / 0.7));
const burst: Course = (h, s) => burstSize(s.exposure) * burstShape(h);
const signalling: Course = (h, s) => (bdnfGain(s.exposure) / 0.55) * signallingShape(h);

/**
 * The time course of every drug-related variable. Variables not listed (channel gating, Mg²⁺) are
 * physiology that the scenes animate directly.
 */
export const COURSES: Partial<Record<StateVariable, Course>> = {
  ketamine: (h, s) => (s.exposure === 'none' ? 0 : Math.min(1, 0.25 + peakBlock(s.exposure)) * clearance(h)),
  nmdaBlocked: block,
  interneuron: (h, s) => 0.85 - 0.6 * block(h, s) - 0.2 * sedation(h, s),
  gaba: (h, s) => 0.8 - 0.6 * block(h, s) - 0.15 * sedation(h, s),
  pyramidal: (h, s) => pyramidalBaseline(s.stress) + 0.5 * burst(h, s) - 0.3 * sedation(h, s),
  glutamate: (h, s) => 0.18 + 0.72 * burst(h, s) - 0.1 * sedation(h, s),
  ampaOpen: (h, s) => 0.12 + 0.78 * burst(h, s),
  depolarization: (h, s) => 0.1 + 0.8 * burst(h, s),
  calcium: (h, s) => 0.08 + 0.8 * burst(h, s),
  bdnf: (h, s) => bdnfBaseline(s.stress) + bdnfGain(s.exposure) * signallingShape(h),
  trkb: (h, s) => 0.12 + 0.8 * signalling(h, s),
  cascade: (h, s) => 0.1 + 0.85 * signalling(h, s),
  mtorc1: (h, s) => 0.1 + 0.85 * signalling(h, s),
  protein: (h, s) => 0.08 + 0.85 * (bdnfGain(s.exposure) / 0.55) * proteinShape(h),
  eef2k: (h, s) => 1 - 0.7 * (block(h, s) / 0.95),
  sedation,
  spines: (_h, s) => spineBaseline(s.stress),
  newSpines: (h, s) => spineGrowth(s.exposure) * spineGrowthShape(h) * spineRetention(h),
  spineMaturity: (h, s) => (s.exposure === 'none' ? 0 : 1 - Math.exp(-Math.max(0, h) / 10)),
};

/**
 * Where on the natural clock each variable's step is "complete" in the scenes: progress 1 in a
 * keyframe means the value at this hour.
 */
export const PEAK_HOURS: Partial<Record<StateVariable, Hours>> = {
  ketamine: 0.05,
  nmdaBlocked: 0.05,
  interneuron: 0.05,
  gaba: 0.05,
  sedation: 0.05,
  eef2k: 0.05,
  pyramidal: 0.3,
  glutamate: 0.3,
  ampaOpen: 0.3,
  depolarization: 0.3,
  calcium: 0.3,
  bdnf: 3,
  trkb: 3,
  cascade: 3,
  mtorc1: 3,
  protein: 5,
  spines: 0,
  newSpines: 24,
  spineMaturity: 24,
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Value of a drug-related variable at `h` hours after a session (0–1). */
export function courseValue(variable: StateVariable, h: Hours, settings: PanelSettings): number | undefined {
  const course = COURSES[variable];
  return course ? clamp01(course(h, settings)) : undefined;
}
