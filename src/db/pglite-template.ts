// A blank, migrated embedded database, kept once per installation, so that a new data directory
// starts as a copy of it instead of running initdb and every migration again.
//
// Why: on a 2-core machine initdb inside PGlite (WASM) took 5–15 s and the migrations another
// 1–3 s of CPU, against about a second to open an existing database; copying the ~1,000 files
// of the template takes a few hundred milliseconds (bench/startup.bench.ts).
//
// What it holds: what PGlite's initdb writes (the system catalogs; one trust-authenticated
// superuser, no password) plus Tacet's schema — tables, policies, functions and the roles the
// migrations create. No rows, no keys, no secrets: migrations insert nothing (the audit inserts in
// them are trigger bodies), and the master key and keyring live outside the database. It is shut
// down cleanly before it is copied. tacet-template.json beside it lists the migrations it holds
// with their checksums; a template whose migrations no longer match the files is rebuilt, and
// migrations added since it was built are applied to the copy as on any database.
//
// It lives in node_modules/.cache/tacet/ (where build tools keep caches; `npm ci` starts it
// afresh), named after the PGlite version, so an upgraded PGlite never opens a cluster its own
// initdb did not write. `npm ci` builds it (scripts/pglite-template.ts, run by `prepare`); if it
// is missing, the first new data directory builds it; if the cache cannot be written, the data
// directory is initialised in place as before.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { openPGlite, pgliteHandle } from './database.ts';
import { loadMigrations, migrate, type Migration } from './migrate.ts';

const require = createRequire(import.meta.url);

/** Bump when what goes into the template changes in a way its name and sidecar do not capture. */
const TEMPLATE_FORMAT = 2;
const SIDECAR = 'tacet-template.json';

interface Sidecar {
  format: number;
  migrations: { version: number; checksum: string }[];
}

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
  return path.join(parent, `pglite-${pgliteVersion()}-template`);
}

/** True when `dir` is a template whose every migration still matches the migration files. */
function usable(dir: string, migrations: Migration[]): boolean {
  let sidecar: Sidecar;
  try {
    sidecar = JSON.parse(fs.readFileSync(path.join(dir, SIDECAR), 'utf8')) as Sidecar;
  } catch {
    return false;
  }
  if (sidecar.format !== TEMPLATE_FORMAT || !fs.existsSync(path.join(dir, 'PG_VERSION'))) return false;
  const current = new Map(migrations.map((m) => [m.version, m.checksum]));
  return sidecar.migrations.every((m) => current.get(m.version) === m.checksum);
}

/**
 * Builds the template unless a usable one exists: initdb and the migrations in a temporary
 * folder, a clean shutdown, then one rename, so no reader ever sees half a template. Returns its
 * folder, or undefined when it cannot be built here (a read-only installation).
 */
export async function ensureTemplate(migrations: Migration[] = loadMigrations()): Promise<string | undefined> {
  const dir = templateDir();
  if (usable(dir, migrations)) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.rmSync(tmp, { recursive: true, force: true });
    const handle = pgliteHandle(await openPGlite(tmp));
    try {
      await migrate(handle.db, migrations);
    } finally {
      await handle.close();
    }
    const sidecar: Sidecar = { format: TEMPLATE_FORMAT, migrations: migrations.map((m) => ({ version: m.version, checksum: m.checksum })) };
    fs.writeFileSync(path.join(tmp, SIDECAR), `${JSON.stringify(sidecar, null, 2)}\n`);
    fs.rmSync(dir, { recursive: true, force: true }); // a stale one
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      // Another process finished first: theirs is as good as ours.
      if (!usable(dir, migrations)) throw err;
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
 * start leaves no half-made database behind. False when nothing was copied (the caller's
 * PGlite then runs initdb itself).
 */
export async function seedFromTemplate(dataDir: string, migrations: Migration[] = loadMigrations()): Promise<boolean> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) return false;
  const template = await ensureTemplate(migrations);
  if (template === undefined) return false;
  const tmp = `${dataDir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
    fs.cpSync(template, tmp, { recursive: true, filter: (src) => path.basename(src) !== SIDECAR });
    fs.chmodSync(tmp, 0o700);
    if (fs.existsSync(dataDir)) fs.rmdirSync(dataDir); // empty, checked above; fails if that changed
    fs.renameSync(tmp, dataDir);
    return true;
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
    return false;
  }
}
