import { describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import type { Database } from './schema.ts';
import type { Tx } from './tenant.ts';
import { precompiled } from './precompiled.ts';

// Compiling needs only the dialect; nothing here reaches a database.
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const trx = db as unknown as Tx;

describe('precompiled queries', () => {
  it('compile once and substitute the parameters of each call, constants kept in place', () => {
    let builds = 0;
    const q = precompiled(['userId', 'id'], (t: Tx, p: { userId: string; id: string }) => {
      builds++;
      return t.selectFrom('notes').select('id').where('owner_id', '=', p.userId).where('status', '=', 'signed').where('id', '=', p.id);
    });
    const a = q.compile(trx, { userId: 'u1', id: 'n1' });
    const b = q.compile(trx, { userId: 'u2', id: 'n2' });
    expect(builds).toBe(1);
    const direct = db.selectFrom('notes').select('id').where('owner_id', '=', 'u2').where('status', '=', 'signed').where('id', '=', 'n2').compile();
    expect(b.sql).toBe(direct.sql);
    expect(b.parameters).toEqual(direct.parameters);
    expect(a.parameters).toEqual(['u1', 'signed', 'n1']);
    expect(a.queryId).not.toBe(b.queryId);
  });

  it('refuse a parameter that does not reach the statement as a plain value', () => {
    const q = precompiled(['id', 'unused'], (t: Tx, p: { id: string; unused: string }) => t.selectFrom('notes').select(sql<string>`${p.id}`.as('x')));
    expect(() => q.compile(trx, { id: 'n1', unused: 'u' })).toThrow(/does not bind unused/);
  });
});
