// Passkeys (R38): registering one, using one as the second factor or for a step-up, removing one.
// Signing in with a passkey and no session at all is in routes-signin.ts.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../../platform/runtime.ts';
import { withTenant } from '../../../db/tenant.ts';
import { audit } from '../../../audit/audit.ts';
import { HttpError } from '../../../http/errors.ts';
import { defineRoute } from '../../../http/pipeline.ts';
import { elevateSession, recordStepUp } from '../sessions.ts';
import { mfaContext } from './context.ts';
import { assertMayEnrol, countFactors, lastFactorError, systemEndOtherSessions } from './factors.ts';
import { remainingRecoveryCodes, replaceRecoveryCodes } from './recovery.ts';
import { checkPasskey, type Purpose } from './verify.ts';
import {
  authenticationOptions,
  registrationOptions,
  systemSaveChallenge,
  systemTakeChallenge,
  verifyRegistration,
  webauthnRelyingParty,
  type Ceremony,
} from './webauthn.ts';
import { factorChangeBody, okResponse, passkeyAssertionBody, passkeyIdParams, passkeyRegisterBody } from './schema.ts';
import { signedIn, VERIFY_LIMIT } from './routes-totp.ts';
import { z } from 'zod';

const OPTIONS_LIMIT = { max: 30, timeWindow: '1 minute' };
// The options are WebAuthn JSON whose exact shape belongs to the browser API; described loosely.
const optionsResponse = z.looseObject({ challenge: z.string() });

const challengeExpired = (): HttpError => new HttpError(400, 'challenge_expired', 'The passkey request has expired or was already used. Start again.');

export function passkeyRoutes(app: FastifyInstance, runtime: Runtime): void {
  const rp = webauthnRelyingParty(runtime.config);

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/passkeys/register/options',
    summary: 'Start registering a passkey',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: OPTIONS_LIMIT,
    schema: { response: { 200: optionsResponse } },
    handler: async ({ req, auth }) => {
      const a = signedIn(auth);
      const options = await withTenant(runtime.db, mfaContext(a, req), async (trx) => {
        await assertMayEnrol(trx, a);
        const user = await trx.selectFrom('users').select(['id', 'email']).where('id', '=', a.userId).executeTakeFirstOrThrow();
        const existing = await trx.selectFrom('webauthn_credentials').select(['id', 'transports']).where('user_id', '=', a.userId).execute();
        return registrationOptions(rp, user, existing);
      });
      await systemSaveChallenge(runtime, a.sessionId, 'register', options.challenge);
      return options;
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/passkeys/register/verify',
    summary: 'Finish registering a passkey; from a sign-in that still owes its second factor, this completes it',
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    rateLimit: VERIFY_LIMIT,
    schema: {
      body: passkeyRegisterBody,
      response: { 200: z.object({ id: z.string(), label: z.string().nullable(), recoveryCodes: z.array(z.string()).optional() }) },
    },
    handler: async ({ req, reply, auth, body }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      const challenge = await systemTakeChallenge(runtime, a.sessionId, 'register');
      const v = challenge === null ? ({ ok: false, reason: 'no_challenge' } as const) : await verifyRegistration(rp, body.response, challenge);
      const label = body.label ?? null;
      const saved = await withTenant(runtime.db, ctx, async (trx) => {
        const base = { action: 'mfa.passkey.register', resourceType: 'user', resourceId: a.userId } as const;
        if (!v.ok) {
          await audit(trx, ctx, { ...base, outcome: 'failure', metadata: { reason: v.reason } });
          return null;
        }
        // Checked again at the end: the factors may have changed since the options were issued.
        await assertMayEnrol(trx, a);
        await trx
          .insertInto('webauthn_credentials')
          .values({ id: v.id, user_id: a.userId, public_key: v.publicKey, counter: v.counter, transports: v.transports, label, last_used_at: null })
          .execute();
        // A passkey-only account still needs a way back in when the device is lost.
        const codes = (await remainingRecoveryCodes(trx, a.userId)) === 0 ? await replaceRecoveryCodes(trx, a.userId) : undefined;
        await audit(trx, ctx, { ...base, outcome: 'success', metadata: { recoveryCodes: codes?.length ?? 0 } });
        return { id: v.id, codes };
      });
      if (saved === null) {
        throw v.ok || v.reason !== 'no_challenge'
          ? new HttpError(400, 'passkey_rejected', 'response: the passkey could not be verified. Try again.')
          : challengeExpired();
      }
      let sessionId = a.sessionId;
      if (a.stage !== 'full') sessionId = await elevateSession(runtime, req, reply, a);
      if (body.endOtherSessions === true) await systemEndOtherSessions(runtime, a.userId, sessionId);
      return { id: saved.id, label, ...(saved.codes !== undefined ? { recoveryCodes: saved.codes } : {}) };
    },
  });

  const assertionRoutes: { base: string; ceremony: Ceremony; purpose: Purpose; auth: 'partial' | 'full'; what: string }[] = [
    { base: '/api/auth/passkeys/authenticate', ceremony: 'second_factor', purpose: 'signin', auth: 'partial', what: 'Second factor at sign-in with a passkey' },
    { base: '/api/auth/step-up/passkey', ceremony: 'step_up', purpose: 'stepup', auth: 'full', what: 'Confirm the second factor again with a passkey' },
  ];
  for (const r of assertionRoutes) {
    defineRoute(app, runtime, {
      method: 'POST',
      url: `${r.base}/options`,
      summary: `${r.what}: challenge`,
      tags: ['auth', 'mfa'],
      auth: r.auth,
      roles: 'self',
      rateLimit: OPTIONS_LIMIT,
      schema: { response: { 200: optionsResponse } },
      handler: async ({ req, auth }) => {
        const a = signedIn(auth);
        const creds = await withTenant(runtime.db, mfaContext(a, req), (trx) =>
          trx.selectFrom('webauthn_credentials').select(['id', 'transports']).where('user_id', '=', a.userId).execute(),
        );
        if (creds.length === 0) throw new HttpError(409, 'no_passkey', 'No passkey is registered for this account.');
        const options = await authenticationOptions(rp, creds, 'preferred');
        await systemSaveChallenge(runtime, a.sessionId, r.ceremony, options.challenge);
        return options;
      },
    });

    defineRoute(app, runtime, {
      method: 'POST',
      url: `${r.base}/verify`,
      summary: `${r.what}: answer`,
      tags: ['auth', 'mfa'],
      auth: r.auth,
      roles: 'self',
      rateLimit: VERIFY_LIMIT,
      schema: { body: passkeyAssertionBody, response: { 200: okResponse } },
      handler: async ({ req, reply, auth, body }) => {
        const a = signedIn(auth);
        const challenge = await systemTakeChallenge(runtime, a.sessionId, r.ceremony);
        const result = await checkPasskey(runtime, a, req, rp, body.response, challenge, r.purpose);
        if (!result.ok) throw result.error;
        if (r.purpose === 'signin') await elevateSession(runtime, req, reply, a);
        else await recordStepUp(runtime, a);
        return { ok: true as const };
      },
    });
  }

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/auth/passkeys/:id',
    summary: 'Remove a passkey (not the last factor)',
    tags: ['auth', 'mfa'],
    auth: 'full',
    roles: 'self',
    stepUp: true,
    schema: { params: passkeyIdParams, body: factorChangeBody, response: { 200: okResponse } },
    handler: async ({ req, auth, params, body }) => {
      const a = signedIn(auth);
      const ctx = mfaContext(a, req);
      await withTenant(runtime.db, ctx, async (trx) => {
        const own = await trx.selectFrom('webauthn_credentials').select('id').where('id', '=', params.id).where('user_id', '=', a.userId).executeTakeFirst();
        if (own === undefined) throw new HttpError(404, 'not_found', 'The passkey was not found.');
        const counts = await countFactors(trx, a.userId);
        if (!counts.totp && counts.passkeys <= 1) throw lastFactorError();
        await trx.deleteFrom('webauthn_credentials').where('id', '=', own.id).where('user_id', '=', a.userId).execute();
        await audit(trx, ctx, { action: 'mfa.passkey.remove', resourceType: 'user', resourceId: a.userId });
      });
      if (body?.endOtherSessions === true) await systemEndOtherSessions(runtime, a.userId, a.sessionId);
      return { ok: true as const };
    },
  });
}
