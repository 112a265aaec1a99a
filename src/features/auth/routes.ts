// Sign-up, magic-link sign-in, the session endpoints the UI needs, and signing out.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError } from '../../http/errors.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { consumeLink, EmailRateLimiter, issueLink, NEXT_PATH, normaliseEmail, sendLink } from './magic-link.ts';
import { clearCookie, defaultPractice, recordActivity, revokeSession, revokeUserSessions, startSession, type AuthContext } from './sessions.ts';
import { countFactors, hasAnyFactor } from './mfa/factors.ts';

const email = z.email().max(320);
/** Unknown, expired, used, or not valid for what it claims: one answer, so a link reveals nothing. */
const linkInvalid = () => new HttpError(400, 'link_invalid', 'This link is invalid, has expired or was already used. Ask for a new one.');
const accepted = z.object({ status: z.literal('sent'), message: z.string() });
const ACCEPTED = {
  status: 'sent' as const,
  message: 'If the address can receive a link, it is on its way. Check your inbox; the link works once and expires in 15 minutes.',
};

const sessionInfo = z.object({
  stage: z.enum(['partial', 'full']),
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  practice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  roles: z.array(z.string()),
  csrfToken: z.string(),
  secondFactor: z.enum(['verify', 'enroll', 'done']),
  idleTimeoutSeconds: z.number().int(),
  idleRemainingSeconds: z.number().int(),
  absoluteRemainingSeconds: z.number().int(),
});

export function authRoutes(app: FastifyInstance, runtime: Runtime, linksPerAddress = 5): void {
  const perEmail = new EmailRateLimiter(linksPerAddress);

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/signup',
    summary: 'Start creating an account and practice; a link to finish is emailed',
    tags: ['auth'],
    auth: 'public',
    roles: 'self',
    rateLimit: { max: 10, timeWindow: '1 minute' },
    schema: {
      body: z.strictObject({ email, name: z.string().trim().min(1).max(200), practiceName: z.string().trim().min(1).max(200) }),
      response: { 202: accepted },
    },
    handler: async ({ body, reply, req }) => {
      const to = normaliseEmail(body.email);
      // Same answer, at once, whether or not the address has an account; the lookup and the mail
      // happen after the response so their timing reveals nothing either.
      if (perEmail.allow(to)) {
        runtime.background.run('auth.signup', async () => {
          await withTenant(runtime.db, systemContext(undefined, { requestId: req.id, ip: req.ip }), async (trx) => {
            const existing = await trx.selectFrom('users').select(['id', 'disabled_at']).where('email', '=', to).executeTakeFirst();
            if (existing !== undefined) {
              if (existing.disabled_at !== null) return;
              // Someone signing up with an address that has an account gets a sign-in link.
              const token = await issueLink(trx, { purpose: 'signin', email: to, userId: existing.id });
              await sendLink(runtime, to, 'signin', token);
              return;
            }
            const token = await issueLink(trx, { purpose: 'signup', email: to, signupName: body.name, signupPractice: body.practiceName });
            await sendLink(runtime, to, 'signup', token);
          });
        });
      }
      return reply.code(202).send(ACCEPTED);
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/magic-link',
    summary: 'Email a single-use sign-in link',
    tags: ['auth'],
    auth: 'public',
    roles: 'self',
    rateLimit: { max: 10, timeWindow: '1 minute' },
    schema: {
      body: z.strictObject({
        email,
        next: z.string().max(300).regex(NEXT_PATH, { message: 'must be a path of this application, like /clients' }).optional(),
      }),
      response: { 202: accepted },
    },
    handler: async ({ body, reply, req }) => {
      const to = normaliseEmail(body.email);
      if (perEmail.allow(to)) {
        runtime.background.run('auth.magic_link', async () => {
          const ctx = systemContext(undefined, { requestId: req.id, ip: req.ip });
          await withTenant(runtime.db, ctx, async (trx) => {
            const user = await trx.selectFrom('users').select(['id', 'disabled_at']).where('email', '=', to).executeTakeFirst();
            if (user === undefined || user.disabled_at !== null) {
              await audit(trx, ctx, { action: 'auth.link.request', outcome: 'failure' });
              return;
            }
            const token = await issueLink(trx, { purpose: 'signin', email: to, userId: user.id, nextPath: body.next ?? null });
            await audit(trx, { ...ctx, userId: user.id }, { action: 'auth.link.request', resourceType: 'user', resourceId: user.id });
            await sendLink(runtime, to, 'signin', token);
          });
        });
      }
      return reply.code(202).send(ACCEPTED);
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/magic-link/consume',
    summary: 'Use a sign-in, sign-up, invitation or email-change link (POSTed by the page the link opens)',
    tags: ['auth'],
    auth: 'public',
    roles: 'self',
    rateLimit: { max: 20, timeWindow: '1 minute' },
    schema: {
      body: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'is not a valid link token' }) }),
      response: { 200: z.object({ stage: z.literal('partial'), secondFactor: z.enum(['verify', 'enroll']), next: z.string().nullable() }) },
    },
    handler: async ({ body, req, reply }) => {
      const link = await consumeLink(runtime, body.token, { requestId: req.id, ip: req.ip });
      if (link === null) {
        throw linkInvalid();
      }
      const meta = { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] };
      // The system context of the practice the link belongs to: a new one for sign-up, the
      // inviting practice for an invitation, the system chain for a plain sign-in.
      const newPracticeId = crypto.randomUUID();
      const txPractice = link.purpose === 'signup' ? newPracticeId : (link.practiceId ?? SYSTEM_PRACTICE_ID);
      const result = await withTenant(runtime.db, systemContext(txPractice, meta), async (trx, sys) => {
        let userId = link.userId;
        let practiceId: string | null = null;
        const existing = await trx.selectFrom('users').select(['id', 'disabled_at']).where('email', '=', link.email).executeTakeFirst();
        if (link.purpose === 'email_change') {
          // R01: whoever holds this link controls the new address; the account moves to it, every
          // session of the account ends, and the person signs in again with the new address.
          if (link.userId === null) throw linkInvalid();
          if (existing !== undefined && existing.id !== link.userId) throw new HttpError(409, 'email_taken', 'This address is already the sign-in address of another account.');
          const owner = await trx.selectFrom('users').select(['id', 'disabled_at']).where('id', '=', link.userId).executeTakeFirst();
          if (owner === undefined || owner.disabled_at !== null) throw new HttpError(403, 'account_disabled', 'This account is disabled.');
          await trx.updateTable('users').set({ email: link.email }).where('id', '=', owner.id).execute();
          const ended = await revokeUserSessions(trx, owner.id);
          await audit(trx, { ...sys, userId: owner.id }, { action: 'account.email.change', resourceType: 'user', resourceId: owner.id, metadata: { sessionsEnded: ended } });
          return { userId: owner.id, practiceId: await defaultPractice(trx, owner.id), enrolled: hasAnyFactor(await countFactors(trx, owner.id)) };
        }
        if (existing?.disabled_at !== null && existing !== undefined) throw new HttpError(403, 'account_disabled', 'This account is disabled.');
        if (link.purpose === 'signup' && existing === undefined) {
          userId = crypto.randomUUID();
          practiceId = newPracticeId;
          await createPracticeWithOwner(trx, sys, { userId, practiceId, email: link.email, name: link.signupName ?? 'Therapist', practiceName: link.signupPractice ?? 'My practice' });
        } else if (link.purpose === 'invite') {
          if (link.invitationId === null || link.practiceId === null) throw new HttpError(400, 'link_invalid', 'This invitation link is not valid.');
          userId = existing?.id ?? crypto.randomUUID();
          practiceId = await acceptInvitation(trx, sys, { invitationId: link.invitationId, practiceId: link.practiceId, userId, email: link.email, isNew: existing === undefined });
        } else {
          userId = existing?.id ?? userId;
        }
        if (userId === null) throw linkInvalid();
        practiceId ??= await defaultPractice(trx, userId);
        await audit(trx, { ...sys, userId }, { action: 'auth.signin.link', resourceType: 'user', resourceId: userId, metadata: { purpose: link.purpose } });
        return { userId, practiceId, enrolled: hasAnyFactor(await countFactors(trx, userId)) };
      });
      // A new session id at sign-in: whatever cookie came with the request is revoked (no fixation).
      await startSession(runtime, req, reply, { userId: result.userId, practiceId: result.practiceId, stage: 'partial' });
      // The page asked for before signing in (sign-in links only; checked again by the page).
      const next = link.purpose === 'signin' && link.nextPath !== null && NEXT_PATH.test(link.nextPath) ? link.nextPath : null;
      return { stage: 'partial' as const, secondFactor: result.enrolled ? ('verify' as const) : ('enroll' as const), next };
    },
  });

  /** What the UI needs to know about its session, the idle time left counted from `lastSeenAt`. */
  const sessionView = async (auth: AuthContext, lastSeenAt: Date) =>
    withTenant(runtime.db, systemContext(auth.practiceId ?? undefined), async (trx) => {
      const user = await trx.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', auth.userId).executeTakeFirstOrThrow();
      const practice =
        auth.practiceId === null
          ? null
          : ((await trx.selectFrom('practices').select(['id', 'name']).where('id', '=', auth.practiceId).executeTakeFirst()) ?? null);
      const enrolled = hasAnyFactor(await countFactors(trx, auth.userId));
      const now = auth.now.getTime();
      const idleRemaining = Math.max(0, lastSeenAt.getTime() + auth.idleTimeoutMs - now);
      return {
        stage: auth.stage === 'full' ? ('full' as const) : ('partial' as const),
        user,
        practice,
        roles: auth.roles,
        csrfToken: auth.csrfToken,
        secondFactor: auth.stage === 'full' ? ('done' as const) : enrolled ? ('verify' as const) : ('enroll' as const),
        idleTimeoutSeconds: Math.round(auth.idleTimeoutMs / 1000),
        idleRemainingSeconds: Math.floor(Math.min(idleRemaining, auth.absoluteExpiresAt.getTime() - now) / 1000),
        absoluteRemainingSeconds: Math.max(0, Math.floor((auth.absoluteExpiresAt.getTime() - now) / 1000)),
      };
    });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/auth/session',
    summary: 'The current session, with the time left before inactivity logout',
    tags: ['auth'],
    auth: 'partial',
    roles: 'self',
    // Asking for "time left" must not itself keep the session alive (R39).
    touch: false,
    schema: { response: { 200: sessionInfo } },
    handler: async ({ auth }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      return sessionView(auth, auth.lastSeenAt);
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/session/keepalive',
    summary: 'Report activity: the person was at the keyboard idleSeconds ago (0 = now, "stay signed in")',
    tags: ['auth'],
    auth: 'partial',
    roles: 'self',
    // Extends by its own rule: to the moment of the last input, not to the moment of the report.
    touch: false,
    schema: {
      body: z.strictObject({ idleSeconds: z.number().int().min(0).max(4 * 60 * 60).optional() }),
      response: { 200: sessionInfo },
    },
    handler: async ({ auth, body }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const lastSeenAt = await recordActivity(runtime, auth, body.idleSeconds ?? 0);
      if (lastSeenAt === null) throw new HttpError(401, 'session_expired', 'Your session has ended. Sign in again.');
      return sessionView(auth, lastSeenAt);
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/practice',
    summary: 'Act in another practice you belong to (a new session id is issued)',
    tags: ['auth'],
    auth: 'partial',
    roles: 'self',
    schema: { body: z.strictObject({ practiceId: z.uuid() }), response: { 200: z.object({ practiceId: z.uuid(), roles: z.array(z.string()) }) } },
    handler: async ({ auth, body, req, reply }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const roles = await withTenant(runtime.db, systemContext(body.practiceId, { requestId: req.id, ip: req.ip }), async (trx, ctx) => {
        const rows = await trx
          .selectFrom('memberships')
          .select('role')
          .where('practice_id', '=', body.practiceId)
          .where('user_id', '=', auth.userId)
          .where('disabled_at', 'is', null)
          .execute();
        if (rows.length > 0) await audit(trx, { ...ctx, userId: auth.userId }, { action: 'auth.practice_switch', resourceType: 'practice', resourceId: body.practiceId });
        return rows.map((r) => r.role);
      });
      // Not a member answers like a practice that does not exist.
      if (roles.length === 0) throw new HttpError(404, 'not_found', 'The practice was not found.');
      await startSession(runtime, req, reply, {
        userId: auth.userId,
        practiceId: body.practiceId,
        stage: auth.stage === 'full' ? 'full' : 'partial',
        mfaAt: auth.mfaAt,
        stepUpAt: auth.stepUpAt,
        absoluteExpiresAt: auth.absoluteExpiresAt,
      });
      return { practiceId: body.practiceId, roles };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/signout',
    summary: 'Sign out of this session',
    tags: ['auth'],
    auth: 'partial',
    roles: 'self',
    schema: { response: { 200: z.object({ status: z.literal('signed_out') }) } },
    handler: async ({ auth, reply, req }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      await revokeSession(runtime, auth.sessionId);
      await withTenant(runtime.db, systemContext(undefined, { requestId: req.id, ip: req.ip }), (trx, ctx) =>
        audit(trx, { ...ctx, userId: auth.userId }, { action: 'auth.signout', resourceType: 'session', resourceId: auth.sessionId }),
      );
      clearCookie(runtime, reply);
      return { status: 'signed_out' as const };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/signout-everywhere',
    summary: 'Sign out of every session of this account',
    tags: ['auth'],
    auth: 'partial',
    roles: 'self',
    schema: { response: { 200: z.object({ status: z.literal('signed_out'), sessionsEnded: z.number().int() }) } },
    handler: async ({ auth, reply, req }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const n = await withTenant(runtime.db, systemContext(undefined, { requestId: req.id, ip: req.ip }), async (trx, ctx) => {
        const ended = await revokeUserSessions(trx, auth.userId);
        await audit(trx, { ...ctx, userId: auth.userId }, { action: 'auth.signout_all', resourceType: 'user', resourceId: auth.userId, metadata: { count: ended } });
        return ended;
      });
      clearCookie(runtime, reply);
      return { status: 'signed_out' as const, sessionsEnded: n };
    },
  });
}

async function createPracticeWithOwner(
  trx: Tx,
  ctx: TenantContext,
  p: { userId: string; practiceId: string; email: string; name: string; practiceName: string },
): Promise<void> {
  await trx.insertInto('users').values({ id: p.userId, email: p.email, name: p.name }).execute();
  await trx
    .insertInto('practices')
    .values({ id: p.practiceId, name: p.practiceName, plan: 'trial', trial_ends_at: new Date(Date.now() + 30 * 86400_000), billing_contact_email: null, payment_customer_token: null })
    .execute();
  // A new account is its practice's owner and its first practitioner.
  await trx
    .insertInto('memberships')
    .values([
      { practice_id: p.practiceId, user_id: p.userId, role: 'owner' },
      { practice_id: p.practiceId, user_id: p.userId, role: 'practitioner' },
    ])
    .execute();
  await audit(trx, { ...ctx, userId: p.userId }, { action: 'account.signup', resourceType: 'practice', resourceId: p.practiceId });
}

async function acceptInvitation(
  trx: Tx,
  sys: TenantContext,
  p: { invitationId: string; practiceId: string; userId: string; email: string; isNew: boolean },
): Promise<string> {
  const inv = await trx
    .selectFrom('invitations')
    .select(['id', 'role', 'email', 'expires_at', 'accepted_at', 'revoked_at'])
    .where('id', '=', p.invitationId)
    .where('practice_id', '=', p.practiceId)
    .executeTakeFirst();
  if (inv === undefined || inv.accepted_at !== null || inv.revoked_at !== null || inv.expires_at < new Date() || inv.email !== p.email) {
    throw new HttpError(400, 'link_invalid', 'This invitation is no longer valid. Ask the practice owner for a new one.');
  }
  if (p.isNew) await trx.insertInto('users').values({ id: p.userId, email: p.email, name: p.email.split('@')[0] ?? 'Member' }).execute();
  await trx
    .insertInto('memberships')
    .values({ practice_id: p.practiceId, user_id: p.userId, role: inv.role })
    .onConflict((oc) => oc.columns(['practice_id', 'user_id', 'role']).doUpdateSet({ disabled_at: null }))
    .execute();
  await trx.updateTable('invitations').set({ accepted_at: new Date() }).where('id', '=', inv.id).execute();
  await audit(trx, { ...sys, userId: p.userId }, { action: 'invitation.accept', resourceType: 'invitation', resourceId: inv.id, metadata: { role: inv.role } });
  return p.practiceId;
}
