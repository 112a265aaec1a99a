// Routes for a practitioner leaving the practice and the transfer of their clients (issue 18,
// item 6). The commands live in departure.ts.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError } from '../../http/errors.ts';
import { auditRead } from '../../audit/audit.ts';
import { departMember, listDepartures, transferClient } from './departure.ts';

const departureOut = z.object({
  userId: z.uuid(),
  name: z.string(),
  departedAt: z.string(),
  accountClosed: z.boolean(),
  transferred: z.number().int(),
  clients: z.array(z.object({ clientId: z.uuid(), displayLabel: z.string(), openedAt: z.string() })),
});

export function departureRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/members/:userId/depart',
    summary:
      "Close a member's account in this practice (owners; a practitioner for their own): their records stay, their clients wait for a transfer, their personal key is destroyed",
    tags: ['practice'],
    auth: 'full',
    roles: ['owner', 'practitioner'],
    stepUp: true,
    schema: {
      params: z.strictObject({ userId: z.uuid() }),
      response: {
        200: z.object({
          status: z.literal('departed'),
          accountClosed: z.boolean(),
          clientsToTransfer: z.number().int(),
          sessionsEnded: z.number().int(),
          keysDestroyed: z.number().int(),
        }),
      },
    },
    handler: async ({ ctx, params }) => {
      if (ctx === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      return departMember(runtime, ctx, params.userId);
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/departures',
    summary: 'Members who left, and their clients still waiting for a transfer of care (owners; the automatic grant)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: { response: { 200: z.object({ departures: z.array(departureOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const departures = await listDepartures(trx, ctx.practiceId);
        auditRead(trx, ctx, {
          action: 'departures.read',
          resourceType: 'practice',
          resourceId: ctx.practiceId,
          metadata: { members: departures.length, clients: departures.reduce((n, d) => n + d.clients.length, 0) },
        });
        return { departures };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/departures/:userId/transfers',
    summary: 'Transfer a client of a member who left to an active practitioner (owners): a transfer of care, audited',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: {
      params: z.strictObject({ userId: z.uuid() }),
      body: z.strictObject({ clientId: z.uuid(), toUserId: z.uuid() }),
      response: { 200: z.object({ status: z.literal('transferred'), sessionsMoved: z.number().int() }) },
    },
    handler: async ({ tenant, params, body }) =>
      tenant(async (trx, ctx) => {
        const r = await transferClient(trx, ctx, params.userId, body.clientId, body.toUserId);
        return { status: 'transferred' as const, ...r };
      }),
  });
}
