// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { BufferGeometry, InstancedMesh, Material, Mesh, Object3D } from 'three';
import { SCENES } from '../../scenes';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { stateAt } from '../../src/model/state';
import { Player } from '../../src/player/player';
import { GLUTAMATE_POOL, SynapseScene } from '../../src/views/three/SynapseScene';

/**
 * The 3D scene graph, without a GPU: it builds for every scene, the instanced glutamate pool shows as
 * many particles as the model's glutamate value asks for (the same state the 2D view draws), and a
 * scene change disposes every geometry and material it takes away (the kiosk loops for weeks).
 */
// React's act() warnings are on only where the environment says it supports act.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(sceneIndex: number) {
  const player = new Player(SCENES);
  player.goToScene(sceneIndex);
  const renderer = await ReactThreeTestRenderer.create(
    <SynapseScene player={player} settings={DEFAULT_SETTINGS} reducedMotion={false} onSelectActor={() => undefined} />,
  );
  const glutamate = renderer.scene.find((node) => node.instance.name === 'glutamate' && (node.instance as InstancedMesh).isInstancedMesh);
  return { player, renderer, mesh: glutamate.instance as InstancedMesh };
}

describe('3D synapse scene graph', () => {
  for (const [index, scene] of SCENES.entries()) {
    it(`builds for ${scene.id} with an instanced glutamate pool that follows state.glutamate`, async () => {
      const { player, renderer, mesh } = await render(index);
      expect(mesh.isInstancedMesh).toBe(true);
      expect(mesh.instanceMatrix.count).toBe(GLUTAMATE_POOL);

      // Sample the scene at every beat boundary and mid-beat.
      const times = scene.beats.flatMap((_, i) => [player.beatStart(i), (player.beatStart(i) + player.beatStart(i + 1)) / 2]);
      for (const time of [...times, player.duration]) {
        player.seek(time);
        await renderer.advanceFrames(1, 1 / 60);
        const glutamate = stateAt(scene, time, DEFAULT_SETTINGS).glutamate;
        // Visible instances: the whole particles plus the one growing in at the boundary.
        expect(mesh.count, `${scene.id} at ${time.toFixed(1)} s (glutamate ${glutamate.toFixed(3)})`).toBe(
          Math.min(GLUTAMATE_POOL, Math.ceil(glutamate * GLUTAMATE_POOL - 1e-3)),
        );
        expect(Math.abs(mesh.count - glutamate * GLUTAMATE_POOL)).toBeLessThan(1);
      }
      await renderer.unmount();
    });
  }

  it('shows more glutamate at the burst than at rest (glutamate-surge)', async () => {
    const index = SCENES.findIndex((s) => s.id === 'glutamate-surge');
    const { player, renderer, mesh } = await render(index);
    await renderer.advanceFrames(1, 1 / 60);
    const atRest = mesh.count;
    player.seek(player.beatStart(3)); // end of the "burst" beat
    await renderer.advanceFrames(1, 1 / 60);
    expect(mesh.count).toBeGreaterThan(atRest);
    expect(mesh.count).toBeGreaterThan(GLUTAMATE_POOL / 2);
    await renderer.unmount();
  });

  it('disposes every geometry and material a scene change takes away, loop after loop', async () => {
    const player = new Player(SCENES);
    const element = () => (
      <SynapseScene player={player} settings={DEFAULT_SETTINGS} reducedMotion={false} onSelectActor={() => undefined} />
    );
    const renderer = await ReactThreeTestRenderer.create(element());
    const root = renderer.scene.instance;
    const disposed = new Set<GpuResource>();
    const watched = new Set<GpuResource>();
    let shown = resources(root);
    const atStart = shown.size;
    // Twice round the kiosk's loop (every scene, then the first again): the second time round, the
    // shared parts (imperative materials and geometries, useDisposable) are let go as in the first.
    for (const index of [...SCENES.keys(), ...SCENES.keys(), 0]) {
      for (const resource of shown) {
        if (watched.has(resource)) continue;
        watched.add(resource);
        resource.addEventListener('dispose', () => disposed.add(resource));
      }
      player.goToScene(index);
      await renderer.update(element());
      const next = resources(root);
      const gone = [...shown].filter((resource) => !next.has(resource));
      for (const resource of gone) expect(disposed.has(resource), `${resource.type} left behind on the way to ${SCENES[index]!.id}`).toBe(true);
      shown = next;
    }
    // Back at the first scene with as many as at the start, and the loop did take parts away.
    expect(shown.size).toBe(atStart);
    expect(disposed.size).toBeGreaterThan(20);
    await renderer.unmount();
  });
});

type GpuResource = BufferGeometry | Material;

/** The geometries and materials the scene graph draws with now (what the renderer uploads to the GPU). */
function resources(root: Object3D): Set<GpuResource> {
  const found = new Set<GpuResource>();
  root.traverse((object) => {
    const { geometry, material } = object as Partial<Mesh>;
    if (geometry) found.add(geometry);
    for (const m of Array.isArray(material) ? material : material ? [material] : []) found.add(m);
  });
  return found;
}
