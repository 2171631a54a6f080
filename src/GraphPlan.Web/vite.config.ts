import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// Three pages, built into the folder the API serves (GRAPHPLAN_WEB_OUT, set by GraphPlan.Api.csproj; `dist` otherwise).
// Every asset gets a content hash in its name, so the API can cache it for a year; the HTML pages are not cached.
const root = import.meta.dirname;
const queries = resolve(root, '../../schema/queries');

/**
 * `virtual:persisted-documents`: every operation of schema/queries/ by its path, with its document id, the API's
 * trusted-document id (`sha256:` + the SHA-256 of the file's bytes, as `sha256sum` prints it).
 */
function persistedDocuments(): Plugin {
  const name = 'virtual:persisted-documents';
  return {
    name: 'graphplan-persisted-documents',
    resolveId: id => (id === name ? `\0${name}` : null),
    load(id) {
      if (id !== `\0${name}`) return null;
      const documents: Record<string, { id: string; text: string }> = {};
      for (const file of readdirSync(queries, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.graphql')).sort()) {
        const path = resolve(queries, file);
        const bytes = readFileSync(path);
        this.addWatchFile(path);
        documents[relative(queries, path).replaceAll('\\', '/')] = { id: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, text: bytes.toString('utf8') };
      }
      return `export default ${JSON.stringify(documents)};`;
    },
  };
}
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [persistedDocuments()],
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
