// The HTTP surface: Fastify with zod schemas on every route, strict security headers, rate
// limits, body limits, one error shape, and logs that carry route templates instead of URLs.
import fs from 'node:fs';
import type { ServerOptions as HttpsOptions } from 'node:https';
import crypto from 'node:crypto';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import cookie from '@fastify/cookie';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import swagger from '@fastify/swagger';
import type { Runtime } from '../platform/runtime.ts';
import { errorHandler, sendError } from './errors.ts';
import { installSessionLimit, openRedis } from './rate-limit.ts';
import { installJsonBodyParser } from './json-body.ts';
import { registerFeatures } from '../features/index.ts';

export const BODY_LIMIT = 1024 * 1024;

export const TLS_CIPHERS = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

export interface AppOptions {
  /** Rate limit per client address per minute for routes that do not set their own. */
  rateLimitPerMinute?: number;
  /** Sign-in links sent per address per 15 minutes (R26); benchmarks raise it to measure. */
  linksPerAddress?: number;
}

export type App = FastifyInstance;
export type TypedApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

function httpsOptions(runtime: Runtime): HttpsOptions | null {
  const { TLS_CERT_FILE, TLS_KEY_FILE } = runtime.config;
  if (TLS_CERT_FILE === undefined || TLS_KEY_FILE === undefined) return null;
  return {
    cert: fs.readFileSync(TLS_CERT_FILE),
    key: fs.readFileSync(TLS_KEY_FILE),
    // R15: TLS 1.0 and 1.1 are refused at the handshake.
    minVersion: 'TLSv1.2',
    // TLS 1.2 offers only AEAD suites with forward secrecy (ECDHE + GCM or ChaCha20-Poly1305): no
    // CBC (LUCKY13 and kin) and no static-RSA key exchange. TLS 1.3's suites are all of that kind.
    ciphers: TLS_CIPHERS,
    honorCipherOrder: true,
  };
}

export async function buildApp(runtime: Runtime, opts: AppOptions = {}): Promise<FastifyInstance> {
  const tls = runtime.config.tls;
  const app = Fastify({
    loggerInstance: runtime.logger,
    // We log one line per request ourselves, with the route template and never the URL
    // (Fastify's own request lines include the URL and its query string).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    genReqId: () => crypto.randomUUID(),
    bodyLimit: BODY_LIMIT,
    trustProxy: runtime.config.TLS_TERMINATED_BY_PROXY,
    https: httpsOptions(runtime),
    routerOptions: { maxParamLength: 200 },
    // A path that is not valid percent-encoded UTF-8, or a parameter over the length limit, is
    // refused by the router before any route runs. Fastify's own answer quotes the whole path
    // (ids, search terms) in a body of its own shape; ours names the part and never the value.
    frameworkErrors: (err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void => {
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') void sendError(reply, 414, 'uri_too_long', 'path: a parameter is too long');
      else void sendError(reply, 400, 'validation_failed', 'path: is not a valid URL component');
    },
    ajv: { customOptions: { removeAdditional: false } },
  } as FastifyServerOptions) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  installJsonBodyParser(app);
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'No such route.'));

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: tls ? { maxAge: 31536000, includeSubDomains: true, preload: false } : false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });

  await app.register(cookie);
  // With REDIS_URL, every instance counts in the same Redis; if Redis is unreachable the limits
  // are skipped (and logged by the client) rather than refusing every request: authentication
  // and the per-route checks still stand, and a clinician mid-note is not locked out.
  const redis = runtime.config.REDIS_URL !== undefined ? await openRedis(runtime.config.REDIS_URL) : undefined;
  if (redis !== undefined) app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
  await app.register(rateLimit, {
    global: true,
    ...(redis !== undefined ? { redis, nameSpace: 'tacet-rl:', skipOnError: true } : {}),
    max: opts.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    // The error handler turns this into the standard error body.
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error('rate limited'), { statusCode: ctx.statusCode }),
  });
  installSessionLimit(app, opts.rateLimitPerMinute ?? 600);

  // The API is described by an OpenAPI document generated from the same zod schemas that
  // validate requests (GET /api/openapi.json).
  await app.register(swagger, {
    openapi: {
      info: { title: 'Tacet API', version: '0.1.0', description: 'Privacy-first clinical documentation for psychotherapists.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tacet_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  // R06: the browser may use the microphone only in a recording deployment, and only for Tacet itself.
  const permissionsPolicy = `microphone=${runtime.config.recording ? '(self)' : '()'}, camera=(), geolocation=(), payment=(), usb=()`;
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('Permissions-Policy', permissionsPolicy);
    // Nothing that may hold PHI is kept by a browser or proxy cache.
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? 'unmatched',
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
  });

  await registerFeatures(app.withTypeProvider<ZodTypeProvider>(), runtime, opts);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
