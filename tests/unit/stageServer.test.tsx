import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { Player } from '../../src/player/player';
import { LiveStage } from '../../src/views/LiveStage';
import { loadCompositions } from '../../src/views/svg/compositions';

/**
 * The live 2D stage renders on a server (Node, no window or document), as a prerendered page needs:
 * the markup is the picture at the player's current moment, with the stage's DOM hooks.
 */
describe('2D stage on a server', () => {
  // Scenes 2–5 draw from a chunk the app fetches after the first paint.
  beforeAll(() => loadCompositions());

  for (const [index, scene] of SCENES.entries()) {
    for (const reducedMotion of [false, true]) {
      it(`renders ${scene.id}${reducedMotion ? ' under reduced motion' : ''} without a browser`, () => {
        expect(typeof window).toBe('undefined');
        const player = new Player(SCENES);
        player.goToScene(index, 0.4);
        const markup = renderToString(
          <LiveStage
            player={player}
            settings={DEFAULT_SETTINGS}
            reducedMotion={reducedMotion}
            title="title"
            description="description"
            label={(actor) => actor}
            selected={null}
            onSelectActor={() => undefined}
            sedationLabel="sedation"
          />,
        );
        expect(markup).toContain('data-stage=""');
        expect(markup).toContain(`data-scene="${scene.id}"`);
        expect(markup).toMatch(/<svg[^>]*role="img"/);
        expect(markup).toContain('class="kme-hotspot');
      });
    }
  }
});
