// With its extension: vite.config.ts loads this file too (tools/firstPaintText.ts).
import { SCENE_IDS } from '../science/types.ts';

/**
 * The English text that ships in the first load: what the default page (the first scene in plain
 * words) shows before anything is clicked. The rest (the other scenes' beats, what each actor is, the
 * dialogs, the kiosk cards, the handout) arrives as soon as the page answers input (useLanguage), and
 * before any dialog opens. The build cuts en.json in two along these keys (tools/firstPaintText.ts):
 * dotted paths, `*` for any one key, `!` for a part left out; the longest path that covers a string decides.
 *
 * A key the first page shows but this list misses cannot go unnoticed: the prerendered page is drawn
 * with all of the text, so the first client render would differ from it, and the prerender browser test
 * fails on the hydration error.
 */
/** The id of the first scene's first beat (scenes/nmda-blockade/scene.ts). */
export const FIRST_BEAT = 'synapse';

export const FIRST_PAINT_KEYS: readonly string[] = [
  'ui',
  '!ui.keys',
  '!ui.refKind',
  '!ui.referencesLead',
  '!ui.referencesTitle',
  '!ui.shownNow',
  '!ui.embed',
  'ui.embed.button',
  '!ui.takeHome',
  'ui.takeHome.button',
  '!ui.view.stage3d',
  '!ui.view.guided',
  '!ui.view.no3d',
  '!ui.view.slow',
  '!ui.view.switched',
  '!ui.view.switch2d',
  '!ui.view.keep3d',
  '!ui.closeInfo',
  '!share.copied',
  '!share.copyFailed',
  'grades',
  'panel',
  'chart',
  'share',
  'honestyNav',
  'honesty.footer',
  'handout.print',
  'actors.*.name',
  'scenes.*.title',
  'scenes.*.short',
  `scenes.${SCENE_IDS[0]}`,
  // Its first beat, in plain words (the technical ones come with the rest; tests/unit/firstPaintText
  // checks that this is the first beat of the first scene).
  `!scenes.${SCENE_IDS[0]}.beats`,
  `scenes.${SCENE_IDS[0]}.beats.${FIRST_BEAT}`,
  `!scenes.${SCENE_IDS[0]}.beats.${FIRST_BEAT}.caption.clinician`,
  `!scenes.${SCENE_IDS[0]}.beats.${FIRST_BEAT}.description.clinician`,
];

type Tree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string (or list) of a tree with its path. */
function leaves(tree: Tree, path: readonly string[] = []): [readonly string[], unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => (isTree(value) ? leaves(value, [...path, key]) : [[[...path, key], value]]));
}

function put(tree: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const last = path.length - 1;
  let node = tree;
  for (const key of path.slice(0, last)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[last]!] = value;
}

/**
 * Splits a message tree along `patterns`: dotted paths, where `*` stands for any one key and a leading
 * `!` leaves a part out. The longest pattern that covers a string decides where it goes; a string no
 * pattern covers goes to `rest`. Deep-merging the two parts gives the tree back.
 */
export function splitText(messages: Tree, patterns: readonly string[]): { first: Tree; rest: Tree } {
  const rules = patterns.map((pattern) => ({ include: !pattern.startsWith('!'), path: pattern.replace(/^!/, '').split('.') }));
  const covers = (rule: (typeof rules)[number], path: readonly string[]) =>
    rule.path.length <= path.length && rule.path.every((key, i) => key === '*' || key === path[i]);
  const first: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [path, value] of leaves(messages)) {
    const decisive = rules.filter((rule) => covers(rule, path)).sort((a, b) => b.path.length - a.path.length)[0];
    put(decisive?.include ? first : rest, path, value);
  }
  return { first, rest };
}
