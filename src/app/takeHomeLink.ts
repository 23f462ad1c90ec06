import { linkBase } from './publicUrl';

/**
 * The address the "take this home" QR code holds: a scene in plain (patient) wording, the default, in
 * one language. Only those two: a code that leaves the clinic on a phone or on paper carries nothing
 * about the person or the visit (no level, no settings, no time, no position in the story). Without a
 * scene, the code opens the story at its start.
 */
export function takeHomeLink(scene: string | undefined, lang: string, location?: Pick<Location, 'href'>): { url: string; configured: boolean } {
  const { base, configured } = linkBase(location);
  const query = new URLSearchParams(scene ? { scene, lang } : { lang });
  return { url: `${base}?${query}`, configured };
}
