/**
 * Colours of the 3D view. The actor colours mirror the Okabe–Ito values of src/app/theme.css (the
 * storyboard's palette), so a molecule is the same colour in 2D and 3D; three.js materials need them
 * as numbers at construction time, and jsdom (unit tests) has no computed CSS to read them from.
 * Tissue tones are mid-tones that read on both the light and the dark stage background (the canvas is
 * transparent: the theme's background shows through).
 */
export const PALETTE = {
  glutamate: '#e69f00',
  gaba: '#56b4e9',
  ketamine: '#cc79a7',
  bdnf: '#009e73',
  nmda: '#0072b2',
  ampa: '#f0e442',
  ampaOutline: '#5c5400',
  calcium: '#d55e00',
  magnesium: '#8c939d',
  sodium: '#7f8fa6',

  membrane: '#c9a98a',
  membraneEdge: '#8d6e53',
  interneuron: '#9cc9e6',
  ghost: '#b8a794',
  /** TrkB: a darker bluish green than its ligand BDNF, so the docked pair reads as two things. */
  trkb: '#00684c',
  /** Signalling inside the spine: quiet slate shapes that light up (emissive) when active. */
  signalling: '#6f8795',
  signallingGlow: '#2fd3a4',
  ribosome: '#b9aa98',
  protein: '#4f7cae',
  eef2k: '#8a7aa0',
  /** NMDA receptors passing ions glow a lighter blue (not pink: that is ketamine's colour). */
  nmdaGlow: '#8fd0ff',
  /** L-type Ca²⁺ channel body: an earthy tone next to the vermillion ions it lets in. */
  ltype: '#a8593a',
  /** A spike travelling along the dendrite: warm light, not an actor colour. */
  spike: '#ffe2a8',
  /** Depolarisation glow of the spine membrane. */
  depolarization: '#f0e442',
} as const;
