// Rate limiting is the first step of the pipeline (docs/ARCHITECTURE.md), for every request,
// signed in or not: it runs before the session look-up, the CSRF check and any audit write, so a
// flood of refused requests costs a counter increment each — not a database round trip and not an
// audit row apiece.
//
// @fastify/rate-limit would append its hook after a route's own onRequest hook (where Tacet
// authenticates), so API routes turn the plugin's automatic hook off and put these limiters first
// in their onRequest list themselves. Two budgets apply:
//   - per client address: the plugin's shared store (the same counters the plugin keeps for
//     non-API routes), or the route's own stricter limit (sign-in, second factor);
//   - per session cookie: one session spread over many addresses is limited too. The key is a
//     hash of the cookie, never the token itself.
// With REDIS_URL set, both live in Redis, so several app instances share one count.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Redis } from 'ioredis';
import { HttpError } from './errors.ts';

/** The shared counter store for several instances. Loaded only when REDIS_URL is set. */
export async function openRedis(url: string): Promise<Redis> {
  const { Redis: Client } = await import('ioredis');
  // Fail fast: a request must not wait on a Redis that is down (skipOnError then lets it through).
  const client = new Client(url, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  // Start with the connection up when Redis is there; never hold start-up for long when it is not.
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 2000);
    t.unref();
    client.once('ready', () => {
      clearTimeout(t);
      resolve();
    });
  });
  return client;
}

export interface RouteLimit {
  max: number;
  timeWindow: string;
  keyGenerator?: (req: FastifyRequest) => string;
}

type Check = (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;

const sessionChecks = new WeakMap<FastifyInstance, Check>();

function sessionCookie(req: FastifyRequest): string | undefined {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  return cookies?.['__Host-tacet_session'] ?? cookies?.tacet_session;
}

/** Called once by buildApp after the plugin is registered: the per-session budget. */
export function installSessionLimit(app: FastifyInstance, perMinute: number): void {
  const check = app.createRateLimit({
    max: perMinute,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => `s:${sessionDigest(req)}`,
    // No cookie: only the address budget applies.
    allowList: (req: FastifyRequest) => sessionCookie(req) === undefined,
  }) as unknown as Check;
  sessionChecks.set(app, check);
}

const sessionDigest = (req: FastifyRequest): string =>
  crypto.createHash('sha256').update(sessionCookie(req) ?? '').digest('base64url').slice(0, 22);

/**
 * The onRequest hooks that must run before anything else on an API route. A route's own stricter
 * limit counts per address on public routes (sign-in) and per address and session on signed-in
 * routes, so colleagues behind one practice address do not share one small budget.
 */
export function routeLimiters(app: FastifyInstance, limit: RouteLimit | undefined, signedIn: boolean): onRequestAsyncHookHandler[] {
  const own = limit !== undefined && limit.keyGenerator === undefined && signedIn ? { ...limit, keyGenerator: (req: FastifyRequest) => `${req.ip}|${sessionDigest(req)}` } : limit;
  const byAddress = app.rateLimit(own);
  const bySession = sessionChecks.get(app);
  const hooks: onRequestAsyncHookHandler[] = [byAddress];
  if (bySession !== undefined) {
    hooks.push(async (req, reply) => {
      const r = await bySession(req);
      if (!r.isAllowed && r.isExceeded === true) {
        if (r.ttlInSeconds !== undefined) void reply.header('retry-after', r.ttlInSeconds);
        throw new HttpError(429, 'rate_limited', 'Too many requests. Wait a moment and try again.');
      }
    });
  }
  return hooks;
}
