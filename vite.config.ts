import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { elementBundle } from './tools/elementBundle.ts';
import { firstPaintText } from './tools/firstPaintText.ts';
import { APP_HEADERS } from './tools/hosting.ts';
import { precacheServiceWorker } from './tools/precache.ts';
import { prerenderDefaultPage } from './tools/prerender.ts';

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
  // The production headers (tools/hosting.ts), so every browser test runs under the strict CSP.
  preview: { host: '127.0.0.1', headers: APP_HEADERS },
  server: { host: '127.0.0.1' },
});
