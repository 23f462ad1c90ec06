import { chooseAutoView, isSoftwareRenderer, worthProbing, type CheapTraits, type DeviceTraits } from './autoView';

/**
 * What this browser's WebGL is, asked once per page and only when needed (never during the first
 * render: a WebGL context costs milliseconds, and the prerendered page must hydrate unchanged). A
 * throwaway canvas asks for a context that would refuse a major performance caveat (a software
 * renderer), then, if refused, for any context; each is released straight away (browsers cap live
 * contexts, and a kiosk page runs for days). This module is not in the first load: ViewSwitch fetches
 * it when the page has settled, or when 3D is asked for.
 */
export interface WebGLProbe {
  readonly available: boolean;
  readonly renderer: string;
  readonly performanceCaveat: boolean;
  /** The pixels are drawn on the CPU (a performance caveat, or a known software renderer). */
  readonly software: boolean;
}

let cached: WebGLProbe | undefined;

export function probeWebGL(): WebGLProbe {
  if (cached) return cached;
  const hardware = context({ failIfMajorPerformanceCaveat: true });
  const any = hardware ?? context({});
  const renderer = any ? rendererOf(any) : '';
  const performanceCaveat = any !== null && hardware === null;
  cached = { available: any !== null, renderer, performanceCaveat, software: performanceCaveat || isSoftwareRenderer(renderer) };
  any?.getExtension('WEBGL_lose_context')?.loseContext();
  return cached;
}

/**
 * What view=auto shows here (autoView.ts), with the probe it made: none where the screen or Save-Data
 * already rule 3D out (on a phone, making a WebGL context to ask was one of the longest tasks after load).
 */
export function decideAutoView(): { view: '2d' | '3d'; probe: WebGLProbe | null } {
  if (!worthProbing(cheapTraits())) return { view: '2d', probe: null };
  return { view: chooseAutoView(deviceTraits()).view, probe: probeWebGL() };
}

/** What view=auto weighs that needs no WebGL context (autoView.ts, worthProbing). */
function cheapTraits(): CheapTraits {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return {
    saveData: connection?.saveData === true,
    screenShortSide: Math.min(screen.width, screen.height),
    viewportWidth: window.innerWidth,
  };
}

/** Everything view=auto weighs (autoView.ts), read from this browser now. */
function deviceTraits(): DeviceTraits {
  const probe = probeWebGL();
  return { webgl: probe.available, renderer: probe.renderer, performanceCaveat: probe.performanceCaveat, ...cheapTraits() };
}

function context(attributes: WebGLContextAttributes): WebGLRenderingContext | null {
  try {
    const canvas = document.createElement('canvas');
    return (canvas.getContext('webgl2', attributes) ?? canvas.getContext('webgl', attributes)) as WebGLRenderingContext | null;
  } catch {
    return null;
  }
}

/** The GPU's name; browsers that hide the unmasked one (or drop the extension) answer with RENDERER. */
function rendererOf(gl: WebGLRenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' ? name : '';
}
