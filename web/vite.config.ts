// The web application is built into web/dist and served by Tacet itself (src/features/web), on
// the same origin, under a CSP of script-src 'self' and style-src 'self'. So the build must emit
// no inline script or style: CSS goes to .css files, assets are never inlined as data: URIs, and
// the module-preload polyfill (an inline helper in some setups) is off — every supported browser
// has <link rel="modulepreload">.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    manifest: false,
    reportCompressedSize: false,
  },
});
