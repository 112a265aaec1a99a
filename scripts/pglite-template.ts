// npm run build:db-template (run by `prepare`, so by `npm ci`): builds the blank, migrated
// database that a new embedded data directory is copied from, so the first `npm start` runs
// neither initdb nor the migrations (see src/db/pglite-template.ts). Harmless to run again: a
// no-op while the template matches the migration files.
import { ensureTemplate, templateDir } from '../src/db/pglite-template.ts';

const t0 = performance.now();
const dir = await ensureTemplate();
if (dir === undefined) {
  // Not fatal: without it the first start of a new data directory runs initdb itself.
  process.stderr.write(`could not write the PGlite template to ${templateDir()}; new data directories will be initialised in place\n`);
} else {
  process.stdout.write(`PGlite template (blank, migrated database): ${path(dir)} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}

function path(p: string): string {
  return p.startsWith(process.cwd()) ? p.slice(process.cwd().length + 1) : p;
}
