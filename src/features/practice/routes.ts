// Practice settings, billing profile, the BAA (R12), members and invitations (R01, R41).
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { sql } from 'kysely';
import { MEMBER_ROLES, systemContext, withTenant, type Tx } from '../../db/tenant.ts';
import { CURRENT_BAA } from './baa.ts';
import { INVITATION_TTL_MS, issueLink, normaliseEmail, sendLink } from '../auth/magic-link.ts';

/** A payment processor's customer token, never a card number (R01). */
function looksLikeCardNumber(v: string): boolean {
  const digits = v.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const paymentToken = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{3,99}$/, { message: "must be the payment processor's customer token (e.g. cus_…), never card data" })
  .refine((v) => !looksLikeCardNumber(v), { message: 'looks like a card number; Tacet never stores card data' });

const practiceOut = z.object({
  id: z.uuid(),
  name: z.string(),
  plan: z.enum(['trial', 'solo', 'group']),
  trialEndsAt: z.string().nullable(),
  billing: z.object({ contactEmail: z.string().nullable(), paymentCustomerToken: z.string().nullable() }).nullable(),
  baa: z.object({ currentVersion: z.string(), accepted: z.boolean(), acceptedAt: z.string().nullable() }),
});

const memberOut = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), roles: z.array(z.string()), disabled: z.boolean(), departed: z.boolean() });

export function practiceRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice',
    summary: 'The practice: name, plan, BAA status; billing for owners',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk'],
    schema: { response: { 200: practiceOut } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const p = await trx.selectFrom('practices').selectAll().where('id', '=', ctx.practiceId).executeTakeFirst();
        if (p === undefined) throw notFound('practice');
        const baa = await trx.selectFrom('baa_acceptances').select('accepted_at').where('practice_id', '=', ctx.practiceId).where('version', '=', CURRENT_BAA.version).executeTakeFirst();
        auditRead(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: p.id });
        return {
          id: p.id,
          name: p.name,
          plan: p.plan,
          trialEndsAt: p.trial_ends_at?.toISOString() ?? null,
          billing: ctx.roles.includes('owner') ? { contactEmail: p.billing_contact_email, paymentCustomerToken: p.payment_customer_token } : null,
          baa: { currentVersion: CURRENT_BAA.version, accepted: baa !== undefined, acceptedAt: baa?.accepted_at.toISOString() ?? null },
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/practice',
    summary: 'Change the practice name and billing profile (owners)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: {
      body: z.strictObject({
        name: z.string().trim().min(1).max(200).optional(),
        plan: z.enum(['trial', 'solo', 'group']).optional(),
        billingContactEmail: z.email().max(320).nullable().optional(),
        paymentCustomerToken: paymentToken.nullable().optional(),
      }),
      response: { 200: z.object({ status: z.literal('updated') }) },
    },
    handler: async ({ tenant, body }) =>
      tenant(async (trx, ctx) => {
        const set: Record<string, string | null> = {};
        if (body.name !== undefined) set.name = body.name;
        if (body.plan !== undefined) set.plan = body.plan;
        if (body.billingContactEmail !== undefined) set.billing_contact_email = body.billingContactEmail === null ? null : normaliseEmail(body.billingContactEmail);
        if (body.paymentCustomerToken !== undefined) set.payment_customer_token = body.paymentCustomerToken;
        if (Object.keys(set).length === 0) throw new HttpError(400, 'validation_failed', 'body: send at least one field to change');
        await trx.updateTable('practices').set(set).where('id', '=', ctx.practiceId).execute();
        await audit(trx, ctx, { action: 'practice.update', resourceType: 'practice', resourceId: ctx.practiceId, metadata: Object.fromEntries(Object.keys(set).map((k) => [k, true])) });
        return { status: 'updated' as const };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/baa',
    summary: 'The current Business Associate Agreement and whether the practice accepted it',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk'],
    schema: {
      response: {
        200: z.object({
          version: z.string(),
          text: z.string(),
          sha256: z.string(),
          acceptance: z.object({ acceptedBy: z.uuid(), acceptedAt: z.string(), ip: z.string().nullable() }).nullable(),
        }),
      },
    },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const a = await trx.selectFrom('baa_acceptances').selectAll().where('practice_id', '=', ctx.practiceId).where('version', '=', CURRENT_BAA.version).executeTakeFirst();
        return {
          version: CURRENT_BAA.version,
          text: CURRENT_BAA.text,
          sha256: CURRENT_BAA.sha256,
          acceptance: a === undefined ? null : { acceptedBy: a.accepted_by, acceptedAt: a.accepted_at.toISOString(), ip: a.ip },
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/baa',
    summary: 'Accept the current BAA (owners); required before any PHI can be written',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: {
      body: z.strictObject({ version: z.string().max(40), sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be the hex SHA-256 of the text shown' }) }),
      response: { 201: z.object({ version: z.string(), acceptedAt: z.string() }) },
    },
    handler: async ({ tenant, body, req, reply }) => {
      if (body.version !== CURRENT_BAA.version || body.sha256 !== CURRENT_BAA.sha256) {
        throw new HttpError(409, 'baa_outdated', 'This is not the current agreement. Reload it and accept the version shown.');
      }
      const at = await tenant(async (trx, ctx) => {
        const row = await trx
          .insertInto('baa_acceptances')
          .values({ practice_id: ctx.practiceId, version: CURRENT_BAA.version, text_sha256: CURRENT_BAA.sha256, accepted_by: ctx.userId, ip: req.ip })
          .onConflict((oc) => oc.columns(['practice_id', 'version']).doNothing())
          .returning('accepted_at')
          .executeTakeFirst();
        await audit(trx, ctx, { action: 'baa.accept', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { version: CURRENT_BAA.version } });
        return row?.accepted_at ?? new Date();
      });
      return reply.code(201).send({ version: CURRENT_BAA.version, acceptedAt: at.toISOString() });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/members',
    summary: 'Members of the practice and their roles (account metadata only)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk', 'operator'],
    schema: { response: { 200: z.object({ members: z.array(memberOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        if (ctx.roles.length === 1 && ctx.roles[0] === 'operator') await requireOperatorGrant(trx, 'account_metadata');
        const rows = await trx
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.disabled_at', 'memberships.departed_at'])
          .where('memberships.practice_id', '=', ctx.practiceId)
          .orderBy('users.name')
          .execute();
        const byUser = new Map<string, z.infer<typeof memberOut>>();
        for (const r of rows) {
          const m = byUser.get(r.id) ?? { userId: r.id, name: r.name, email: r.email, roles: [], disabled: r.disabled_at !== null, departed: r.departed_at !== null };
          m.roles.push(r.role);
          byUser.set(r.id, m);
        }
        auditRead(trx, ctx, { action: 'members.read', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { count: byUser.size } });
        return { members: [...byUser.values()] };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/invitations',
    summary: 'Invite a member by email with a role (owners); the link is emailed',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    rateLimit: { max: 30, timeWindow: '1 minute' },
    schema: {
      body: z.strictObject({ email: z.email().max(320), role: z.enum(MEMBER_ROLES as unknown as ['owner', ...Array<'practitioner' | 'supervisor' | 'helpdesk' | 'client'>]) }),
      response: { 201: z.object({ id: z.uuid(), expiresAt: z.string() }) },
    },
    handler: async ({ tenant, body, reply }) => {
      const to = normaliseEmail(body.email);
      const { id, expiresAt, practiceId } = await tenant(async (trx, ctx) => {
        const invitationId = crypto.randomUUID();
        const exp = new Date(Date.now() + INVITATION_TTL_MS);
        await trx
          .insertInto('invitations')
          .values({ id: invitationId, practice_id: ctx.practiceId, email: to, role: body.role, invited_by: ctx.userId, expires_at: exp, accepted_at: null, revoked_at: null })
          .execute();
        await audit(trx, ctx, { action: 'invitation.create', resourceType: 'invitation', resourceId: invitationId, metadata: { role: body.role } });
        return { id: invitationId, expiresAt: exp, practiceId: ctx.practiceId };
      });
      // The link is issued in the system context: magic links are pre-authentication data that
      // no member may read.
      const linkToken = await withTenant(runtime.db, systemContext(practiceId), (trx) =>
        issueLink(trx, { purpose: 'invite', email: to, invitationId: id, practiceId }),
      );
      await sendLink(runtime, to, 'invite', linkToken);
      return reply.code(201).send({ id, expiresAt: expiresAt.toISOString() });
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/members/:userId/disable',
    summary: "Disable a member (owners): their access ends and all their sessions in this practice end at once",
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: { params: z.strictObject({ userId: z.uuid() }), response: { 200: z.object({ status: z.literal('disabled'), sessionsEnded: z.number().int() }) } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        if (params.userId === ctx.userId) throw new HttpError(400, 'validation_failed', 'params.userId: you cannot disable yourself');
        const r = await trx
          .updateTable('memberships')
          .set({ disabled_at: new Date() })
          .where('practice_id', '=', ctx.practiceId)
          .where('user_id', '=', params.userId)
          .where('disabled_at', 'is', null)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw notFound('member');
        const s = await trx
          .updateTable('sessions')
          .set({ revoked_at: new Date() })
          .where('practice_id', '=', ctx.practiceId)
          .where('user_id', '=', params.userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        await audit(trx, ctx, { action: 'member.disable', resourceType: 'user', resourceId: params.userId, metadata: { sessions: Number(s.numUpdatedRows) } });
        return { status: 'disabled' as const, sessionsEnded: Number(s.numUpdatedRows) };
      }),
  });
}

/** Operators reach practice data only under an active break-glass grant (R47). */
export async function requireOperatorGrant(trx: Tx, scope: 'account_metadata' | 'clinical_metadata' | 'clinical_content'): Promise<void> {
  const r = await sql<{ ok: boolean }>`SELECT app.operator_has_grant(${scope}) AS ok`.execute(trx);
  if (r.rows[0]?.ok !== true) throw new HttpError(403, 'forbidden', 'Operators need an active break-glass grant for this practice.');
}
