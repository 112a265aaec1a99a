// Which build of Tacet is running. scripts/build-dist.ts replaces __TACET_BUILD__ with what it
// built (npm run build, npm run build:no-recording); from source the name is never defined.
declare const __TACET_BUILD__: { recording: boolean } | undefined;

/** The bundled distribution's flavour, or undefined when Tacet runs from its TypeScript source. */
export const BUILD: { recording: boolean } | undefined = typeof __TACET_BUILD__ === 'undefined' ? undefined : __TACET_BUILD__;

/** For the start-up line: "from source", "bundled", "bundled, no recording". */
export function buildLabel(): string {
  if (BUILD === undefined) return 'from source';
  return BUILD.recording ? 'bundled' : 'bundled, no recording';
}
