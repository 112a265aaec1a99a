// Application logs hold zero PHI (R25). Three layers make that true by construction:
//  1. Only allow-listed keys survive; anything else is dropped before it is written.
//  2. String values must look like identifiers (no spaces, bounded length); free text is
//     replaced by "[scrubbed]". Messages are fixed strings chosen by developers; values go in keys.
//  3. `redact` paths remove secrets even if they reach an allowed container.
// HTTP logs carry the route template and request id, never the URL, query string or body.
import pino, { type Logger, type LoggerOptions } from 'pino';
import { scrubFreeText } from '../deid/index.ts';

const ALLOWED_KEYS = new Set([
  'reqId', 'method', 'route', 'statusCode', 'durationMs', 'err', 'errorId', 'event', 'practiceId', 'userId',
  'resourceType', 'resourceId', 'count', 'component', 'version', 'port', 'host', 'kind', 'code', 'tables',
  'roles', 'operations', 'migrations', 'tls', 'database', 'protocol', 'url', 'pid', 'hostname', 'level', 'time',
  'msg', 'outcome', 'attempt', 'provider', 'model', 'bytes', 'signal',
]);

const SAFE_STRING = /^[A-Za-z0-9_.:/@+=,*#-]{0,200}$/;
export const SCRUBBED = '[scrubbed]';

/** Replaces anything that might be free text. Exported for the error path and tests. */
export function safeValue(v: unknown, depth = 0): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return v;
  if (typeof v === 'string') return SAFE_STRING.test(v) ? v : SCRUBBED;
  if (depth > 2) return SCRUBBED;
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => safeValue(x, depth + 1));
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (/^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(k)) out[k] = safeValue(x, depth + 1);
    }
    return out;
  }
  return SCRUBBED;
}

/**
 * Errors are logged by type, code and a message passed through the de-identification engine's
 * scrubber: messages can quote input (a database error repeats the conflicting value), so every
 * identifier the engine finds, and every long number, is replaced before anything is written.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  const frames = (e.stack ?? '')
    .split('\n')
    .slice(1, 8)
    .map((l) => l.trim().replace(/^at /, ''))
    // Stack frames are code locations (function, file, line); keep only what looks like one.
    .filter((l) => /^[\w.<>$\s[\]]*\(?[\w:/.@+-]+:\d+:\d+\)?$/.test(l));
  return {
    type: e.name,
    message: scrubFreeText(e.message.slice(0, 500)),
    code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    stack: frames,
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    redact: {
      paths: ['*.password', '*.token', '*.secret', '*.cookie', '*.authorization', '*.key', 'headers', 'body', 'query'],
      remove: true,
    },
    serializers: { err: serializeError },
    formatters: {
      log(obj: Record<string, unknown>) {
        const out: Record<string, unknown> = {};
        let dropped = 0;
        for (const [k, v] of Object.entries(obj)) {
          if (!ALLOWED_KEYS.has(k)) {
            dropped++;
            continue;
          }
          out[k] = k === 'err' ? v : safeValue(v);
        }
        if (dropped > 0) out.droppedKeys = dropped;
        return out;
      },
    },
  };
}

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}

export type { Logger };
