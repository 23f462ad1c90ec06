import { useLayoutEffect } from 'react';
import type { TFunction } from 'i18next';
import type { Params } from '../model/params';
import type { KioskSettings } from '../model/kioskSettings';
import { App } from './App';
import { Consult } from './consultPart';

/**
 * The app as main.tsx mounts it and the build prerenders it. src/app/boot.js hides a prerendered page
 * that is not the one asked for (`<html data-boot>`); it shows again in the commit that draws the right
 * one, before the browser paints, so no frame shows the wrong words.
 */
export function AppRoot({ params, kiosk, t }: { params: Params; kiosk?: KioskSettings; t: TFunction }) {
  useLayoutEffect(() => document.documentElement.removeAttribute('data-boot'), []);
  // A consult's wall screen is a page of its own. No Suspense: main.tsx fetched its code before this render.
  return params.mode === 'audience' ? <Consult audience={{ params, t }} /> : <App initial={params} kiosk={kiosk} t={t} />;
}
