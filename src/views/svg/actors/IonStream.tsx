import { type ReactNode } from 'react';
import type { Particle } from '../pool';
import { makePool, cycle } from '../pool';
import { clamp01, smoothstep } from '../geometry';
import { HIDDEN, Live, translate, valueAt, type LiveFrame, type LiveValue } from '../live';

/** One pool serves every pore: ions differ only by their phase and speed. */
const IONS = makePool(41, 6, { x: 0, y: 0, w: 1, h: 1 });

/**
 * Ions flowing inward through a pore along the local y axis, from `top` (outside) to `bottom` (inside).
 * `flux` (0–1) sets how many are shown and how strongly; `glyph` draws an ion at the origin (the glyph
 * chosen per ion keeps shape with colour).
 */
export function IonStream({ flux, top, bottom, spread, glyph }: {
  flux: LiveValue<number>;
  top: number;
  bottom: number;
  spread: number;
  glyph: (ion: Particle, index: number) => ReactNode;
}) {
  const place = (ion: Particle, i: number, frame: LiveFrame) => {
    const rate = valueAt(flux, frame);
    const { t } = frame;
    if (rate <= 0.02) return HIDDEN;
    const shown = Math.round(2 + rate * (IONS.length - 2));
    if (i >= shown) return HIDDEN;
    // Still pictures (reduced motion) spread the ions evenly along the pore.
    const k = t === 0 ? (i + 0.5) / shown : cycle(ion, t, 0.45);
    const y = top + (bottom - top) * k;
    const x = Math.sin(k * 6 + ion.phase) * spread * (1 - Math.abs(k - 0.45) * 1.2);
    const fade = smoothstep(0, 0.15, k) * (1 - smoothstep(0.85, 1, k));
    return { transform: translate(x, y), opacity: clamp01(rate * 1.4) * fade, display: null };
  };
  return (
    <g>
      {IONS.map((ion, i) => (
        <Live key={i} as="g" live={(frame) => place(ion, i, frame)}>
          {glyph(ion, i)}
        </Live>
      ))}
    </g>
  );
}
