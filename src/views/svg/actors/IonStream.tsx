import { type ReactNode } from 'react';
import type { Particle } from '../pool';
import { makePool, cycle } from '../pool';
import { clamp01, smoothstep } from '../geometry';

/** One pool serves every pore: ions differ only by their phase and speed. */
const IONS = makePool(41, 6, { x: 0, y: 0, w: 1, h: 1 });

/**
 * Ions flowing inward through a pore along the local y axis, from `top` (outside) to `bottom` (inside).
 * `flux` (0–1) sets how many are shown and how strongly; the glyph chosen per ion keeps shape with colour.
 */
export function IonStream({ flux, t, top, bottom, spread, glyph }: {
  flux: number;
  t: number;
  top: number;
  bottom: number;
  spread: number;
  glyph: (ion: Particle, index: number, x: number, y: number, opacity: number) => ReactNode;
}) {
  if (flux <= 0.02) return null;
  const shown = Math.round(2 + flux * (IONS.length - 2));
  return (
    <g>
      {IONS.slice(0, shown).map((ion, i) => {
        // Still pictures (reduced motion) spread the ions evenly along the pore.
        const k = t === 0 ? (i + 0.5) / shown : cycle(ion, t, 0.45);
        const y = top + (bottom - top) * k;
        const x = Math.sin(k * 6 + ion.phase) * spread * (1 - Math.abs(k - 0.45) * 1.2);
        const fade = smoothstep(0, 0.15, k) * (1 - smoothstep(0.85, 1, k));
        return <g key={i}>{glyph(ion, i, x, y, clamp01(flux * 1.4) * fade)}</g>;
      })}
    </g>
  );
}
