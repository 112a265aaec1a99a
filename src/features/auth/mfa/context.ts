// Tenant contexts for second-factor work. A user's factors are their own rows (RLS: user_id =
// app.current_user_id()), so almost everything runs as the user, not as the system. The few places
// that must see rows the user cannot (the session row that holds a WebAuthn challenge, a
// credential looked up before anyone is signed in) are named system… and live in this folder.
import type { FastifyRequest } from 'fastify';
import { SYSTEM_PRACTICE_ID, systemContext, type TenantContext } from '../../../db/tenant.ts';
import type { AuthContext } from '../sessions.ts';
import { clientMeta } from '../sessions.ts';

function meta(req: FastifyRequest): Pick<TenantContext, 'requestId' | 'ip' | 'userAgent'> {
  const m = clientMeta(req);
  return { requestId: req.id, ip: m.ip, userAgent: m.userAgent };
}

/**
 * The context a signed-in user's factor work runs in. A member acts in their practice with their
 * roles, and audit rows land in that practice's chain. A user with no practice yet (enrolling
 * right after sign-up) acts in the system chain as 'client': deliberately not 'system', which
 * would widen row-level security to every user's sessions and factors. 'client' in the system
 * practice (which has no members and no clinical rows) grants nothing beyond the user's own rows.
 */
export function mfaContext(auth: AuthContext, req: FastifyRequest): TenantContext {
  if (auth.practiceId !== null && auth.roles.length > 0) {
    return { practiceId: auth.practiceId, userId: auth.userId, roles: auth.roles, ...meta(req) };
  }
  return { practiceId: SYSTEM_PRACTICE_ID, userId: auth.userId, roles: ['client'], ...meta(req) };
}

/** System context with the request's metadata, for the named system… helpers. */
export function systemMfaContext(req: FastifyRequest, practiceId: string = SYSTEM_PRACTICE_ID): TenantContext {
  return systemContext(practiceId, meta(req));
}
