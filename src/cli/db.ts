import { loadConfig } from '../config/config.ts';
import { embeddedDbDir, openPGlite, pgliteHandle, postgresHandle } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

export async function dbCommand(args: string[]): Promise<number> {
  if (args[0] !== 'migrate') {
    process.stderr.write('usage: tacet db migrate\n');
    return 2;
  }
  const config = loadConfig();
  const handle = config.embedded
    ? pgliteHandle(await openPGlite(embeddedDbDir(config.dataDir)))
    : postgresHandle(config.DATABASE_ADMIN_URL ?? config.DATABASE_URL ?? '', 1, config.DATABASE_ADMIN_URL ? 'DATABASE_ADMIN_URL' : 'DATABASE_URL');
  try {
    const applied = await migrate(handle.db);
    process.stdout.write(applied.length === 0 ? 'database is up to date\n' : `applied migrations: ${applied.join(', ')}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
