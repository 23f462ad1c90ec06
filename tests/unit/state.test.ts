import { describe, expect, it } from 'vitest';
import { SCENES, getScene } from '../../scenes';
import { STATE_VARIABLES, SCENE_IDS, type SynapseState } from '../../src/science/types';
import { CLAIMS } from '../../src/science/claims';
import { beatAt, resolveScene, stateAt, statusNotes } from '../../src/model/state';
import { DEFAULT_SETTINGS, EXPOSURES, STRESS_LEVELS, TIMES, type PanelSettings } from '../../src/model/settings';

const ALL_SETTINGS: PanelSettings[] = EXPOSURES.flatMap((exposure) =>
  TIMES.flatMap((time) => STRESS_LEVELS.map((stress) => ({ exposure, time, stress }))),
);

describe('scene data', () => {
  it('has the five scenes of interface.md, in order', () => {
    expect(SCENES.map((s) => s.id)).toEqual([...SCENE_IDS]);
  });

  it.each(SCENES.map((s) => [s.id, s] as const))('%s has 3–6 beats with unique ids, positive durations and known claims', (_id, scene) => {
    expect(scene.beats.length).toBeGreaterThanOrEqual(3);
    expect(scene.beats.length).toBeLessThanOrEqual(6);
    expect(new Set(scene.beats.map((b) => b.id)).size).toBe(scene.beats.length);
    for (const beat of scene.beats) {
      expect(beat.duration).toBeGreaterThanOrEqual(4);
      expect(beat.duration).toBeLessThanOrEqual(10);
      expect(beat.claims.length).toBeGreaterThan(0);
      for (const claim of beat.claims) expect(CLAIMS.has(claim), `${scene.id}/${beat.id}: claim ${claim}`).toBe(true);
      for (const actor of beat.focus) expect(scene.actors).toContain(actor);
    }
  });
});

describe('stateAt', () => {
  it('keeps every variable within 0–1 for every scene, setting and time', () => {
    const outOfRange: string[] = [];
    for (const scene of SCENES) {
      const { duration } = resolveScene(scene, DEFAULT_SETTINGS);
      for (const settings of ALL_SETTINGS) {
        for (let t = 0; t <= duration; t += 0.5) {
          const state = stateAt(scene, t, settings);
          for (const v of STATE_VARIABLES) if (!(state[v] >= 0 && state[v] <= 1)) outOfRange.push(`${scene.id} ${v}=${state[v]} @${t}`);
        }
      }
    }
    expect(outOfRange).toEqual([]);
  });

  it('is continuous at beat boundaries', () => {
    const eps = 1e-6;
    const jumps: string[] = [];
    for (const scene of SCENES) {
      for (const settings of ALL_SETTINGS) {
        const { starts } = resolveScene(scene, settings);
        for (const boundary of starts.slice(1, -1)) {
          const before = stateAt(scene, boundary - eps, settings);
          const after = stateAt(scene, boundary + eps, settings);
          for (const v of STATE_VARIABLES) if (Math.abs(before[v] - after[v]) >= 1e-3) jumps.push(`${scene.id} ${v} at ${boundary}`);
        }
      }
    }
    expect(jumps).toEqual([]);
  });

  it('clamps times outside the scene to its ends', () => {
    const scene = getScene('nmda-blockade');
    const { duration } = resolveScene(scene, DEFAULT_SETTINGS);
    expect(stateAt(scene, -5, DEFAULT_SETTINGS)).toEqual(stateAt(scene, 0, DEFAULT_SETTINGS));
    expect(stateAt(scene, duration + 5, DEFAULT_SETTINGS)).toEqual(stateAt(scene, duration, DEFAULT_SETTINGS));
  });

  it('fills a given object instead of allocating (renderers call it every frame)', () => {
    const out = {} as SynapseState;
    const result = stateAt(getScene('glutamate-surge'), 3, DEFAULT_SETTINGS, out);
    expect(result).toBe(out);
  });

  it('finds the beat at a time', () => {
    const resolved = resolveScene(getScene('nmda-blockade'), DEFAULT_SETTINGS);
    expect(beatAt(resolved, 0).index).toBe(0);
    expect(beatAt(resolved, resolved.starts[2]! + 0.1).index).toBe(2);
    expect(beatAt(resolved, resolved.duration).index).toBe(resolved.scene.beats.length - 1);
    expect(beatAt(resolved, resolved.duration).progress).toBe(1);
  });
});

/** Value of a variable at the end of a named beat. */
function atEndOf(sceneId: (typeof SCENE_IDS)[number], beatId: string, settings: PanelSettings): SynapseState {
  const scene = getScene(sceneId);
  const resolved = resolveScene(scene, settings);
  const index = scene.beats.findIndex((b) => b.id === beatId);
  expect(index, `${sceneId} has beat ${beatId}`).toBeGreaterThanOrEqual(0);
  return resolved.boundaries[index + 1]!;
}

const minutes = (exposure: PanelSettings['exposure'], stress: PanelSettings['stress'] = 'high'): PanelSettings => ({ exposure, time: 'minutes', stress });

describe('the science, direction by direction', () => {
  it('scene 1: blocking only ever increases through the blocking beats', () => {
    const scene = getScene('nmda-blockade');
    const { starts } = resolveScene(scene, DEFAULT_SETTINGS);
    const end = starts[scene.beats.findIndex((b) => b.id === 'trapped') + 1]!;
    let previous = -1;
    for (let t = 0; t <= end; t += 0.25) {
      const blocked = stateAt(scene, t, DEFAULT_SETTINGS).nmdaBlocked;
      expect(blocked).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = blocked;
    }
  });

  it('scene 1: Mg²⁺ leaves the pore when the channel opens', () => {
    const gate = atEndOf('nmda-blockade', 'gate', DEFAULT_SETTINGS);
    expect(gate.mgBlock).toBeLessThan(0.1);
    expect(gate.nmdaOpen).toBeGreaterThan(0.9);
  });

  it('more exposure blocks more channels and quiets the interneuron more', () => {
    const blocked = EXPOSURES.map((e) => atEndOf('nmda-blockade', 'trapped', minutes(e)).nmdaBlocked);
    const interneuron = EXPOSURES.map((e) => atEndOf('nmda-blockade', 'trapped', minutes(e)).interneuron);
    for (let i = 1; i < EXPOSURES.length; i++) {
      expect(blocked[i]).toBeGreaterThan(blocked[i - 1]!);
      expect(interneuron[i]).toBeLessThan(interneuron[i - 1]!);
    }
    expect(blocked[0]).toBe(0);
  });

  it('the block fades as the drug clears with time since the session', () => {
    const later = TIMES.map((time) => atEndOf('nmda-blockade', 'later', { ...DEFAULT_SETTINGS, time }).nmdaBlocked);
    for (let i = 1; i < later.length; i++) expect(later[i]).toBeLessThanOrEqual(later[i - 1]!);
    expect(later[0]).toBeGreaterThan(0.4);
    expect(later[TIMES.indexOf('day')]).toBeLessThan(0.05);
  });

  it('the glutamate burst is largest at moderate exposure, small at high (never linear), absent untreated', () => {
    const burst = Object.fromEntries(EXPOSURES.map((e) => [e, atEndOf('glutamate-surge', 'burst', minutes(e)).glutamate]));
    expect(burst.moderate).toBeGreaterThan(burst.low!);
    expect(burst.high).toBeLessThan(burst.low!);
    expect(burst.high).toBeLessThan(burst.moderate! / 2);
    expect(burst.none).toBeLessThan(0.25);
    const rest = atEndOf('glutamate-surge', 'burst', minutes('none')).glutamate;
    expect(burst.none).toBeCloseTo(rest);
  });

  it('high exposure shows sedation; other exposures do not', () => {
    expect(atEndOf('nmda-blockade', 'trapped', minutes('high')).sedation).toBeGreaterThan(0.5);
    for (const e of ['none', 'low', 'moderate'] as const) expect(atEndOf('nmda-blockade', 'trapped', minutes(e)).sedation).toBeLessThan(0.5);
    expect(statusNotes(minutes('high'))).toContain('sedation');
    expect(statusNotes(minutes('moderate'))).not.toContain('sedation');
  });

  it('AMPA activity follows the burst: largest at moderate, not at high', () => {
    const ampa = Object.fromEntries(EXPOSURES.map((e) => [e, atEndOf('ampa-activation', 'meets', minutes(e)).ampaOpen]));
    expect(ampa.moderate).toBeGreaterThan(ampa.low!);
    expect(ampa.moderate).toBeGreaterThan(ampa.high!);
    expect(ampa.low).toBeGreaterThan(ampa.none!);
  });

  it('BDNF: lower reservoir under chronic stress; more released at moderate than at high', () => {
    expect(atEndOf('bdnf-release', 'released', minutes('none', 'high')).bdnf).toBeLessThan(atEndOf('bdnf-release', 'released', minutes('none', 'low')).bdnf);
    const bdnf = Object.fromEntries(EXPOSURES.map((e) => [e, atEndOf('bdnf-release', 'released', minutes(e)).bdnf]));
    expect(bdnf.moderate).toBeGreaterThan(bdnf.high!);
    expect(bdnf.moderate).toBeGreaterThan(bdnf.low!);
  });

  it('BDNF signalling peaks within hours and fades over about a day', () => {
    const at = (time: PanelSettings['time']) => atEndOf('bdnf-release', 'later', { ...DEFAULT_SETTINGS, time }).mtorc1;
    expect(at('hours')).toBeGreaterThan(at('minutes'));
    expect(at('hours')).toBeGreaterThan(at('day'));
    expect(at('day')).toBeGreaterThan(at('week'));
  });

  it('high chronic stress means fewer spines before treatment', () => {
    const low = atEndOf('synaptogenesis', 'before', { ...DEFAULT_SETTINGS, stress: 'low' }).spines;
    const high = atEndOf('synaptogenesis', 'before', { ...DEFAULT_SETTINGS, stress: 'high' }).spines;
    expect(high).toBeLessThan(low);
    expect(low).toBe(1);
  });

  it('new spines: none at minutes, buds at hours, most at about a day, fading over weeks', () => {
    const spines = Object.fromEntries(TIMES.map((time) => [time, atEndOf('synaptogenesis', 'weeks', { ...DEFAULT_SETTINGS, time })]));
    expect(spines.minutes!.newSpines).toBeLessThan(0.1);
    expect(spines.hours!.newSpines).toBeGreaterThan(spines.minutes!.newSpines);
    expect(spines.hours!.spineMaturity).toBeLessThan(0.5);
    expect(spines.day!.newSpines).toBeGreaterThan(spines.hours!.newSpines);
    expect(spines.day!.spineMaturity).toBeGreaterThan(0.8);
    expect(spines.week!.newSpines).toBeLessThan(spines.day!.newSpines);
    expect(spines.weeks!.newSpines).toBeLessThan(spines.week!.newSpines);
    expect(spines.weeks!.newSpines).toBeGreaterThan(0);
  });

  it('more exposure is never more new spines than moderate', () => {
    const grown = Object.fromEntries(EXPOSURES.map((e) => [e, atEndOf('synaptogenesis', 'mature', { ...DEFAULT_SETTINGS, exposure: e }).newSpines]));
    expect(grown.none).toBe(0);
    expect(grown.high).toBeLessThanOrEqual(grown.moderate!);
    expect(grown.low).toBeLessThan(grown.moderate!);
  });

  it('exposure "none" is the untreated synapse in every scene', () => {
    for (const scene of SCENES) {
      const settings: PanelSettings = { ...DEFAULT_SETTINGS, exposure: 'none' };
      const { boundaries } = resolveScene(scene, settings);
      for (const state of boundaries) {
        expect(state.ketamine).toBe(0);
        expect(state.nmdaBlocked).toBe(0);
        expect(state.newSpines).toBe(0);
        expect(state.sedation).toBe(0);
      }
    }
  });
});

describe('stills', () => {
  it('every scene names an existing beat for its still picture', () => {
    for (const scene of SCENES) expect(scene.beats.map((b) => b.id)).toContain(scene.stillBeat);
  });
});
