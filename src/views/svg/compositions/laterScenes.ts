// The pictures of scenes 2–5, in one chunk fetched right after the first paint (see ./index.ts).
export { ampaActivation } from './AmpaActivation';
export { bdnfRelease } from './BdnfRelease';
export { glutamateSurge } from './GlutamateSurge';
export { synaptogenesis } from './Synaptogenesis';
