import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs, so the build works from any folder of any host (clinic intranets, embeds).
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The app is small; warn if a chunk grows past the first-load budget.
    chunkSizeWarningLimit: 450,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
