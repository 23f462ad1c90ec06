import { LANGUAGES } from '../../i18n/i18n';
import type { Player } from '../../player/player';
import { beatChangeEvent, parseCommand, readyEvent, resizeEvent, sceneChangeEvent, type EmbedEvent, type SettableParams } from './messages';
import { isWordPressReady, readWordPressSecret, wordPressHeight, type WordPressHeight } from './wordpress';

/**
 * The app's side of the embed protocol (interface.md, "postMessage"), for an app inside a frame:
 * - sends `ready` once the first scene is drawn, `scenechange` when the scene changes, `beatchange`
 *   when the beat on screen changes (a new scene's first beat included) and `resize` when the content
 *   height changes (at most once per animation frame, only when it changed);
 * - obeys `play`, `pause`, `goto` and `set` commands from the parent window, whatever its origin,
 *   after strict validation (`parseCommand`); anything else is ignored without a word;
 * - inside a WordPress post (a `#?secret=…` hash, see ./wordpress) also sends wp-embed's height
 *   message with each `resize`, and again when WordPress says it is ready.
 *
 * Events go to the parent with targetOrigin '*': the embedding page may be on any origin, and the
 * events carry nothing private (a scene id, a height), so there is nothing to leak.
 * Returns a function that disconnects it.
 */
export function connectEmbedBridge(player: Player, apply: (params: SettableParams) => void): () => void {
  const parent = window.parent;
  const post = (event: EmbedEvent | WordPressHeight) => {
    try {
      parent.postMessage(event, '*');
    } catch {
      // A detached or closed parent: nothing to tell.
    }
  };

  // ready, after the first paint; scenechange and beatchange afterwards.
  let ready = false;
  let lastScene = player.getSnapshot().sceneIndex;
  let lastBeat = player.getSnapshot().beatIndex;
  const readyFrame = requestAnimationFrame(() => {
    ready = true;
    ({ sceneIndex: lastScene, beatIndex: lastBeat } = player.getSnapshot());
    post(readyEvent(player.scene.id));
  });
  const unsubscribe = player.subscribe(() => {
    const { sceneIndex, beatIndex } = player.getSnapshot();
    if (sceneIndex === lastScene && beatIndex === lastBeat) return;
    const newScene = sceneIndex !== lastScene;
    lastScene = sceneIndex;
    lastBeat = beatIndex;
    if (!ready) return;
    if (newScene) post(sceneChangeEvent(player.scene.id));
    post(beatChangeEvent(player.scene.id, beatIndex, player.scene.beats.length));
  });

  // WordPress's secret: in the address from the start, or added to the hash by wp-embed afterwards.
  let warned = false;
  const warnOnce = (message: string) => {
    if (!warned) console.warn(message);
    warned = true;
  };
  let secret = readWordPressSecret(window.location.hash, warnOnce);
  const onHashChange = () => {
    const before = secret;
    secret = readWordPressSecret(window.location.hash, warnOnce);
    if (secret !== null && secret !== before && lastHeight >= 0) post(wordPressHeight(lastHeight, secret));
  };
  window.addEventListener('hashchange', onHashChange);

  // resize: the document's height, read once per frame at most, sent only when it changed. The
  // root element's own box, not `scrollHeight`: that never reports less than the frame's current
  // height, so a frame made taller once could never shrink again (embed.css drops the min-heights).
  let lastHeight = -1;
  let resizeFrame = 0;
  const measure = () => {
    resizeFrame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post(resizeEvent(height));
    if (secret !== null) post(wordPressHeight(height, secret));
  };
  const observer = new ResizeObserver(() => {
    if (!resizeFrame) resizeFrame = requestAnimationFrame(measure);
  });
  observer.observe(document.documentElement);
  observer.observe(document.body);
  // Once now, without waiting for a frame: a browser draws no frames (so runs neither animation-frame
  // nor resize-observer callbacks) in a cross-origin frame it hides, and WordPress keeps the frame
  // clipped to nothing until the first height message arrives.
  measure();

  // Commands: from the parent window only (another frame of the host page cannot drive us), any
  // origin, strictly validated. A malformed message is dropped silently.
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (secret !== null && isWordPressReady(event.data, secret)) {
      if (lastHeight >= 0) post(wordPressHeight(lastHeight, secret));
      return;
    }
    const command = parseCommand(event.data, LANGUAGES);
    if (!command) return;
    switch (command.type) {
      case 'play':
        player.play();
        break;
      case 'pause':
        player.pause();
        break;
      case 'goto': {
        const index = player.scenes.findIndex((scene) => scene.id === command.scene);
        if (index < 0) break;
        player.goToScene(index, command.t ?? 0);
        if (command.beat !== undefined) player.goToBeat(command.beat);
        break;
      }
      case 'set':
        apply(command.params);
        break;
    }
  };
  window.addEventListener('message', onMessage);

  return () => {
    cancelAnimationFrame(readyFrame);
    if (resizeFrame) cancelAnimationFrame(resizeFrame);
    unsubscribe();
    observer.disconnect();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('hashchange', onHashChange);
  };
}
