// Every feature registers its routes here, in one place, so the route table is easy to review.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../platform/runtime.ts';
import { healthRoutes } from './health/routes.ts';
import { clientRoutes } from './clients/routes.ts';

export async function registerFeatures(app: FastifyInstance, runtime: Runtime): Promise<void> {
  healthRoutes(app, runtime);
  clientRoutes(app, runtime);
  await Promise.resolve();
}
