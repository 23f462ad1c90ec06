import { useEffect, useRef } from 'react';
import type { Player } from '../../player/player';
import { importWithRetry } from '../importWithRetry';
import type { SettableParams } from './messages';

/**
 * Connects the embed protocol (./bridge) when the app runs inside a frame. Its code loads only there:
 * a page of its own has no parent to talk to. The parent waits for `ready` before it sends commands
 * (interface.md), and `ready` is sent once the bridge is connected.
 */
export function useEmbedBridge(player: Player, applyParams: (params: SettableParams) => void): void {
  // The latest callback, without re-subscribing when App passes a new one.
  const applyRef = useRef(applyParams);
  useEffect(() => {
    applyRef.current = applyParams;
  }, [applyParams]);

  useEffect(() => {
    if (window.parent === window) return;
    let disconnect: (() => void) | undefined;
    let cancelled = false;
    void importWithRetry(() => import('./bridge')).then(({ connectEmbedBridge }) => {
      if (!cancelled) disconnect = connectEmbedBridge(player, (params) => applyRef.current(params));
    });
    return () => {
      cancelled = true;
      disconnect?.();
    };
  }, [player]);
}
