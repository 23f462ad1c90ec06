// @vitest-environment jsdom
import { act, Profiler, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SCENES } from '../../scenes';
import type { ActorId, SceneDefinition, SynapseState } from '../../src/science/types';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { beatAt, resolveScene, stateAt } from '../../src/model/state';
import { FULL_VIEW } from '../../src/views/svg/geometry';
import { LiveLayer, LiveProvider, STILL_FRAME, useLiveAttrs, type LiveFrame } from '../../src/views/svg/live';
import { Stage } from '../../src/views/svg/Stage';
import { loadCompositions } from '../../src/views/svg/compositions';
import type { FrameSource } from '../../src/views/svg/types';

/**
 * The 2D stage's live layer: render draws the frame current at render time, so server markup and the
 * first frame agree; later frames write only the attributes that changed, and never re-render.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container?.remove();
});

function mount(node: ReactNode, markup?: string) {
  container = document.createElement('div');
  document.body.append(container);
  if (markup === undefined) {
    root = createRoot(container);
    act(() => root!.render(node));
  } else {
    container.innerHTML = markup;
    act(() => {
      root = hydrateRoot(container, node);
    });
  }
}

const frameWith = (glutamate: number, t: number): LiveFrame => ({ state: { ...STILL_FRAME.state, glutamate }, t, camera: FULL_VIEW });

function Dot() {
  const live = useLiveAttrs((f) => ({ cx: f.t * 10, opacity: f.state.glutamate, display: f.state.glutamate > 0 ? null : 'none' }));
  return <circle r={2} {...live} />;
}

describe('live attributes', () => {
  it('renders the frame current at render time, then writes only what a later frame changes', async () => {
    let frame = frameWith(0.5, 1.23456);
    const layer = new LiveLayer(() => frame);
    mount(
      <svg>
        <LiveProvider layer={layer} frame={frame}>
          <Dot />
        </LiveProvider>
      </svg>,
    );
    await act(async () => {}); // the draw scheduled after the first commit
    const dot = container.querySelector('circle')!;
    expect(dot.getAttribute('cx')).toBe('12.346'); // to a thousandth of a unit
    expect(dot.getAttribute('opacity')).toBe('0.5');
    expect(dot.hasAttribute('display')).toBe(false);

    const set = vi.spyOn(Element.prototype, 'setAttribute');
    const remove = vi.spyOn(Element.prototype, 'removeAttribute');
    layer.draw();
    expect(set).not.toHaveBeenCalled(); // the same frame again: nothing to write

    frame = frameWith(0.5, 2);
    layer.draw();
    expect(set.mock.calls).toEqual([['cx', '20']]);

    set.mockClear();
    frame = frameWith(0, 2);
    layer.draw();
    expect(set.mock.calls).toEqual([
      ['opacity', '0'],
      ['display', 'none'],
    ]);

    set.mockClear();
    frame = frameWith(0.25, 2);
    layer.draw();
    expect(set.mock.calls).toEqual([['opacity', '0.25']]);
    expect(remove.mock.calls).toEqual([['display']]);
  });

  it('registers nothing for a still picture (no layer)', () => {
    mount(
      <svg>
        <LiveProvider layer={null} frame={frameWith(0.75, 3)}>
          <Dot />
        </LiveProvider>
      </svg>,
    );
    const dot = container.querySelector('circle')!;
    expect(dot.getAttribute('cx')).toBe('30');
    expect(dot.getAttribute('opacity')).toBe('0.75');
  });
});

/** A clock the test moves by hand, as the player's frame loop would. */
function testClock(scene: SceneDefinition, start: number) {
  let time = start;
  let onFrame: (() => void) | undefined;
  const source: FrameSource = {
    subscribe: (listener) => {
      onFrame = listener;
      return () => (onFrame = undefined);
    },
    read: (state: SynapseState) => {
      stateAt(scene, time, DEFAULT_SETTINGS, state);
      return time;
    },
  };
  const tick = (to: number) => {
    time = to;
    act(() => onFrame?.());
  };
  return { source, tick, subscribed: () => onFrame !== undefined };
}

function stageAt(
  scene: SceneDefinition,
  time: number,
  { source, reducedMotion = false, selected = null }: { source?: FrameSource; reducedMotion?: boolean; selected?: ActorId | null } = {},
) {
  return (
    <Stage
      scene={scene}
      state={stateAt(scene, time, DEFAULT_SETTINGS)}
      beatIndex={beatAt(resolveScene(scene, DEFAULT_SETTINGS), time).index}
      clock={time}
      source={source}
      label={(actor) => actor}
      title="title"
      description="description"
      reducedMotion={reducedMotion}
      selected={selected}
      onSelectActor={() => undefined}
    />
  );
}

/** The element structure, without attribute values: what React renders, as opposed to what frames write. */
const structure = (element: Element) => [...element.querySelectorAll('*')].map((e) => e.tagName).join(' ');
/** Every element with its attributes (in any order) and own text; of a hidden one, only that it is hidden. */
const picture = (element: Element) =>
  [...element.querySelectorAll('*')].map((e) => {
    if (e.getAttribute('display') === 'none') return `${e.tagName} hidden`;
    const attributes = [...e.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent);
    return `${e.tagName} ${attributes.join(' ')} ${text.join('')}`;
  });
const parse = (markup: string) => new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body.firstElementChild!;

describe('2D stage', () => {
  // Scenes 2–5 draw from a chunk the app fetches after the first paint.
  beforeAll(() => loadCompositions());

  for (const scene of SCENES) {
    it(`${scene.id}: server markup is the first frame; later frames move it without a render`, () => {
      const { starts } = resolveScene(scene, DEFAULT_SETTINGS);
      const time = (starts[1]! + starts[2]!) / 2; // mid second beat: things move
      const markup = renderToString(stageAt(scene, time));
      const errors = vi.spyOn(console, 'error');
      const writes = vi.spyOn(Element.prototype, 'setAttribute');
      const clock = testClock(scene, time);
      let commits = 0;
      const counted = (stage: ReactNode) => (
        <Profiler id="stage" onRender={() => commits++}>
          {stage}
        </Profiler>
      );
      mount(counted(stageAt(scene, time, { source: clock.source })), markup);
      expect(errors).not.toHaveBeenCalled(); // no hydration mismatch
      expect(clock.subscribed()).toBe(true);
      // Hydrated and drawn at the same moment: not one attribute differs from the server's markup.
      expect(container.innerHTML).toBe(markup);
      expect(writes).not.toHaveBeenCalled();

      const before = commits;
      clock.tick(time + 0.5);
      clock.tick(time + 1);
      expect(container.innerHTML).not.toBe(markup); // the picture moved…
      expect(structure(container)).toBe(structure(parse(markup))); // …with the same nodes
      expect(commits).toBe(before); // …and without a React render

      // Back to the first moment, then a render (a label selected): React writes only the attributes whose
      // rendered text changed since its last render, and the frame drawn after it sets the rest right.
      clock.tick(time);
      const selected = scene.actors[0]!;
      act(() => root!.render(counted(stageAt(scene, time, { source: clock.source, selected }))));
      expect(picture(container)).toEqual(picture(parse(renderToString(stageAt(scene, time, { selected })))));
    });
  }

  it('a render between frames leaves no node as an earlier frame drew it', () => {
    // BDNF leaves the spine during the first beat of scene 4: early on most of its pool is hidden.
    const scene = SCENES.find((s) => s.id === 'bdnf-release')!;
    const { starts } = resolveScene(scene, DEFAULT_SETTINGS);
    const [early, late] = [starts[1]! * 0.15, starts[1]! * 0.85];
    const clock = testClock(scene, late);
    mount(stageAt(scene, late, { source: clock.source }), renderToString(stageAt(scene, late)));
    clock.tick(early); // BDNF dimers hide…
    act(() => root!.render(stageAt(scene, early, { source: clock.source, selected: 'bdnf' }))); // …and React renders them hidden
    clock.tick(late); // shown again, where they were
    expect(picture(container)).toEqual(picture(parse(renderToString(stageAt(scene, late, { selected: 'bdnf' })))));
  });

  it('under reduced motion draws a still: no frame subscription, markup as rendered', () => {
    const scene = SCENES[1]!;
    const { starts } = resolveScene(scene, DEFAULT_SETTINGS);
    const clock = testClock(scene, starts[2]!);
    const markup = renderToString(stageAt(scene, starts[2]!, { reducedMotion: true }));
    mount(stageAt(scene, starts[2]!, { source: clock.source, reducedMotion: true }), markup);
    expect(clock.subscribed()).toBe(false);
    expect(container.innerHTML).toBe(markup);
  });
});
