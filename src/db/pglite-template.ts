// A freshly initialised embedded cluster, kept once per installation, so that a new data
// directory starts as a copy of it instead of running initdb again.
//
// Why: initdb inside PGlite (WASM) was most of a first start — 5 to 15 s on a 2-core machine,
// against about 1 s to open an existing database, and copying the ~1,000 files of a fresh
// cluster takes a few hundred milliseconds (bench/startup.bench.ts). The template is exactly what
// PGlite's own initdb leaves behind, shut down cleanly: the system catalogs, no roles or rows of
// ours and no secrets (PGlite has one trust-authenticated superuser; the master key and keyring
// live outside the database). Migrations then run on the copy as on any new database.
//
// It lives in node_modules/.cache/tacet/ (where build tools keep caches; `npm ci` starts it
// afresh), named after the PGlite version, so an upgraded PGlite never opens a cluster its own
// initdb did not write. `npm ci` builds it (scripts/pglite-template.ts, run by `prepare`); if it
// is missing, the first new database builds it; if the cache cannot be written, PGlite runs
// initdb in the data directory as before.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';

const require = createRequire(import.meta.url);

/** Bump when what goes into the template changes (a start parameter initdb's result depends on). */
const TEMPLATE_FORMAT = 1;

function pgliteRoot(): string {
  // .../node_modules/@electric-sql/pglite/dist/index.cjs → the package folder.
  return path.resolve(path.dirname(require.resolve('@electric-sql/pglite')), '..');
}

export function pgliteVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(pgliteRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The template's folder: TACET_PGLITE_TEMPLATE_DIR for packaged deployments, else node_modules/.cache. */
export function templateDir(): string {
  const parent = process.env.TACET_PGLITE_TEMPLATE_DIR ?? path.join(pgliteRoot(), '..', '..', '.cache', 'tacet');
  return path.join(parent, `pglite-${pgliteVersion()}-initdb-v${TEMPLATE_FORMAT}`);
}

const isCluster = (dir: string): boolean => fs.existsSync(path.join(dir, 'PG_VERSION'));

/**
 * Builds the template unless it exists: initdb in a temporary folder, a clean shutdown, then one
 * rename, so no reader ever sees half a cluster. Returns its folder, or undefined when it cannot
 * be built here (a read-only installation).
 */
export async function ensureTemplate(startParams: readonly string[]): Promise<string | undefined> {
  const dir = templateDir();
  if (isCluster(dir)) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.rmSync(tmp, { recursive: true, force: true });
    const pg = await PGlite.create({ dataDir: tmp, startParams: [...startParams] });
    await pg.close();
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      // Another process finished first: theirs is as good as ours.
      if (!isCluster(dir)) throw err;
    }
    return dir;
  } catch {
    return undefined;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Makes `dataDir` a copy of the template when it does not exist yet or is an empty folder.
 * The copy goes to a sibling folder first and is renamed into place, so an interrupted first
 * start leaves no half-made database behind. False when nothing was copied (PGlite then runs
 * initdb itself).
 */
export async function seedFromTemplate(dataDir: string, startParams: readonly string[]): Promise<boolean> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) return false;
  const template = await ensureTemplate(startParams);
  if (template === undefined) return false;
  const tmp = `${dataDir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
    fs.cpSync(template, tmp, { recursive: true });
    fs.chmodSync(tmp, 0o700);
    if (fs.existsSync(dataDir)) fs.rmdirSync(dataDir); // empty, checked above; fails if that changed
    fs.renameSync(tmp, dataDir);
    return true;
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
    return false;
  }
}
