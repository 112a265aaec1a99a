// Opaque keyset cursors for paginated lists (issue 21): the position after the last row of a page,
// as base64url JSON. A cursor holds ids and timestamps only, never PHI (it travels in URLs). The
// client never builds one: it passes back the `nextCursor` of the previous page.
import { z } from 'zod';
import { badRequest } from './errors.ts';

export const pageQuery = {
  /** Rows per page. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the previous page; absent for the first page. */
  cursor: z.string().min(1).max(400).regex(/^[A-Za-z0-9_-]+$/).optional(),
};

export function encodeCursor(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position a cursor holds, checked against `shape`; a 400 naming the parameter otherwise. */
export function decodeCursor<T>(cursor: string, shape: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('query.cursor', 'is not a valid cursor');
  }
  const parsed = shape.safeParse(value);
  if (!parsed.success) throw badRequest('query.cursor', 'is not a valid cursor');
  return parsed.data;
}
