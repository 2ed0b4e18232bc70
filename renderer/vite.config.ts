// Builds the renderer into dist/renderer with relative paths (loaded from the app bundle, not a
// server) and without anything inline, because the app's CSP allows only 'self' scripts and styles.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// import.meta.dirname instead of node:path, which the renderer's lint rules keep out of renderer/.
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/../dist/renderer`,
    emptyOutDir: true,
    // The polyfill would be inlined into index.html; Chromium supports modulepreload natively.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
