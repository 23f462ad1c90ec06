// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedMesh } from 'three';
import { SCENES } from '../../scenes';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { stateAt } from '../../src/model/state';
import { Player } from '../../src/player/player';
import { GLUTAMATE_POOL, SynapseScene } from '../../src/views/three/SynapseScene';

/**
 * The 3D scene graph, without a GPU: it builds for every scene, and the instanced glutamate pool
 * shows as many particles as the model's glutamate value asks for (the same state the 2D view draws).
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
});
