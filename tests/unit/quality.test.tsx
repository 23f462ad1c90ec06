// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { BufferGeometry, Mesh, Object3D } from 'three';
import { SCENES } from '../../scenes';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { Player } from '../../src/player/player';
import { SynapseScene } from '../../src/views/three/SynapseScene';
import { DetailContext, detailFor, dprFor, MAX_DPR, MIN_DPR, QUALITY_STEP, type Detail } from '../../src/views/three/quality';

/**
 * The 3D view's quality steps (AdaptiveQuality lowers them while frames are slow): resolution from the
 * screen's own down to half a CSS pixel, and in the lower half of the steps fewer segments on the large
 * curved surfaces, the same objects otherwise.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('dprFor', () => {
  it('runs from half a CSS pixel to the screen’s own pixel ratio, capped at 1.5', () => {
    expect(dprFor(0, 1)).toBe(MIN_DPR);
    expect(dprFor(1, 1)).toBe(1);
    expect(dprFor(0.5, 1)).toBe(0.75);
    expect(dprFor(1, 2)).toBe(MAX_DPR);
    expect(dprFor(0, 3)).toBe(MIN_DPR);
  });

  it('draws at least one pixel per CSS pixel at full quality, even on a zoomed-out page', () => {
    expect(dprFor(1, 0.8)).toBe(1);
  });

  it('falls with every step down and stays within its range', () => {
    const steps = Array.from({ length: 1 / QUALITY_STEP + 1 }, (_, i) => 1 - i * QUALITY_STEP);
    const dprs = steps.map((q) => dprFor(q, 2));
    for (let i = 1; i < dprs.length; i++) expect(dprs[i]).toBeLessThan(dprs[i - 1]!);
    expect(dprFor(-1, 2)).toBe(MIN_DPR);
    expect(dprFor(2, 2)).toBe(MAX_DPR);
  });
});

describe('detailFor', () => {
  it('is full in the upper half of the steps and low in the lower half', () => {
    expect([1, 0.75, 0.5, 0.25, 0].map(detailFor)).toEqual(['full', 'full', 'full', 'low', 'low']);
  });
});

describe('the 3D scene at low detail', () => {
  const vertices = (root: Object3D) => {
    let n = 0;
    root.traverse((o) => {
      const geometry = (o as Mesh).geometry as BufferGeometry | undefined;
      if (geometry) n += geometry.index?.count ?? geometry.getAttribute('position').count;
    });
    return n;
  };
  const names = (root: Object3D) => {
    const list: string[] = [];
    root.traverse((o) => list.push(`${o.type}:${o.name}`));
    return list;
  };
  const scene = (player: Player, detail: Detail) => (
    <DetailContext.Provider value={detail}>
      <SynapseScene player={player} settings={DEFAULT_SETTINGS} reducedMotion={false} onSelectActor={() => undefined} />
    </DetailContext.Provider>
  );

  it('draws the same objects with fewer vertices, and lets go of the finer geometry when it changes', async () => {
    const player = new Player(SCENES);
    player.goToScene(SCENES.findIndex((s) => s.id === 'bdnf-release')); // the most parts
    const renderer = await ReactThreeTestRenderer.create(scene(player, 'full'));
    const root = renderer.scene.instance;
    const full = { vertices: vertices(root), names: names(root) };
    const fine: BufferGeometry[] = [];
    root.traverse((o) => (o as Mesh).geometry && fine.push((o as Mesh).geometry));
    const disposed = new Set<BufferGeometry>();
    for (const geometry of fine) geometry.addEventListener('dispose', () => disposed.add(geometry));

    await renderer.update(scene(player, 'low'));
    expect(names(root)).toEqual(full.names);
    expect(vertices(root)).toBeLessThan(full.vertices * 0.8);
    // The large membrane sphere of the bouton: 32 × 20 segments at full detail, 16 × 10 at low.
    const bouton = root.getObjectByName('presynaptic')!.children[0] as Mesh;
    expect(bouton.geometry.getAttribute('position').count).toBe(17 * 11);
    // Every geometry that changed was disposed (no GPU buffers left behind on a kiosk running for weeks).
    const replaced = fine.filter((geometry) => !isInScene(root, geometry));
    expect(replaced.length).toBeGreaterThan(5);
    for (const geometry of replaced) expect(disposed.has(geometry)).toBe(true);

    await renderer.update(scene(player, 'full'));
    expect(vertices(root)).toBe(full.vertices);
    await renderer.unmount();
  });
});

function isInScene(root: Object3D, geometry: BufferGeometry): boolean {
  let found = false;
  root.traverse((o) => (found ||= (o as Mesh).geometry === geometry));
  return found;
}
