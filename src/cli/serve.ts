import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import type { Runtime, StartupProgress } from '../platform/runtime.ts';
import { BUILD, buildLabel } from '../platform/build-info.ts';

/**
 * Start-up progress. On the embedded database (`npm start` on a laptop) a person is watching, so
 * it is a plain line each; with PostgreSQL the process feeds a log collector, so it is a log
 * line each. Paths, counts and the address only: nothing from the database.
 */
function progressReporter(config: Config, logger: Logger): { progress: StartupProgress; say: (line: string) => void } {
  const say = (line: string) => {
    if (config.embedded) process.stdout.write(`[tacet] ${line}\n`);
  };
  const progress: StartupProgress = (s) => {
    switch (s.step) {
      case 'opening_database':
        logger.info({ event: 'startup.database', database: s.kind }, 'opening database');
        say(s.fresh ? `creating a new database in ${s.where ?? ''}…` : `opening database${s.where !== undefined ? ` in ${s.where}` : ''}…`);
        break;
      case 'applying_migrations':
        logger.info({ event: 'startup.migrations', migrations: s.count }, 'applying migrations');
        say(`applying migrations (${s.count})…`);
        break;
      case 'checking_security':
        say('checking row-level security…');
        break;
    }
  };
  return { progress, say };
}

async function startEmbeddedSnapshots(runtime: Runtime): Promise<{ close(): Promise<void> } | undefined> {
  const pglite = runtime.dbHandle.pglite;
  if (!runtime.config.embedded || pglite === undefined) return undefined;
  const { startSnapshotServer } = await import('../platform/backup/embedded.ts');
  const server = await startSnapshotServer(pglite, runtime.config.dataDir, (err) => runtime.logger.error({ event: 'backup.snapshot_failed', errorName: err instanceof Error ? err.name : 'unknown' }, 'snapshot failed'));
  if (server === undefined) runtime.logger.warn({ event: 'backup.no_socket' }, 'no backup socket here: stop Tacet before running tacet backup');
  return server;
}

export async function serve(): Promise<number> {
  const started = performance.now();
  const config = loadConfig();
  // R06: a build made without recording cannot be asked for it (src/features/recording-absent.ts
  // refuses too, should anything get past this).
  if (config.recording && BUILD?.recording === false) {
    throw new ConfigError(['TACET_RECORDING=enabled, but this distribution was built without recording (npm run build:no-recording): unset TACET_RECORDING, or run a build that has it']);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const { progress, say } = progressReporter(config, logger);
  say(`starting Tacet (${buildLabel()}, Node ${process.version}, data in ${config.embedded ? config.dataDir : 'PostgreSQL'})…`);
  const { openRuntime } = await import('../platform/runtime.ts');
  const opening = openRuntime(config, logger, { progress });
  // The HTTP layer (Fastify, every feature's routes) starts loading while the database opens:
  // PGlite reads its files and compiles its WASM asynchronously, so the two can overlap.
  const httpModules = Promise.all([import('../http/server.ts'), import('../http/redirect.ts'), import('../features/jobs.ts')]);
  httpModules.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  // The de-identification engine and the draft verifier load their word lists while the database
  // opens, so the first save and the first draft do not pay for them (src/features/warm.ts). A
  // failure here is logged and left to surface on first use, where a request reports it.
  const warming = import('../features/warm.ts')
    .then((m) => m.warmEngines())
    .catch((err: unknown) => logger.error({ event: 'startup.warm_failed', errorName: err instanceof Error ? err.name : 'unknown' }, 'warming the text engines failed'));
  const runtime = await opening;
  await warming;
  say('starting the web server…');
  const [{ buildApp }, { createRedirectServer }, { registerJobs, registerDeploymentJobs, scheduleRecurringJobs }] = await httpModules;
  const app = await buildApp(runtime);
  await app.listen({ host: config.HOST, port: config.PORT });
  const scheme = config.tls ? 'https' : 'http';
  logger.info({ host: config.HOST, port: config.PORT, tls: config.tls, database: runtime.dbHandle.kind }, 'tacet is listening');
  // Durable jobs (exports, and every ten minutes the R31 retention sweep and the expiry of export
  // archives) run on the job runner: once across all app servers, resumed after a crash.
  registerJobs(runtime);
  await registerDeploymentJobs(runtime);
  await scheduleRecurringJobs(runtime);
  runtime.jobs.start();
  // Embedded mode: `bin/tacet backup` asks this process for a snapshot over a socket only the OS user can open (R44).
  const snapshots = await startEmbeddedSnapshots(runtime);
  let redirect: Server | undefined;
  if (config.HTTP_REDIRECT_PORT !== undefined && config.PUBLIC_URL !== undefined) {
    redirect = createRedirectServer(config.PUBLIC_URL);
    await new Promise<void>((resolve) => redirect?.listen(config.HTTP_REDIRECT_PORT, config.HOST, resolve));
    logger.info({ port: config.HTTP_REDIRECT_PORT }, 'http redirect listener started');
  }
  // The one line a solo therapist needs on their laptop. Host and port only: no PHI here.
  say(`ready at ${scheme}://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/ (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      redirect?.close();
      app
        .close()
        .then(() => snapshots?.close())
        .then(() => runtime.close())
        .then(() => resolve(0))
        .catch(() => resolve(1));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
