// Queries compiled once. Kysely builds an immutable tree for every query and compiles it to SQL
// on every call; for the hottest read paths that was a measurable share of a request's CPU
// (bench:clinical, V8 profile of a note read). A precompiled query is built and compiled once
// with marker values in place of its parameters; each call then only substitutes them. Only
// plain values (strings, numbers, booleans) may be parameters: they must reach the compiled
// parameter list unchanged for their markers to be found.
import { createQueryId, type CompiledQuery, type Compilable } from 'kysely';
import type { Tx } from './tenant.ts';

type Plain = string | number | boolean;

export interface Precompiled<P extends Record<string, Plain>, R> {
  compile(trx: Tx, params: P): CompiledQuery<R>;
}

const MARK = '\u0000tacet-param:';

export function precompiled<P extends Record<string, Plain>, R>(keys: readonly (keyof P & string)[], build: (trx: Tx, params: P) => Compilable<R>): Precompiled<P, R> {
  let cached: { sql: string; query: CompiledQuery<R>['query']; slots: Array<{ key: string } | { value: unknown }> } | undefined;
  return {
    compile(trx, params) {
      if (cached === undefined) {
        const marks = Object.fromEntries(keys.map((k) => [k, `${MARK}${k}`])) as unknown as P;
        const c = build(trx, marks).compile();
        const slots = c.parameters.map((v) => (typeof v === 'string' && v.startsWith(MARK) ? { key: v.slice(MARK.length) } : { value: v }));
        const found = new Set(slots.flatMap((s) => ('key' in s ? [s.key] : [])));
        const missing = keys.filter((k) => !found.has(k));
        if (missing.length > 0) throw new Error(`precompiled query does not bind ${missing.join(', ')} as plain parameters`);
        cached = { sql: c.sql, query: c.query, slots };
      }
      const { sql, query, slots } = cached;
      return { sql, query, queryId: createQueryId(), parameters: slots.map((s) => ('key' in s ? params[s.key as keyof P] : s.value)) };
    },
  };
}
