import { LEVELS, STATE_VARIABLES, type Beat, type Keyframe, type Level, type SceneDefinition, type SceneId } from '../src/science/types';

/**
 * Fills in what every scene names the same way (text keys), so each scene file holds only its
 * science: beats, keyframes, claims and framing.
 */
type BeatInput = Omit<Beat, 'caption' | 'description'>;
type SceneInput = Omit<SceneDefinition, 'titleKey' | 'shortTitleKey' | 'limitsKey' | 'beats' | 'initial'> & {
  readonly initial: Keyframe;
  readonly beats: readonly BeatInput[];
};

const perLevel = (key: (level: Level) => string) =>
  Object.fromEntries(LEVELS.map((level) => [level, key(level)])) as Record<Level, string>;

export function defineScene(input: SceneInput): SceneDefinition {
  const id: SceneId = input.id;
  // Variables a scene does not mention start untreated (progress 0), Mg²⁺ in its pore.
  const initial = Object.fromEntries(STATE_VARIABLES.map((v) => [v, input.initial[v] ?? (v === 'mgBlock' ? 1 : 0)]));
  return {
    ...input,
    titleKey: `scenes.${id}.title`,
    shortTitleKey: `scenes.${id}.short`,
    limitsKey: `scenes.${id}.limits`,
    initial: initial as Required<Keyframe>,
    beats: input.beats.map((beat) => ({
      ...beat,
      caption: perLevel((level) => `scenes.${id}.beats.${beat.id}.caption.${level}`),
      description: perLevel((level) => `scenes.${id}.beats.${beat.id}.description.${level}`),
    })),
  };
}
