import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Relative base: the built site works from any static file server, in any folder.
export default defineConfig({
  base: './',
  plugins: [preact()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
