// The web application is built into web/dist and served by Tacet itself (src/features/web), on
// the same origin, under a CSP of script-src 'self' and style-src 'self'. So the build must emit
// no inline script or style: CSS goes to .css files, assets are never inlined as data: URIs, and
// the module-preload polyfill (an inline helper in some setups) is off — every supported browser
// has <link rel="modulepreload">.
//
// Mode "no-recording" (npm run build:no-recording, R06): __TACET_RECORDING__ is false, so the
// only import of the recording screens (web/src/recording, behind that constant) is dropped, and
// the build fails if any module of that folder is loaded all the same.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const recordingDir = fileURLToPath(new URL('./src/recording/', import.meta.url));

function noRecording(): Plugin {
  return {
    name: 'tacet-no-recording',
    load(id) {
      if (id.startsWith(recordingDir)) this.error(`${id.slice(root.length)} is in the no-recording build: only an import behind __TACET_RECORDING__ may reach web/src/recording`);
      return null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const recording = mode !== 'no-recording';
  return {
    root,
    base: '/',
    plugins: [react(), ...(recording ? [] : [noRecording()])],
    define: { __TACET_RECORDING__: JSON.stringify(recording) },
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
  };
});
