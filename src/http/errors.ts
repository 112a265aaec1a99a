// Every error leaves as { error: { code, message, id } }. The message names the field at fault
// and the reason, never the value that was sent, never a database detail. Unexpected errors are
// logged by type and error id only; the id lets support find the log line.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { scrubFreeText } from '../deid/index.ts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'resource'): HttpError => new HttpError(404, 'not_found', `The ${what} was not found.`);
export const forbidden = (): HttpError => new HttpError(403, 'forbidden', 'You do not have access to this action.');
export const badRequest = (field: string, reason: string): HttpError => new HttpError(400, 'validation_failed', `${field}: ${reason}`);

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string(), id: z.string() }) });
export type ErrorBody = z.infer<typeof errorBodySchema>;

// The shape fastify-type-provider-zod gives each zod issue.
interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
}

function describeIssue(context: string, issue: ValidationIssue): string {
  const path = (issue.instancePath ?? '').split('/').filter(Boolean);
  if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.[0] !== undefined) {
    // Naming a mistyped field helps the caller, but a key is still input: someone may send PHI as
    // a key. Only a key shaped like an API field name (camelCase) that the de-identification
    // scrubber leaves alone is named; any other is described without quoting it.
    const key = issue.params.keys[0];
    if (/^[a-z][A-Za-z0-9]{0,39}$/.test(key) && scrubFreeText(key) === key) return `${[context, ...path, key].join('.')}: is not an accepted field`;
    return `${[context, ...path].join('.')}: holds a field that is not accepted`;
  }
  return `${[context, ...path].join('.')}: ${issue.message ?? 'is invalid'}`;
}

const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  // Unique violation: the database's own message quotes the conflicting value, so never pass it on.
  '23505': { status: 409, code: 'conflict', message: 'A record with the same unique value already exists.' },
  '23503': { status: 409, code: 'conflict', message: 'The request refers to a record that does not exist or is still in use.' },
  '23514': { status: 400, code: 'validation_failed', message: 'A value is outside the allowed range.' },
  '22P02': { status: 400, code: 'validation_failed', message: 'A value has the wrong format.' },
  // A character PostgreSQL text cannot hold (NUL) or encode: the input checks catch these first.
  '22021': { status: 400, code: 'validation_failed', message: 'A value holds a character that cannot be stored.' },
  '22P05': { status: 400, code: 'validation_failed', message: 'A value holds a character that cannot be stored.' },
  // Row-level security refused the row: answer as if it did not exist.
  '42501': { status: 404, code: 'not_found', message: 'The resource was not found.' },
};

/**
 * The database went away under the request (issue 21): a restart or failover ended the
 * connection (57P01-57P03 admin/crash shutdown or not yet accepting connections, class 08
 * connection exceptions), or it could not be reached. Nothing of the request was committed —
 * its transaction died with the connection — so the answer is 503 and "try again", not a 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (/^57P0[123]$/.test(e.code) || /^08[0-9A-Z]{3}$/.test(e.code) || e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET' || e.code === 'EPIPE')) return true;
  return typeof e.message === 'string' && /^(Connection terminated|Client has encountered a connection error|terminating connection due to)/.test(e.message);
}

export function errorId(): string {
  return crypto.randomUUID();
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, id = errorId()): FastifyReply {
  return reply.code(status).type('application/json').send({ error: { code, message, id } } satisfies ErrorBody);
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const id = errorId();
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation as unknown as ValidationIssue[];
    const first = issues[0];
    const message = first === undefined ? 'The request is invalid.' : describeIssue(err.validationContext ?? 'request', first);
    return sendError(reply, 400, 'validation_failed', message, id);
  }
  if (err instanceof HttpError) return sendError(reply, err.statusCode, err.code, err.message, id);
  if (isResponseSerializationError(err)) {
    req.log.error({ err, errorId: id, route: req.routeOptions.url }, 'response did not match its schema');
    return sendError(reply, 500, 'internal', 'Something went wrong on our side. Quote this error id to support.', id);
  }
  const pgCode = (err as { code?: unknown }).code;
  if (typeof pgCode === 'string' && pgCode in PG_ERRORS) {
    const m = PG_ERRORS[pgCode];
    if (m !== undefined) {
      req.log.warn({ errorId: id, code: pgCode, route: req.routeOptions.url }, 'database refused the request');
      return sendError(reply, m.status, m.code, m.message, id);
    }
  }
  if (isDatabaseUnavailable(err)) {
    req.log.warn({ errorId: id, code: typeof pgCode === 'string' ? pgCode : 'connection', route: req.routeOptions.url }, 'database unavailable');
    return sendError(reply.header('Retry-After', '5'), 503, 'database_unavailable', 'The database is unavailable for a moment. Nothing was saved; try again shortly.', id);
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status === 413) return sendError(reply, 413, 'payload_too_large', 'The request body is too large.', id);
  if (status === 415) return sendError(reply, 415, 'unsupported_media_type', 'Send the body as application/json.', id);
  if (status === 429) return sendError(reply, 429, 'rate_limited', 'Too many requests. Wait a moment and try again.', id);
  if (status === 400 && err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return sendError(reply, 400, 'invalid_json', 'body: is not valid JSON', id);
  if (status === 400 && err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendError(reply, 400, 'invalid_json', 'body: must not be empty', id);
  if (status >= 400 && status < 500) return sendError(reply, status, 'bad_request', 'The request could not be processed.', id);
  req.log.error({ err, errorId: id, route: req.routeOptions.url }, 'unhandled error');
  return sendError(reply, 500, 'internal', 'Something went wrong on our side. Quote this error id to support.', id);
}
