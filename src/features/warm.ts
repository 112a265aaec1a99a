// Start-up warm-up of the two text engines. Without it the first note a clinician saves pays for
// the de-identification word lists (about a second: names, places, WordNet's kinds, eponyms, the
// topic rules) and the first AI draft pays for the verifier's lexicon and learned stage (about
// another second), because both load lazily. `serve` runs this while the database opens, so most
// of the cost hides behind PGlite's own start-up, and readiness means ready for the first request.
//
// The texts below are synthetic (no person, place or note from any corpus) and nothing they
// produce is kept: the verifier's per-text analysis cache is emptied afterwards.
import { loadDeidResources, redact } from '../deid/index.ts';
import { clearAnalysisCache, verifyClaim } from './ai/claims/index.ts';

/** Yields to the event loop, so I/O the caller started (the database opening) makes progress between steps. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function warmEngines(): Promise<void> {
  await loadDeidResources();
  await breathe();
  // One pass through the detectors compiles their lazily built patterns.
  redact('Ms. Example Testperson (DOB 1/2/1990) called from Sampleville on March 3rd; her brother Sam drove her.');
  await breathe();
  verifyClaim('Client denied suicidal ideation and reported sleeping six hours.', ['Pt denies SI/HI.', 'Sleep ~6 hrs/night, appetite fair.']);
  verifyClaim('Client started sertraline 50 mg.', ['Stopped sertraline last week due to nausea.']);
  clearAnalysisCache();
}
