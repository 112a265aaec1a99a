// R01/R11: every user sees and corrects their own account data; R39: their inactivity timeout.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { EmailRateLimiter, issueLink, normaliseEmail, sendEmailChangeNotice, sendLink } from '../auth/magic-link.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { isoDateOrNull } from '../../db/dates.ts';
import type { AuthContext } from '../auth/sessions.ts';
import type { FastifyRequest } from 'fastify';
// The user's own context (their practice and roles, or the system chain before they have one):
// one rule for every account-level route, kept beside the factor routes that introduced it.
import { mfaContext } from '../auth/mfa/context.ts';

const account = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  credentials: z.object({
    licenseType: z.string().nullable(),
    licenseNumber: z.string().nullable(),
    licenseState: z.string().nullable(),
    licenseExpiresOn: z.string().nullable(),
  }),
  sessionTimeoutMinutes: z.number().int(),
  memberships: z.array(z.object({ practiceId: z.uuid(), practiceName: z.string(), role: z.string() })),
});

const TIMEOUT_EXPLANATION =
  'Shorter is safer: an unattended screen stays open for at most this long. Longer is more convenient between sessions. 15 minutes is the default; the maximum is 4 hours.';

export function accountRoutes(app: FastifyInstance, runtime: Runtime): void {
  const perEmail = new EmailRateLimiter();
  const load = async (auth: AuthContext, req: FastifyRequest) =>
    withTenant(runtime.db, mfaContext(auth, req), async (trx, ctx) => {
      const u = await trx
        .selectFrom('users')
        .select(['id', 'email', 'name', 'license_type', 'license_number', 'license_state', 'license_expires_on', 'session_timeout_minutes'])
        .where('id', '=', auth.userId)
        .executeTakeFirstOrThrow();
      const memberships = await trx
        .selectFrom('memberships')
        .innerJoin('practices', 'practices.id', 'memberships.practice_id')
        .select(['memberships.practice_id', 'practices.name', 'memberships.role'])
        .where('memberships.user_id', '=', auth.userId)
        .where('memberships.disabled_at', 'is', null)
        .execute();
      auditRead(trx, ctx, { action: 'account.read', resourceType: 'user', resourceId: auth.userId });
      return {
        id: u.id,
        email: u.email,
        name: u.name,
        credentials: {
          licenseType: u.license_type,
          licenseNumber: u.license_number,
          licenseState: u.license_state,
          licenseExpiresOn: isoDateOrNull(u.license_expires_on),
        },
        sessionTimeoutMinutes: u.session_timeout_minutes,
        memberships: memberships.map((m) => ({ practiceId: m.practice_id, practiceName: m.name, role: m.role })),
      };
    });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/account',
    summary: 'Your account: profile, professional credentials, memberships',
    tags: ['account'],
    auth: 'partial',
    roles: 'self',
    schema: { response: { 200: account } },
    handler: async ({ auth, req }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      return load(auth, req);
    },
  });

  defineRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/account',
    summary: 'Correct your profile and professional credentials',
    tags: ['account'],
    auth: 'partial',
    roles: 'self',
    schema: {
      body: z.strictObject({
        name: z.string().trim().min(1).max(200).optional(),
        licenseType: z.string().trim().min(1).max(40).nullable().optional(),
        licenseNumber: z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/, { message: 'may hold letters, digits and hyphens only' }).nullable().optional(),
        licenseState: z.string().regex(/^[A-Z]{2}$/, { message: 'must be a two-letter state code' }).nullable().optional(),
        licenseExpiresOn: z.iso.date().nullable().optional(),
      }),
      response: { 200: account },
    },
    handler: async ({ auth, req, body }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      await withTenant(runtime.db, mfaContext(auth, req), async (trx, ctx) => {
        const set: Record<string, string | null> = {};
        if (body.name !== undefined) set.name = body.name;
        if (body.licenseType !== undefined) set.license_type = body.licenseType;
        if (body.licenseNumber !== undefined) set.license_number = body.licenseNumber;
        if (body.licenseState !== undefined) set.license_state = body.licenseState;
        if (body.licenseExpiresOn !== undefined) set.license_expires_on = body.licenseExpiresOn;
        if (Object.keys(set).length === 0) throw new HttpError(400, 'validation_failed', 'body: send at least one field to change');
        await trx.updateTable('users').set(set).where('id', '=', auth.userId).execute();
        await audit(trx, ctx, { action: 'account.update', resourceType: 'user', resourceId: auth.userId, metadata: Object.fromEntries(Object.keys(set).map((k) => [k, true])) });
      });
      return load(auth, req);
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/account/session-timeout',
    summary: 'Your inactivity timeout and what it trades off',
    tags: ['account'],
    auth: 'partial',
    roles: 'self',
    touch: false,
    schema: { response: { 200: z.object({ minutes: z.number().int(), min: z.literal(15), max: z.literal(240), explanation: z.string() }) } },
    handler: async ({ auth }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      return { minutes: Math.round(auth.idleTimeoutMs / 60_000), min: 15 as const, max: 240 as const, explanation: TIMEOUT_EXPLANATION };
    },
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/account/session-timeout',
    summary: 'Choose your inactivity timeout (15 minutes to 4 hours); a security setting, so it needs a fresh second factor',
    tags: ['account'],
    auth: 'full',
    roles: 'self',
    stepUp: true,
    schema: {
      body: z.strictObject({ minutes: z.number().int().min(15, { message: 'must be at least 15 minutes' }).max(240, { message: 'must be at most 240 minutes (4 hours)' }) }),
      response: { 200: z.object({ minutes: z.number().int(), explanation: z.string() }) },
    },
    handler: async ({ auth, req, body }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      await withTenant(runtime.db, mfaContext(auth, req), async (trx, ctx) => {
        await trx.updateTable('users').set({ session_timeout_minutes: body.minutes }).where('id', '=', auth.userId).execute();
        await audit(trx, ctx, { action: 'account.session_timeout', resourceType: 'user', resourceId: auth.userId, metadata: { minutes: body.minutes } });
      });
      return { minutes: body.minutes, explanation: TIMEOUT_EXPLANATION };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/account/email',
    summary: 'Change your sign-in email: a single-use link sent to the new address makes the change',
    tags: ['account'],
    auth: 'full',
    roles: 'self',
    stepUp: true,
    rateLimit: { max: 5, timeWindow: '1 minute' },
    schema: { body: z.strictObject({ email: z.email().max(320) }), response: { 202: z.object({ status: z.literal('sent') }) } },
    handler: async ({ auth, req, body, reply }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const to = normaliseEmail(body.email);
      const current = await withTenant(runtime.db, mfaContext(auth, req), async (trx, ctx) => {
        const u = await trx.selectFrom('users').select('email').where('id', '=', auth.userId).executeTakeFirstOrThrow();
        if (u.email === to) throw badRequest('body.email', 'is already your sign-in address');
        await audit(trx, ctx, { action: 'account.email.request', resourceType: 'user', resourceId: auth.userId });
        return u.email;
      });
      // The same answer whether or not another account has the address (no enumeration); the
      // look-up and the mails happen after the response.
      if (perEmail.allow(to)) {
        runtime.background.run('account.email_change', async () => {
          await withTenant(runtime.db, systemContext(undefined, { requestId: req.id, ip: req.ip }), async (trx) => {
            const taken = await trx.selectFrom('users').select('id').where('email', '=', to).executeTakeFirst();
            if (taken !== undefined) return;
            const token = await issueLink(trx, { purpose: 'email_change', email: to, userId: auth.userId });
            await sendLink(runtime, to, 'email_change', token);
          });
          await sendEmailChangeNotice(runtime, current);
        });
      }
      return reply.code(202).send({ status: 'sent' as const });
    },
  });
}
