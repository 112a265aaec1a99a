// JSON request bodies are read as bytes and checked before parsing (issue 21, finding 2):
//   - invalid UTF-8 is refused, never silently replaced with U+FFFD and stored;
//   - a NUL character anywhere (a value or a key) is refused with the field's path: PostgreSQL
//     cannot store it in text (22021), so it used to surface as a 500, and in a sealed field it
//     would be stored and later break whatever reads the text as C strings.
// The message names the field, never the value.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

/** The dotted path of the first string (or key) holding a NUL character, or null. */
export function findNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? (path.length === 0 ? 'body' : `body.${path.join('.')}`) : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)]);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A key with NUL cannot be named safely: point at its parent.
      if (k.includes('\u0000')) return path.length === 0 ? 'body' : `body.${path.join('.')}`;
      const hit = findNul(v, [...path, k]);
      if (hit !== null) return hit;
    }
  }
  return null;
}

export function installJsonBodyParser(app: FastifyInstance): void {
  // Query strings and path parameters too (a %00 decodes to NUL): checked before validation.
  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [['query', req.query], ['params', req.params]] as const) {
      const at = findNul(value);
      if (at !== null) throw new HttpError(400, 'validation_failed', `${part}${at.slice('body'.length)}: must not contain a NUL character`);
    }
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req: FastifyRequest, body: Buffer | string, done) => {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    if (!isUtf8(bytes)) {
      done(new HttpError(400, 'invalid_encoding', 'body: is not valid UTF-8'), undefined);
      return;
    }
    void parseJson(req, bytes.toString('utf8'), (err, parsed) => {
      if (err !== null) return done(err, undefined);
      const at = findNul(parsed);
      if (at !== null) return done(new HttpError(400, 'validation_failed', `${at}: must not contain a NUL character`), undefined);
      done(null, parsed);
    });
  });
}
