/**
 * The kiosk's lazy parts (its cards, the fullscreen button, the clinic's name and logo) as one chunk:
 * a kiosk fetches all of them before its first render anyway (lazyPart, preloadParts), and each
 * separate chunk costs the explore page's first load an import of its own (tools/check-budgets.mjs).
 */
export { KioskOverlay } from './KioskOverlay';
export { FullscreenButton } from './FullscreenButton';
export { ClinicBrand } from './ClinicBrand';
