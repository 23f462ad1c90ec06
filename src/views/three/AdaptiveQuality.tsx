import { useRef } from 'react';
import { PerformanceMonitor, type PerformanceMonitorApi } from '@react-three/drei';
import { QUALITY_STEP } from './quality';

/**
 * Keeps the 3D view smooth on the device it runs on, with drei's PerformanceMonitor. While the scene
 * plays (`active`: the canvas renders every frame; a paused, on-demand canvas has no frame rate to
 * judge), the monitor averages the frame rate over windows of 250 ms and judges every 8 windows (2 s):
 * when 7 of them ran under 45 fps (frames over ~22 ms) the quality goes down a step, and when 7 held
 * 58 fps it goes up one. A step once found too slow is not tried again while this view is mounted (a
 * 60 Hz display cannot show headroom, so climbing back would only repeat the stutter every few seconds).
 * If frames stay slow at the lowest quality for two judgements (~4 s), `onSlow` is called once: the
 * 2D view is the better picture for this device (ViewSwitch offers or makes the switch).
 */
const WINDOW_MS = 250;
const WINDOWS = 8;
const THRESHOLD = 0.75;
const BOUNDS = (): [number, number] => [45, 58];
const SLOW_AT_FLOOR = 2;

export function AdaptiveQuality({
  active,
  quality,
  onQuality,
  onSlow,
}: {
  active: boolean;
  quality: number;
  onQuality: (quality: number) => void;
  onSlow: () => void;
}) {
  const ceiling = useRef(1);
  const slowAtFloor = useRef(0);
  /** The quality the view draws at: only this component changes it after the view mounts. */
  const current = useRef(quality);

  const set = (api: PerformanceMonitorApi, next: number) => {
    api.factor = next; // the monitor steps on from where the view really is
    if (next === current.current) return;
    current.current = next;
    onQuality(next);
  };
  const onDecline = (api: PerformanceMonitorApi) => {
    if (current.current <= 0) {
      if (++slowAtFloor.current === SLOW_AT_FLOOR) onSlow();
      return;
    }
    ceiling.current = Math.max(0, current.current - QUALITY_STEP);
    set(api, ceiling.current);
  };
  const onIncline = (api: PerformanceMonitorApi) => {
    slowAtFloor.current = 0;
    set(api, Math.min(ceiling.current, current.current + QUALITY_STEP));
  };

  if (!active) return null;
  return (
    <PerformanceMonitor
      ms={WINDOW_MS}
      iterations={WINDOWS}
      threshold={THRESHOLD}
      bounds={BOUNDS}
      factor={quality}
      step={QUALITY_STEP}
      onDecline={onDecline}
      onIncline={onIncline}
    />
  );
}
