import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Three pages, built into the folder the API serves (GRAPHPLAN_WEB_OUT, set by GraphPlan.Api.csproj; `dist` otherwise).
// Every asset gets a content hash in its name, so the API can cache it for a year; the HTML pages are not cached.
const root = import.meta.dirname;
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: process.env.GRAPHPLAN_WEB_OUT ?? resolve(root, 'dist'),
    emptyOutDir: true,
    // No inline scripts or data-URL modules: the Content-Security-Policy allows scripts from the API's origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rollupOptions: {
      // React libraries mark modules "use client"; that means nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        home: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql/index.html'),
        explore: resolve(root, 'explore/index.html'),
      },
    },
  },
  worker: { format: 'es' },
});
