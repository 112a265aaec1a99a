// npm run build:db-template (run by `prepare`, so by `npm ci`): builds the initdb template that a
// new embedded data directory is copied from, so the first `npm start` does not run initdb
// (see src/db/pglite-template.ts). Harmless to run again; a no-op when the template exists.
import { ensureTemplate, templateDir } from '../src/db/pglite-template.ts';
import { PGLITE_START_PARAMS } from '../src/db/database.ts';

const t0 = performance.now();
const dir = await ensureTemplate(PGLITE_START_PARAMS);
if (dir === undefined) {
  // Not fatal: without it the first start of a new data directory runs initdb itself.
  process.stderr.write(`could not write the PGlite initdb template to ${templateDir()}; new data directories will run initdb\n`);
} else {
  process.stdout.write(`PGlite initdb template: ${path(dir)} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}

function path(p: string): string {
  return p.startsWith(process.cwd()) ? p.slice(process.cwd().length + 1) : p;
}
