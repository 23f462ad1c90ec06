import { useEffect } from 'react';
import { SCENES } from '../../scenes';
import { paramsToQuery, type Params } from '../model/params';
import type { Player } from '../player/player';

/**
 * In explore mode the address bar follows what is shown (replaceState, no history entries), so a
 * copied link reopens the same scene, moment, wording and settings. Written on coarse changes only
 * (scene, beat, pause), never per frame.
 */
export function useAddressBar(params: Params, player: Player): void {
  useEffect(() => {
    if (params.mode !== 'explore') return;
    const write = () => {
      const { sceneIndex, playing } = player.getSnapshot();
      const t = playing ? player.beatStart(player.getSnapshot().beatIndex) / player.duration : player.fraction;
      const query = paramsToQuery({ ...params, scene: SCENES[sceneIndex]!.id, t: Math.round(t * 1000) / 1000, autoplay: false }, params.lang);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
    };
    write();
    return player.subscribe(write);
  }, [params, player]);
}
