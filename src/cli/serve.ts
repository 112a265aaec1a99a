import type { Server } from 'node:http';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime } from '../platform/runtime.ts';
import { buildApp } from '../http/server.ts';
import { createRedirectServer } from '../http/redirect.ts';
import { sweepAllPractices } from '../features/transcripts/service.ts';

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
  // R31: transcripts whose "after N days" rule has come due, and AI drafts past their retention,
  // are deleted every ten minutes.
  const sweep = setInterval(() => {
    sweepAllPractices(runtime)
      .then((n) => {
        if (n > 0) logger.info({ count: n, event: 'retention.swept' }, 'transcripts and AI drafts deleted by retention rules');
      })
      .catch((err: unknown) => logger.error({ err, event: 'transcripts.sweep' }, 'transcript retention sweep failed'));
  }, 10 * 60_000);
  sweep.unref();
  let redirect: Server | undefined;
  if (config.HTTP_REDIRECT_PORT !== undefined) {
    redirect = createRedirectServer(config.PORT, config.PUBLIC_URL);
    await new Promise<void>((resolve) => redirect?.listen(config.HTTP_REDIRECT_PORT, config.HOST, resolve));
    logger.info({ port: config.HTTP_REDIRECT_PORT }, 'http redirect listener started');
  }
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      clearInterval(sweep);
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
