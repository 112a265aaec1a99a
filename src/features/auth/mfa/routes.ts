// Second-factor authentication (R38): one entry point for the feature's routes, and the list of a
// user's factors. Secrets never leave the server: the list says what exists, not what it holds.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../../platform/runtime.ts';
import { withTenant } from '../../../db/tenant.ts';
import { defineRoute } from '../../../http/pipeline.ts';
import { mfaContext } from './context.ts';
import { remainingRecoveryCodes } from './recovery.ts';
import { factorsResponse } from './schema.ts';
import { passkeyRoutes } from './routes-passkeys.ts';
import { signinRoutes } from './routes-signin.ts';
import { signedIn, totpRoutes } from './routes-totp.ts';

export { webauthnRelyingParty } from './webauthn.ts';

export function mfaRoutes(app: FastifyInstance, runtime: Runtime): void {
  totpRoutes(app, runtime);
  passkeyRoutes(app, runtime);
  signinRoutes(app, runtime);

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/auth/factors',
    summary: "The signed-in user's second factors (never their secrets)",
    tags: ['auth', 'mfa'],
    auth: 'partial',
    roles: 'self',
    schema: { response: { 200: factorsResponse } },
    handler: async ({ req, auth }) => {
      const a = signedIn(auth);
      return withTenant(runtime.db, mfaContext(a, req), async (trx) => {
        const totp = await trx.selectFrom('mfa_totp').select('confirmed_at').where('user_id', '=', a.userId).executeTakeFirst();
        const passkeys = await trx
          .selectFrom('webauthn_credentials')
          .select(['id', 'label', 'created_at', 'last_used_at'])
          .where('user_id', '=', a.userId)
          .orderBy('created_at')
          .execute();
        const confirmedAt = totp?.confirmed_at ?? null;
        return {
          totp: { enabled: confirmedAt !== null, confirmedAt: confirmedAt?.toISOString() ?? null },
          passkeys: passkeys.map((p) => ({ id: p.id, label: p.label, createdAt: p.created_at.toISOString(), lastUsedAt: p.last_used_at?.toISOString() ?? null })),
          recoveryCodesRemaining: await remainingRecoveryCodes(trx, a.userId),
        };
      });
    },
  });
}
