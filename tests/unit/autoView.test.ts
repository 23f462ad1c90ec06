import { describe, expect, it } from 'vitest';
import { chooseAutoView, isSoftwareRenderer, SMALL_SCREEN_PX, worthProbing, type DeviceTraits } from '../../src/views/autoView';

/** A laptop with a hardware GPU on a fast connection: the one case where auto means 3D. */
const LAPTOP: DeviceTraits = {
  webgl: true,
  renderer: 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
  performanceCaveat: false,
  saveData: false,
  screenShortSide: 900,
  viewportWidth: 1280,
};

describe('isSoftwareRenderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Mesa/X.org softpipe',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    'Chromium Software Rasterizer',
  ])('%s draws on the CPU', (renderer) => expect(isSoftwareRenderer(renderer)).toBe(true));

  it.each([
    'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)',
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Mali-G78',
    'Adreno (TM) 640',
    'Apple GPU',
    // A browser that hides the renderer: the performance-caveat probe decides instead.
    '',
  ])('%s is a hardware GPU', (renderer) => expect(isSoftwareRenderer(renderer)).toBe(false));
});

describe('chooseAutoView', () => {
  it('picks 3D on a hardware GPU with a large screen and no Save-Data', () => {
    expect(chooseAutoView(LAPTOP)).toEqual({ view: '3d', reason: 'capable' });
  });

  it('stays 2D without WebGL', () => {
    expect(chooseAutoView({ ...LAPTOP, webgl: false })).toEqual({ view: '2d', reason: 'no-webgl' });
  });

  it('stays 2D on a software renderer, named or flagged by the browser', () => {
    expect(chooseAutoView({ ...LAPTOP, renderer: 'Google SwiftShader' })).toEqual({ view: '2d', reason: 'software-renderer' });
    expect(chooseAutoView({ ...LAPTOP, renderer: '', performanceCaveat: true })).toEqual({ view: '2d', reason: 'software-renderer' });
  });

  it('stays 2D when the reader asked to save data', () => {
    expect(chooseAutoView({ ...LAPTOP, saveData: true })).toEqual({ view: '2d', reason: 'save-data' });
  });

  it('stays 2D on a phone, in either orientation, and in a narrow window or embed', () => {
    const phone = { ...LAPTOP, renderer: 'Apple GPU', screenShortSide: 390 };
    expect(chooseAutoView({ ...phone, viewportWidth: 390 })).toEqual({ view: '2d', reason: 'small-screen' });
    expect(chooseAutoView({ ...phone, viewportWidth: 844 })).toEqual({ view: '2d', reason: 'small-screen' });
    expect(chooseAutoView({ ...LAPTOP, viewportWidth: 480 })).toEqual({ view: '2d', reason: 'small-screen' });
  });

  it('shows 3D from the threshold up: a small tablet qualifies', () => {
    expect(chooseAutoView({ ...LAPTOP, screenShortSide: SMALL_SCREEN_PX, viewportWidth: SMALL_SCREEN_PX }).view).toBe('3d');
    expect(chooseAutoView({ ...LAPTOP, screenShortSide: SMALL_SCREEN_PX - 1 }).view).toBe('2d');
    expect(chooseAutoView({ ...LAPTOP, renderer: 'Apple GPU', screenShortSide: 744, viewportWidth: 1133 }).view).toBe('3d');
  });

  it('names the first reason that rules 3D out (no WebGL before software before Save-Data before size)', () => {
    const everything = { webgl: false, renderer: 'llvmpipe', performanceCaveat: true, saveData: true, screenShortSide: 320, viewportWidth: 320 };
    expect(chooseAutoView(everything).reason).toBe('no-webgl');
    expect(chooseAutoView({ ...everything, webgl: true }).reason).toBe('software-renderer');
    expect(chooseAutoView({ ...everything, webgl: true, renderer: 'Mali-G78', performanceCaveat: false }).reason).toBe('save-data');
  });
});

describe('worthProbing', () => {
  it('asks WebGL only where 3D is still possible', () => {
    expect(worthProbing(LAPTOP)).toBe(true);
    // Where the answer can only be 2D, no WebGL context is made at all.
    expect(worthProbing({ ...LAPTOP, saveData: true })).toBe(false);
    expect(worthProbing({ ...LAPTOP, screenShortSide: 390 })).toBe(false);
    expect(worthProbing({ ...LAPTOP, viewportWidth: SMALL_SCREEN_PX - 1 })).toBe(false);
  });

  it('never rules out what chooseAutoView would pick as 3D', () => {
    for (const saveData of [false, true])
      for (const screenShortSide of [320, 599, 600, 900])
        for (const viewportWidth of [390, 600, 1280]) {
          const device = { ...LAPTOP, saveData, screenShortSide, viewportWidth };
          if (chooseAutoView(device).view === '3d') expect(worthProbing(device)).toBe(true);
          else expect(worthProbing(device)).toBe(false); // a capable GPU: only the cheap traits said no
        }
  });
});
