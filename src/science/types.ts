/**
 * Shared vocabulary of the explorer: the state variables the model computes, the scene schema the
 * scene folders fill in, and the evidence grades of the science spec. This is the bottom layer:
 * it imports nothing from the project.
 */

/**
 * Every quantity the model reports, each normalised to 0–1 (qualitative, never a measured unit).
 * Views map these to pictures; they never compute them.
 */
export const STATE_VARIABLES = [
  /** Ketamine molecules near the synapse (0 = none). */
  'ketamine',
  /** Share of NMDA channels open and passing ions (physiology, not drug effect). */
  'nmdaOpen',
  /** Mg²⁺ plugging the NMDA pore at rest (1 = plugged). */
  'mgBlock',
  /** Share of NMDA channels blocked (trapped) by ketamine. */
  'nmdaBlocked',
  /** Firing of the GABA interneuron ("brake" cell; PV or SST in the disinhibition model). */
  'interneuron',
  /** GABA released by the interneuron onto the pyramidal cell. */
  'gaba',
  /** Firing rate of the pyramidal neuron. */
  'pyramidal',
  /** Glutamate in the synaptic cleft. */
  'glutamate',
  /** Share of AMPA receptors open. */
  'ampaOpen',
  /** Depolarisation of the spine membrane. */
  'depolarization',
  /** Ca²⁺ entry through L-type channels. */
  'calcium',
  /** BDNF released. */
  'bdnf',
  /** TrkB receptors activated by BDNF. */
  'trkb',
  /** Akt/ERK kinase cascade activity. */
  'cascade',
  /** mTORC1 activity. */
  'mtorc1',
  /** Local synthesis of synaptic proteins. */
  'protein',
  /** eEF2 kinase activity (1 = active, as at rest; falls when NMDA receptors at rest are blocked). */
  'eef2k',
  /** Share of the dendrite's original spines still present (chronic stress removes some). */
  'spines',
  /** New spines grown after the session, as a share of the possible new spines. */
  'newSpines',
  /** Maturity of new spines: 0 = thin bud (filopodium), 1 = mushroom spine with a partner bouton. */
  'spineMaturity',
  /** Global suppression: sedation or dissociation at anaesthetic-range exposure. */
  'sedation',
] as const;

export type StateVariable = (typeof STATE_VARIABLES)[number];
export type SynapseState = Record<StateVariable, number>;

/** Evidence grades of the science spec (§ "Evidence grades used throughout"). */
export const GRADES = ['E', 'A', 'P', 'S', 'X'] as const;
export type Grade = (typeof GRADES)[number];

export const SCENE_IDS = [
  'nmda-blockade',
  'glutamate-surge',
  'ampa-activation',
  'bdnf-release',
  'synaptogenesis',
] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export const LEVELS = ['patient', 'clinician'] as const;
export type Level = (typeof LEVELS)[number];

/** Camera framings a beat may ask for (a zoom in 2D, a camera position in 3D). */
export const FRAMINGS = ['wide', 'receptor', 'cleft', 'spine', 'dendrite'] as const;
export type Framing = (typeof FRAMINGS)[number];

/** Things drawn on the stage that a viewer can point at, and that the legend names. */
export const ACTORS = [
  'presynaptic',
  'vesicle',
  'glutamate',
  'spine',
  'nmda',
  'magnesium',
  'ketamine',
  'interneuron',
  'gaba',
  'pyramidal',
  'ampa',
  'sodium',
  'ltype',
  'calcium',
  'bdnf',
  'trkb',
  'kinase',
  'mtorc1',
  'ribosome',
  'eef2k',
  'dendrite',
  'newSpine',
] as const;
export type ActorId = (typeof ACTORS)[number];

/**
 * A keyframe gives, for some state variables, how far the step has progressed (0–1), or `'now'`:
 * the value at the "time since a session" chosen in the panel. The model turns progress into a
 * value under the current settings, so one scene file serves every setting.
 */
export type KeyframeValue = number | 'now';
export type Keyframe = Partial<Record<StateVariable, KeyframeValue>>;

/** When a beat happens on the natural clock, in hours after a session; 'before' is the untreated synapse. */
export type BeatClock = number | 'before' | 'now';

export interface Beat {
  /** Unique within its scene; also names its text keys. */
  readonly id: string;
  /** Seconds at 1× speed. */
  readonly duration: number;
  /** Where this beat sits on the natural clock (drives the chart's "now" marker). */
  readonly clock: BeatClock;
  /** Ids of the claims (see claims.ts) this beat's caption states. The first sets the caption's grade. */
  readonly claims: readonly ClaimId[];
  /** State at the end of the beat; variables left out keep their previous value. */
  readonly to: Keyframe;
  readonly framing: Framing;
  /** Actors this beat draws attention to. */
  readonly focus: readonly ActorId[];
  /** Text keys, one per language level: captions and screen-reader descriptions. */
  readonly caption: Readonly<Record<Level, string>>;
  readonly description: Readonly<Record<Level, string>>;
}

export interface SceneDefinition {
  readonly id: SceneId;
  /** Text key of the scene's short name (progress path) and title. */
  readonly titleKey: string;
  readonly shortTitleKey: string;
  /** Text key of "What this does not show". */
  readonly limitsKey: string;
  /** Progress of every variable before the first beat (the untreated starting picture). */
  readonly initial: Required<Keyframe>;
  readonly beats: readonly Beat[];
  /** Actors drawn in this scene, in legend order. */
  readonly actors: readonly ActorId[];
  /** The beat whose end state best sums up the step: used for still pictures (handout). */
  readonly stillBeat: string;
  /** The quantity charted over its natural time span, in hours after a session. */
  readonly chart: { readonly variable: StateVariable; readonly fromHours: number; readonly toHours: number };
}

/** Claim ids are defined in claims.ts; re-declared here as a string to keep this file dependency-free. */
export type ClaimId = string;
