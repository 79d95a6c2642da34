import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@signoff/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
      // Rules the page applies before asking, e.g. which status may follow which.
      '@signoff/domain': `${workspaceRoot}libs/domain/src/index.ts`,
    },
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    // The API's address in development; override to point at another running API.
    proxy: { '/api': { target: process.env['SIGNOFF_API_URL'] ?? 'http://127.0.0.1:3000' } },
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    // The API serves these files under `default-src 'self'`: a data: URI or an inline
    // polyfill script would be refused, so every asset stays a file of its own.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              priority: 2,
            },
            {
              name: 'react-aria',
              test: /node_modules[\\/](react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc)[\\/]/,
              priority: 1,
            },
            {
              // Only the evidence editor's page loads it (see router.tsx).
              name: 'narrative-editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|fast-equals)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
