import { z } from 'zod';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Runtime } from '../../platform/runtime.ts';
import { errorBodySchema, errorId } from '../../http/errors.ts';

export function healthRoutes(app: FastifyInstance, runtime: Runtime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    { schema: { response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  // What the web app needs to know about this deployment before anyone signs in: whether recording
  // exists here (R06), so that it shows recording controls only in a recording deployment.
  r.get(
    '/api/health',
    { schema: { response: { 200: z.object({ status: z.literal('ok'), recording: z.boolean() }) } } },
    async () => ({ status: 'ok' as const, recording: runtime.config.recording }),
  );
  r.get(
    '/readyz',
    {
      schema: {
        response: {
          200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
          503: errorBodySchema,
        },
      },
    },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(runtime.db);
      } catch {
        return reply.code(503).send({ error: { code: 'not_ready', message: 'The database is not reachable.', id: errorId() } });
      }
      return { status: 'ready' as const, database: runtime.dbHandle.kind };
    },
  );
}
