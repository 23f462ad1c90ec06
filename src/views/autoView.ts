/**
 * What `view=auto` shows, decided from what the browser says about the device. Pure (no DOM), so
 * every rule is unit-tested; webgl.ts gathers the traits and ViewSwitch asks only after the 2D
 * picture is up and the browser is idle, so the first paint is always 2D.
 *
 * 3D is chosen only where it runs well and is worth its download (~250 KiB gzip of three.js):
 * - a hardware GPU: a software renderer (SwiftShader, llvmpipe, softpipe, Microsoft Basic Render) draws
 *   every pixel on the CPU the page also needs, and the browser flags it with a major performance caveat;
 * - no Save-Data: the reader asked for less download;
 * - a large enough screen: see SMALL_SCREEN_PX.
 * Everywhere else auto means 2D, and 3D stays one button away.
 */
export interface DeviceTraits {
  /** A WebGL context can be created at all. */
  readonly webgl: boolean;
  /** The unmasked renderer (WEBGL_debug_renderer_info), or RENDERER where the browser hides it. */
  readonly renderer: string;
  /** A context asked for with `failIfMajorPerformanceCaveat` was refused while a plain one was not. */
  readonly performanceCaveat: boolean;
  /** `navigator.connection.saveData`. */
  readonly saveData: boolean;
  /** The shorter side of the screen, in CSS px. */
  readonly screenShortSide: number;
  /** The viewport's width, in CSS px (a narrow window or a small embed frame). */
  readonly viewportWidth: number;
}

export type AutoViewReason = 'no-webgl' | 'software-renderer' | 'save-data' | 'small-screen' | 'capable';

/**
 * Below this many CSS px on the screen's short side, or across the viewport, auto stays 2D. Phones are
 * 320–430 px on their short side, while the smallest tablets (iPad mini: 744) and every laptop are
 * over 600. Under ~600 px the stage is a phone-width strip: the 3D view's floating labels crowd the
 * picture, the 2D one was drawn for it, and a phone is where battery and download matter most.
 */
export const SMALL_SCREEN_PX = 600;

/** Renderers that draw on the CPU (lower-case substrings of the renderer string). */
const SOFTWARE_RENDERERS = ['swiftshader', 'llvmpipe', 'softpipe', 'software rasterizer', 'microsoft basic render'];

export function isSoftwareRenderer(renderer: string): boolean {
  const name = renderer.toLowerCase();
  return SOFTWARE_RENDERERS.some((software) => name.includes(software));
}

/** The traits read without a WebGL context. */
export type CheapTraits = Pick<DeviceTraits, 'saveData' | 'screenShortSide' | 'viewportWidth'>;

/**
 * Whether 3D is still possible once the traits that need no WebGL context are known. Where it is not
 * (a phone, Save-Data), the context is never created: on a phone that probe is one of the longest
 * tasks after the page loads, for an answer that could only be 2D.
 */
export function worthProbing(device: CheapTraits): boolean {
  return !device.saveData && Math.min(device.screenShortSide, device.viewportWidth) >= SMALL_SCREEN_PX;
}

export function chooseAutoView(device: DeviceTraits): { view: '2d' | '3d'; reason: AutoViewReason } {
  if (!device.webgl) return { view: '2d', reason: 'no-webgl' };
  if (device.performanceCaveat || isSoftwareRenderer(device.renderer)) return { view: '2d', reason: 'software-renderer' };
  if (device.saveData) return { view: '2d', reason: 'save-data' };
  if (Math.min(device.screenShortSide, device.viewportWidth) < SMALL_SCREEN_PX) return { view: '2d', reason: 'small-screen' };
  return { view: '3d', reason: 'capable' };
}
