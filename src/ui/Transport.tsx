import { useEffect, useRef } from 'react';
import type { Player } from '../player/player';
import { usePlayerFrame, usePlayerSnapshot } from './playerHooks';
import { useText } from './text';

/** Speeds offered in the UI; the `speed` URL parameter may ask for more (up to 16×). */
const UI_SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;

function Icon({ name }: { name: 'play' | 'pause' | 'prev' | 'next' | 'prevScene' | 'nextScene' }) {
  const paths = {
    play: 'M8 5l11 7-11 7z',
    pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
    prev: 'M18 6v12l-9-6zM6 6h2v12H6z',
    next: 'M6 6v12l9-6zM16 6h2v12h-2z',
    prevScene: 'M12 6v12l-8-6zM20 6v12l-8-6z',
    nextScene: 'M4 6v12l8-6zM12 6v12l8-6z',
  };
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}

/**
 * The position in the scene. It follows the clock without re-rendering: a frame writes the input's value
 * when the thumb moves a pixel (and, when the whole percent changes, its spoken value) directly.
 */
function Scrubber({ player }: { player: Player }) {
  const { t } = useText();
  const input = useRef<HTMLInputElement>(null);
  const spoken = useRef(-1);
  const position = () => {
    const duration = player.duration;
    const fraction = duration > 0 ? player.getTime() / duration : 0;
    return { value: String(Math.round(fraction * 1000)), percent: Math.round(fraction * 100) };
  };
  const valueText = (percent: number) => t('ui.positionText', { percent });
  // The track's width in CSS px, to move the thumb only when it moves a whole pixel: every other write
  // repaints the transport for nothing (0 until measured, or without ResizeObserver: every step).
  const trackWidth = useRef(0);
  useEffect(() => {
    const element = input.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      trackWidth.current = entry?.contentRect.width ?? 0;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  usePlayerFrame(player, (afterRender) => {
    const element = input.current;
    if (!element) return;
    const { value, percent } = position();
    const pixels = (Math.abs(Number(value) - Number(element.value)) * trackWidth.current) / 1000;
    if (element.value !== value && (afterRender || trackWidth.current === 0 || pixels >= 1)) element.value = value;
    if (afterRender || spoken.current !== percent) {
      spoken.current = percent;
      element.setAttribute('aria-valuetext', valueText(percent));
    }
  });
  const now = position();
  return (
    <input
      ref={input}
      className="scrubber"
      type="range"
      min={0}
      max={1000}
      step={1}
      defaultValue={now.value}
      aria-label={t('ui.position')}
      aria-valuetext={valueText(now.percent)}
      onChange={(event) => player.seekFraction(Number(event.currentTarget.value) / 1000)}
    />
  );
}

export function Transport({ player, compact = false }: { player: Player; compact?: boolean }) {
  const { t } = useText();
  const { playing, speed, sceneIndex, beatIndex } = usePlayerSnapshot(player);
  const speeds: readonly number[] = UI_SPEEDS.includes(speed as (typeof UI_SPEEDS)[number]) ? UI_SPEEDS : [...UI_SPEEDS, speed].sort((a, b) => a - b);
  const beats = player.scene.beats.length;

  return (
    <div className="transport" role="group" aria-label={t('ui.player')}>
      <div className="transport__buttons">
        {!compact && (
          <button type="button" className="icon-button" onClick={() => player.previousScene()} aria-label={t('ui.previousScene')} disabled={sceneIndex === 0}>
            <Icon name="prevScene" />
          </button>
        )}
        <button type="button" className="icon-button" onClick={() => player.previousBeat()} aria-label={t('ui.previousBeat')}>
          <Icon name="prev" />
        </button>
        <button type="button" className="icon-button icon-button--primary" onClick={() => player.toggle()} aria-label={playing ? t('ui.pause') : t('ui.play')}>
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" className="icon-button" onClick={() => player.nextBeat()} aria-label={t('ui.nextBeat')}>
          <Icon name="next" />
        </button>
        {!compact && (
          <button type="button" className="icon-button" onClick={() => player.nextScene()} aria-label={t('ui.nextScene')} disabled={sceneIndex === player.scenes.length - 1}>
            <Icon name="nextScene" />
          </button>
        )}
      </div>
      <Scrubber player={player} />
      <span className="transport__beat" aria-live="off">
        {t('ui.beatOf', { current: beatIndex + 1, total: beats })}
      </span>
      {!compact && (
        <label className="transport__speed">
          <span className="transport__speed-label">{t('ui.speed')}</span>
          <select value={speed} onChange={(event) => player.setSpeed(Number(event.currentTarget.value))}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {t('ui.speedValue', { speed: s })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
