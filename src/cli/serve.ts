import type { Server } from 'node:http';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime } from '../platform/runtime.ts';
import { buildApp } from '../http/server.ts';
import { createRedirectServer } from '../http/redirect.ts';
import { registerJobs, scheduleRecurringJobs } from '../features/jobs.ts';

export async function serve(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const runtime = await openRuntime(config, logger);
  const app = await buildApp(runtime);
  await app.listen({ host: config.HOST, port: config.PORT });
  const scheme = config.tls ? 'https' : 'http';
  logger.info({ host: config.HOST, port: config.PORT, tls: config.tls, database: runtime.dbHandle.kind }, 'tacet is listening');
  if (config.embedded) {
    // The one line a solo therapist needs on their laptop. Host and port only: no PHI here.
    process.stdout.write(`Tacet is running at ${scheme}://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/\n`);
  }
  // Durable jobs (exports, and every ten minutes the R31 retention sweep and the expiry of export
  // archives) run on the job runner: once across all app servers, resumed after a crash.
  registerJobs(runtime);
  await scheduleRecurringJobs(runtime);
  runtime.jobs.start();
  let redirect: Server | undefined;
  if (config.HTTP_REDIRECT_PORT !== undefined) {
    redirect = createRedirectServer(config.PORT, config.PUBLIC_URL);
    await new Promise<void>((resolve) => redirect?.listen(config.HTTP_REDIRECT_PORT, config.HOST, resolve));
    logger.info({ port: config.HTTP_REDIRECT_PORT }, 'http redirect listener started');
  }
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      redirect?.close();
      app
        .close()
        .then(() => runtime.close())
        .then(() => resolve(0))
        .catch(() => resolve(1));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
