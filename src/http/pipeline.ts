// The one request pipeline (docs/ARCHITECTURE.md): rate limit (first, src/http/rate-limit.ts) → authenticate → role gate →
// validate → tenant transaction → authorize → act → audit → present. Every API route is declared
// with defineRoute(): its auth level, the roles it admits, whether it needs a fresh second factor
// or an accepted BAA. The declarations form the route table that the route × role matrix test
// walks, so a route cannot be added without being checked.
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../platform/runtime.ts';
import { withTenant, type AppRole, type TenantContext, type Tx } from '../db/tenant.ts';
import { audit } from '../audit/audit.ts';
import { HttpError } from './errors.ts';
import {
  csrfMatches,
  hasFreshSecondFactor,
  isBackground,
  lookupSession,
  type AuthContext,
} from '../features/auth/sessions.ts';
import { CURRENT_BAA } from '../features/practice/baa.ts';
import { routeLimiters } from './rate-limit.ts';
import { cancelledPracticeRefusal, type WhileCancelled } from '../features/cancellation/gate.ts';

/**
 * public  — no session needed (sign-in, health).
 * partial — a signed-in session whose second factor may still be owed (enrolment, profile).
 * full    — both factors: everything that can reach PHI (R38: an email link alone never does).
 */
export type RouteAuth = 'public' | 'partial' | 'full';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteSchemas {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response?: Record<number, z.ZodType>;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface HandlerArgs<S extends RouteSchemas> {
  req: FastifyRequest;
  reply: FastifyReply;
  params: Infer<S['params']>;
  query: Infer<S['querystring']>;
  body: Infer<S['body']>;
  /** The signed-in session; null only on public routes. */
  auth: AuthContext | null;
  /** Opens the tenant transaction for this request's practice, user and roles. */
  tenant: <T>(fn: (trx: Tx, ctx: TenantContext) => Promise<T>) => Promise<T>;
  /** Tenant context of this request (practice, user, roles, request metadata). */
  ctx: TenantContext | null;
}

export interface RouteSpec<S extends RouteSchemas = RouteSchemas> {
  method: Method;
  url: string;
  summary: string;
  tags?: string[];
  auth: RouteAuth;
  /** Roles admitted; 'any-member' = any role in the session's practice; 'self' = any signed-in user. */
  roles: readonly AppRole[] | 'self';
  /** Needs a second factor within the last 5 minutes (exports, deletion, security settings). */
  stepUp?: boolean;
  /** Writes PHI: refused until the practice has accepted the current BAA (R12). */
  phiWrite?: boolean;
  /**
   * false: reads the session without ever extending it (the UI's "time left" poll, the activity
   * report, which extends by its own rule). Otherwise a request extends the session unless it
   * says it is background work (BACKGROUND_HEADER, R39).
   */
  touch?: boolean;
  /**
   * A cancelled practice (features/cancellation) refuses every route with 423 practice_cancelled,
   * except sign-in and second-factor routes (/api/auth/…) and routes that say otherwise here:
   * 'anyone' — usable by its declared roles throughout (the cancellation status, restore);
   * 'owner'  — usable by the owner during the grace period only (export).
   */
  whileCancelled?: WhileCancelled;
  rateLimit?: { max: number; timeWindow: string; keyGenerator?: (req: FastifyRequest) => string };
  /** A body limit of the route's own, in bytes, instead of the server's (the CSV import's 20 MB). */
  bodyLimit?: number;
  schema: S;
  handler: (args: HandlerArgs<S>) => Promise<unknown>;
}

export interface RouteEntry {
  method: Method;
  url: string;
  auth: RouteAuth;
  roles: readonly AppRole[] | 'self';
  stepUp: boolean;
  phiWrite: boolean;
  whileCancelled: WhileCancelled | null;
  hasParams: boolean;
  idParams: string[];
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

export function routeTable(app: FastifyInstance): RouteEntry[] {
  return routeTables.get(app) ?? [];
}

function ctxFor(auth: AuthContext, req: FastifyRequest): TenantContext {
  if (auth.practiceId === null) throw new HttpError(403, 'no_practice', 'Your account is not a member of any practice yet.');
  if (auth.roles.length === 0) throw new HttpError(403, 'no_membership', 'Your membership of this practice has ended.');
  return { practiceId: auth.practiceId, userId: auth.userId, roles: auth.roles, requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] };
}

/** Records a refused request in the practice's audit chain, in its own transaction. */
async function auditDenied(runtime: Runtime, auth: AuthContext, req: FastifyRequest, reason: string): Promise<void> {
  if (auth.practiceId === null || auth.roles.length === 0) return;
  const ctx = ctxFor(auth, req);
  await withTenant(runtime.db, ctx, (trx) =>
    audit(trx, ctx, { action: 'access.denied', resourceType: 'route', outcome: 'denied', metadata: { reason, method: req.method.toLowerCase() } }),
  );
}

// Practices known to have accepted the current BAA. Acceptances are never withdrawn (a new version
// is a new key), so a positive answer can be remembered by the process; a negative one is always
// asked again.
const baaAccepted = new Set<string>();

export async function practiceHasCurrentBaa(trx: Tx, practiceId: string): Promise<boolean> {
  const key = `${practiceId}|${CURRENT_BAA.version}`;
  if (baaAccepted.has(key)) return true;
  const row = await trx
    .selectFrom('baa_acceptances')
    .select('version')
    .where('practice_id', '=', practiceId)
    .where('version', '=', CURRENT_BAA.version)
    .executeTakeFirst();
  if (row !== undefined) baaAccepted.add(key);
  return row !== undefined;
}

export function defineRoute<S extends RouteSchemas>(app: FastifyInstance, runtime: Runtime, spec: RouteSpec<S>): void {
  const table = routeTables.get(app) ?? [];
  routeTables.set(app, table);
  const idParams = spec.url.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1));
  table.push({
    method: spec.method,
    url: spec.url,
    auth: spec.auth,
    roles: spec.roles,
    stepUp: spec.stepUp ?? false,
    phiWrite: spec.phiWrite ?? false,
    whileCancelled: spec.whileCancelled ?? null,
    hasParams: idParams.length > 0,
    idParams,
  });

  // Widened on purpose: handlers return through HandlerArgs, not Fastify's schema-derived types.
  const schema: FastifySchema = { ...spec.schema, summary: spec.summary, tags: spec.tags ?? [] };
  // Validation comes from the zod compilers set on the server; handlers receive the parsed values
  // through HandlerArgs, typed from the same schemas.
  app.route({
    method: spec.method,
    url: spec.url,
    schema,
    // The plugin's own hook would run after authentication; routeLimiters puts the limits first.
    config: { rateLimit: false },
    ...(spec.bodyLimit !== undefined ? { bodyLimit: spec.bodyLimit } : {}),
    // Rate limits first, then authentication and the role gate, all before validation: a caller
    // who may not use a route learns nothing about what the route would accept.
    onRequest: [...routeLimiters(app, spec.rateLimit, spec.auth !== 'public'), async (req: FastifyRequest, reply: FastifyReply) => {
      if (spec.auth === 'public') return;
      const found = await lookupSession(runtime, req, { touch: (spec.touch ?? true) && !isBackground(req) });
      if (!found.ok) {
        throw new HttpError(401, found.reason === 'expired' ? 'session_expired' : 'unauthenticated',
          found.reason === 'expired' ? 'Your session has ended. Sign in again.' : 'Sign in to continue.');
      }
      const auth = found.auth;
      req.auth = auth;
      if (spec.auth === 'full' && auth.stage !== 'full') {
        throw new HttpError(403, 'second_factor_required', 'Confirm your second factor (authenticator app or passkey) to continue.');
      }
      if (auth.stage === 'anonymous') throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        // CSRF (R39): cookie-authenticated writes must carry the session's token in a header that
        // a cross-site form cannot set. SameSite=Strict cookies are the second line.
        if (!csrfMatches(auth, req.headers['x-csrf-token'])) {
          await auditDenied(runtime, auth, req, 'csrf');
          throw new HttpError(403, 'csrf_failed', 'The request is missing its security token. Reload the page and try again.');
        }
      }
      // R10/R34: nothing of a cancelled practice is usable, for anyone, but what its owner needs
      // to restore or export it. Asked on every request: a cancellation on one server holds on all.
      if (auth.practiceId !== null && !spec.url.startsWith('/api/auth/')) {
        const refusal = await cancelledPracticeRefusal(runtime.db, auth.practiceId, auth.roles, spec.whileCancelled ?? null);
        if (refusal !== null) throw refusal;
      }
      if (spec.roles !== 'self' && !spec.roles.some((r) => auth.roles.includes(r))) {
        await auditDenied(runtime, auth, req, 'role');
        throw new HttpError(403, 'forbidden', 'Your role does not allow this action.');
      }
      if (spec.stepUp === true && !hasFreshSecondFactor(auth)) {
        await auditDenied(runtime, auth, req, 'step_up');
        throw new HttpError(403, 'step_up_required', 'Confirm your second factor again to continue (required within the last 5 minutes for this action).');
      }
      void reply;
    }],
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const auth = req.auth ?? null;
      const ctx = auth !== null && auth.practiceId !== null ? ctxFor(auth, req) : null;
      const tenant = async <T>(fn: (trx: Tx, c: TenantContext) => Promise<T>): Promise<T> => {
        if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
        const c = ctxFor(auth, req);
        return withTenant(runtime.db, c, async (trx) => {
          if (c.roles.includes('operator')) {
            // R47: every use of operator access inside a practice is in that practice's audit chain.
            await audit(trx, c, { action: 'operator.access', resourceType: 'route', metadata: { method: req.method.toLowerCase() } });
          }
          if (spec.phiWrite === true && !(await practiceHasCurrentBaa(trx, c.practiceId))) {
            throw new HttpError(403, 'baa_required',
              'Clinical data cannot be saved until the practice owner accepts the Business Associate Agreement (on the Practice screen, under Business Associate Agreement).');
          }
          return fn(trx, c);
        });
      };
      const result = await spec.handler({
        req,
        reply,
        params: req.params as never,
        query: req.query as never,
        body: req.body as never,
        auth,
        ctx,
        tenant,
      });
      if (reply.sent) return reply;
      return result;
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}
