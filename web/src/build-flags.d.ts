// Constants the build puts in (web/vite.config.ts).

/** False in the no-recording build (npm run build:no-recording, R06): no recording code at all. */
declare const __TACET_RECORDING__: boolean;

/** Vite: the URL of a module bundled as a worker script of its own (the AudioWorklet). */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
