// Authenticator app (TOTP), recovery codes and the TOTP step-up (R38).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../../platform/runtime.ts';
import { withTenant } from '../../../db/tenant.ts';
import { audit } from '../../../audit/audit.ts';
import { HttpError } from '../../../http/errors.ts';
import { defineRoute } from '../../../http/pipeline.ts';
import { elevateSession, recordStepUp, type AuthContext } from '../sessions.ts';
import { mfaContext } from './context.ts';
import { assertMayEnrol, countFactors, hasAnyFactor, lastFactorError, systemEndOtherSessions } from './factors.ts';
import { newTotpSecret, matchStep, openSecret, sealSecret, userKeys } from './totp.ts';
import { replaceRecoveryCodes } from './recovery.ts';
import { checkRecoveryCode, checkTotp } from './verify.ts';
import { codeBody, confirmBody, emptyBody, factorChangeBody, okResponse, recoveryBody, recoveryCodesResponse, stepUpBody } from './schema.ts';
import { z } from 'zod';

/** Per client address, on top of the per-account lock-out: slows spraying many accounts from one place. */
export const VERIFY_LIMIT = { max: 10, timeWindow: '1 minute' };

export function signedIn(auth: AuthContext | null): AuthContext {
  if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
  return auth;
}

export function totpRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/totp/setup',
    summary: 'Start setting up an authenticator app: a new secret as an otpauth URI and a QR code',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: { body: emptyBody, response: { 200: z.object({ otpauthUri: z.string(), qrSvg: z.string() }) } },
    handler: async ({ req, auth }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      const keys = await userKeys(runtime, a.userId);
      return withTenant(runtime.db, ctx, async (trx) => {
        await assertMayEnrol(trx, a);
        const user = await trx.selectFrom('users').select('email').where('id', '=', a.userId).executeTakeFirstOrThrow();
        const s = await newTotpSecret(user.email);
        const row = await trx.selectFrom('mfa_totp').select('confirmed_at').where('user_id', '=', a.userId).forUpdate().executeTakeFirst();
        if (row === undefined) {
          await trx
            .insertInto('mfa_totp')
            .values({ user_id: a.userId, secret_sealed: sealSecret(keys, a.userId, 'secret_sealed', s.base32), confirmed_at: null })
            .execute();
        } else if (row.confirmed_at === null) {
          await trx.updateTable('mfa_totp').set({ secret_sealed: sealSecret(keys, a.userId, 'secret_sealed', s.base32) }).where('user_id', '=', a.userId).execute();
        } else {
          // Replacing a working app: the new secret waits until proven, the old one keeps working.
          await trx
            .updateTable('mfa_totp')
            .set({ pending_secret_sealed: sealSecret(keys, a.userId, 'pending_secret_sealed', s.base32), pending_created_at: new Date() })
            .where('user_id', '=', a.userId)
            .execute();
        }
        await audit(trx, ctx, { action: 'mfa.totp.setup', resourceType: 'user', resourceId: a.userId, metadata: { replacing: row?.confirmed_at != null } });
        return { otpauthUri: s.otpauthUri, qrSvg: s.qrSvg };
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/totp/confirm',
    summary: 'Finish setting up an authenticator app with its first code; returns recovery codes once',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: { body: confirmBody, response: { 200: recoveryCodesResponse } },
    handler: async ({ req, reply, auth, body }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      const keys = await userKeys(runtime, a.userId);
      const result = await withTenant(runtime.db, ctx, async (trx) => {
        const row = await trx
          .selectFrom('mfa_totp')
          .select(['secret_sealed', 'confirmed_at', 'pending_secret_sealed'])
          .where('user_id', '=', a.userId)
          .forUpdate()
          .executeTakeFirst();
        if (row === undefined) throw new HttpError(409, 'totp_not_started', 'Start the authenticator app setup first.');
        let base32: string;
        const replacing = row.confirmed_at !== null;
        if (!replacing) {
          base32 = openSecret(keys, a.userId, 'secret_sealed', row.secret_sealed);
        } else if (row.pending_secret_sealed !== null) {
          // The replacement was started with a fresh second factor; finishing it needs a full session.
          if (a.stage !== 'full') throw new HttpError(403, 'second_factor_required', 'Confirm your current second factor first.');
          base32 = openSecret(keys, a.userId, 'pending_secret_sealed', row.pending_secret_sealed);
        } else {
          throw new HttpError(409, 'totp_already_confirmed', 'The authenticator app is already set up.');
        }
        const base = { action: 'mfa.totp.enroll', resourceType: 'user', resourceId: a.userId } as const;
        const step = matchStep(base32, body.code);
        if (step === null) {
          // Not counted toward the lock-out: this code proves a secret the caller was just handed,
          // it guards nothing. Audited all the same.
          await audit(trx, ctx, { ...base, outcome: 'failure', metadata: { reason: 'wrong_code', replacing } });
          return null;
        }
        await trx
          .updateTable('mfa_totp')
          .set({
            secret_sealed: sealSecret(keys, a.userId, 'secret_sealed', base32),
            pending_secret_sealed: null,
            pending_created_at: null,
            confirmed_at: new Date(),
            last_used_step: step,
          })
          .where('user_id', '=', a.userId)
          .execute();
        const codes = await replaceRecoveryCodes(trx, a.userId);
        await audit(trx, ctx, { ...base, outcome: 'success', metadata: { replacing, recoveryCodes: codes.length } });
        return codes;
      });
      if (result === null) throw new HttpError(401, 'invalid_code', 'code: is not correct or has expired.');
      const sessionId = await elevateSession(runtime, req, reply, a);
      if (body.endOtherSessions === true) await systemEndOtherSessions(runtime, a.userId, sessionId);
      return { recoveryCodes: result };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/totp/verify',
    summary: 'Second factor at sign-in: a code from the authenticator app',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: { body: codeBody, response: { 200: okResponse } },
    handler: async ({ req, reply, auth, body }) => {
      const a = signedIn(auth);
      const r = await checkTotp(runtime, a, req, body.code, 'signin');
      if (!r.ok) throw r.error;
      await elevateSession(runtime, req, reply, a);
      return { ok: true as const };
    },
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/auth/totp',
    summary: 'Remove the authenticator app (not the last factor)',
    tags: ['auth', 'mfa'],
    auth: 'full',
    roles: 'self',
    stepUp: true,
    schema: { body: factorChangeBody, response: { 200: okResponse } },
    handler: async ({ req, auth, body }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      await withTenant(runtime.db, ctx, async (trx) => {
        const counts = await countFactors(trx, a.userId);
        if (!counts.totp) throw new HttpError(404, 'totp_not_enrolled', 'No authenticator app is set up for this account.');
        if (counts.passkeys === 0) throw lastFactorError();
        await trx.deleteFrom('mfa_totp').where('user_id', '=', a.userId).execute();
        await audit(trx, ctx, { action: 'mfa.totp.remove', resourceType: 'user', resourceId: a.userId });
      });
      if (body?.endOtherSessions === true) await systemEndOtherSessions(runtime, a.userId, a.sessionId);
      return { ok: true as const };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/recovery/verify',
    summary: 'Second factor at sign-in with a single-use recovery code',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: { body: recoveryBody, response: { 200: okResponse } },
    handler: async ({ req, reply, auth, body }) => {
      const a = signedIn(auth);
      const r = await checkRecoveryCode(runtime, a, req, body.code);
      if (!r.ok) throw r.error;
      await elevateSession(runtime, req, reply, a);
      return { ok: true as const };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/recovery/regenerate',
    summary: 'Replace all recovery codes with a new set, shown once',
    tags: ['auth', 'mfa'],
    auth: 'full',
    roles: 'self',
    stepUp: true,
    schema: { body: factorChangeBody, response: { 200: recoveryCodesResponse } },
    handler: async ({ req, auth, body }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      const codes = await withTenant(runtime.db, ctx, async (trx) => {
        if (!hasAnyFactor(await countFactors(trx, a.userId))) {
          throw new HttpError(409, 'no_factor', 'Set up an authenticator app or a passkey before creating recovery codes.');
        }
        const c = await replaceRecoveryCodes(trx, a.userId);
        await audit(trx, ctx, { action: 'mfa.recovery.regenerate', resourceType: 'user', resourceId: a.userId, metadata: { count: c.length } });
        return c;
      });
      if (body?.endOtherSessions === true) await systemEndOtherSessions(runtime, a.userId, a.sessionId);
      return { recoveryCodes: codes };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/step-up',
    summary: 'Confirm the second factor again (authenticator app code) before a sensitive action',
    tags: ['auth', 'mfa'],
    auth: 'full',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: { body: stepUpBody, response: { 200: okResponse } },
    handler: async ({ req, auth, body }) => {
      const a = signedIn(auth);
      const r = await checkTotp(runtime, a, req, body.totpCode, 'stepup', 'totpCode');
      if (!r.ok) throw r.error;
      await recordStepUp(runtime, a);
      return { ok: true as const };
    },
  });
}
