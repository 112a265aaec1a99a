// Builds a migrated embedded database once per test run and hands its dump to every test file, so
// each file starts from a fresh copy in well under a second instead of running initdb again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPGlite, pgliteHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedFromTemplate } from '../src/db/pglite-template.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-test-'));
  const file = path.join(dir, 'template.tar');
  // Started from the installation's blank, migrated template when there is one (npm ci builds
  // it): a copy and an open instead of initdb and every migration (src/db/pglite-template.ts).
  const seeded = path.join(dir, 'seed');
  const pg = (await seedFromTemplate(seeded)) ? await openPGlite(seeded) : await openPGlite(undefined);
  const handle = pgliteHandle(pg);
  await migrate(handle.db);
  const dump = await pg.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  fs.rmSync(seeded, { recursive: true, force: true });
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
