import { rmSync } from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { citemapDevServer } from './src/devserver/plugin.ts';

/**
 * public/data is a link into public/.data.versions (src/pipeline/fs/atomic-dir.ts); the build
 * copies public/ following links, so dist/data holds the data and the versions need not ship.
 */
function withoutDataVersions(): Plugin {
  let outDir = 'dist';
  return {
    name: 'citemap-without-data-versions',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(path.join(outDir, '.data.versions'), { recursive: true, force: true });
    },
  };
}

// Relative base: the built site works from any static file server, in any folder.
export default defineConfig({
  base: './',
  plugins: [preact(), withoutDataVersions(), citemapDevServer()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // MapLibre in a script of its own, downloaded beside the app's (index.html preloads it):
    // the app's first fetch, under DevTools, re-reads only its own script for the call's stack.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  // Loopback only, and no CORS: the dev server's write routes answer the page's own origin.
  server: { host: '127.0.0.1', port: 5173, strictPort: false, cors: false },
  preview: { port: 4173, strictPort: false },
});
