import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { elementBundle } from './tools/elementBundle.ts';
import { firstPaintText } from './tools/firstPaintText.ts';
import { precacheServiceWorker } from './tools/precache.ts';
import { prerenderDefaultPage } from './tools/prerender.ts';

/**
 * The strict Content-Security-Policy of interface.md ("Embedding"), sent by `vite preview` so every
 * browser test runs under it: no inline scripts, no eval, nothing remote. `frame-ancestors *` lets
 * articles on any origin frame the app (the point of mode=embed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

/**
 * Headers for every file of the app. `Access-Control-Allow-Origin: *`: a frame sandboxed without
 * `allow-same-origin` (how WordPress shows embeds) has the opaque origin "null", and fetches the app's
 * module scripts, chunks and JSON in CORS mode; without the header they are refused and the frame stays
 * blank. The files are public and carry no credentials, so `*` gives nothing away. deploy/nginx.conf and
 * public/_headers send the same.
 */
export const APP_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Access-Control-Allow-Origin': '*',
};

export default defineConfig({
  // Relative asset URLs, so the build works from any folder of any host (clinic intranets, embeds).
  base: './',
  // `KME_PUBLIC_URL` (the address people can reach, for QR codes, share pages and oEmbed) is read at
  // build time as import.meta.env.KME_PUBLIC_URL; see src/app/publicUrl.ts.
  envPrefix: ['VITE_', 'KME_'],
  plugins: [
    react(),
    firstPaintText(),
    prerenderDefaultPage({
      entry: 'src/prerender.tsx',
      boot: 'src/app/boot.js',
      posterStyles: ['src/app/theme.css', 'src/views/svg/stage.css'],
      plugins: () => [react(), firstPaintText()],
    }),
    elementBundle(),
    precacheServiceWorker(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // three.js alone is ~950 kB minified and loads lazily; the real gzip budgets (first load and the
    // 3D chunk) are enforced by tools/check-budgets.mjs in `npm test`.
    chunkSizeWarningLimit: 1000,
  },
  preview: { host: '127.0.0.1', headers: APP_HEADERS },
  server: { host: '127.0.0.1' },
});
