// Issue 21: the client list filters in SQL (clientReadScope) instead of in JavaScript
// (clinicalAccess().canRead), through clientReadScope(). The two must admit exactly the same clients for every shape of
// caller: roles alone and combined, grants active and revoked, transfers of care open, completed
// to the caller and completed to someone else. And the pages of the list join up to that set.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, withTenant, type TenantContext } from '../../db/tenant.ts';
import type { AppRole } from '../../db/tenant.ts';
import { sessionFor } from '../../../test/auth.ts';
import { addMember, openClinic, type Clinic } from './testkit.ts';
import { clientReadScope, clinicalAccess } from './policy.ts';

let c: Clinic;
const ids: Record<string, string> = {};

async function insertClients(owner: string, n: number, prefix: string): Promise<string[]> {
  const made: string[] = [];
  await withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: owner, roles: ['practitioner'] }, async (db) => {
    for (let i = 0; i < n; i++) {
      const id = crypto.randomUUID();
      // Labels repeat across owners on purpose: the order's tie-break is the client number.
      await db.insertInto('clients').values({ id, practice_id: c.p.practiceId, owner_id: owner, label: `${prefix}${i % 3}.`, label_kind: 'initials', birth_year: null, pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null }).execute();
      made.push(id);
    }
  });
  return made;
}

beforeAll(async () => {
  c = await openClinic();
  const pid = c.p.practiceId;
  ids.a = c.p.users.practitioner; // owns clients
  ids.granted = c.otherId; // active grant from a
  ids.revoked = await addMember(c.rt, pid, 'practitioner'); // revoked grant from a
  ids.departed = await addMember(c.rt, pid, 'practitioner'); // owns clients in transfer
  ids.receiver = await addMember(c.rt, pid, 'practitioner'); // a transfer was completed to them
  ids.grantedOwner = await addMember(c.rt, pid, 'owner'); // an owner with a grant from a
  ids.owner = c.p.users.owner;
  const aClients = await insertClients(ids.a, 7, 'A');
  const departedClients = await insertClients(ids.departed, 5, 'D');
  await insertClients(ids.receiver, 2, 'R');
  await insertClients(ids.granted, 2, 'G');
  await c.rt.testDb.asAdmin(async (db) => {
    const grant = (grantor: string, grantee: string, revoked: boolean) =>
      db.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: pid, grantor_id: grantor, grantee_id: grantee, revoked_at: revoked ? new Date() : null }).execute();
    await grant(ids.a!, ids.granted!, false);
    await grant(ids.a!, ids.revoked!, true);
    await grant(ids.a!, ids.grantedOwner!, false);
    const transfer = (client: string, to: string | null) =>
      db.insertInto('care_transfers').values({ id: crypto.randomUUID(), practice_id: pid, client_id: client, from_user_id: ids.departed!, to_user_id: to, transferred_at: to === null ? null : new Date(), transferred_by: to === null ? null : ids.owner! }).execute();
    await transfer(departedClients[0]!, null); // open: the owners read it
    await transfer(departedClients[1]!, null);
    await transfer(departedClients[2]!, ids.receiver!); // completed to the receiver
    await transfer(departedClients[3]!, ids.granted!); // completed to someone else than the receiver
    await transfer(aClients[0]!, ids.receiver!); // a transfer of one of a's clients
  });
});

afterAll(async () => {
  await c.close();
});

/** Every client of the practice (read as the superuser), then canRead applied to them. */
async function byCanRead(ctx: TenantContext): Promise<string[]> {
  const all: Array<{ id: string; owner_id: string }> = await c.rt.testDb.asAdmin((db) => db.selectFrom('clients').select(['id', 'owner_id']).where('practice_id', '=', c.p.practiceId).execute());
  const access = await withTenant(c.rt.db, ctx, (trx) => clinicalAccess(trx, ctx));
  return all.filter((r) => access.canRead(r)).map((r) => r.id).sort();
}

async function bySql(ctx: TenantContext): Promise<string[]> {
  const rows = await withTenant(c.rt.db, ctx, async (trx) => trx.selectFrom('clients').select('id').where(await clientReadScope(trx, ctx)).execute());
  return rows.map((r) => r.id).sort();
}

const shapes: Array<[string, () => string, AppRole[]]> = [
  ['the owning practitioner', () => ids.a!, ['practitioner']],
  ['a practitioner with an active grant', () => ids.granted!, ['practitioner']],
  ['a practitioner whose grant was revoked', () => ids.revoked!, ['practitioner']],
  ['a practitioner a transfer was completed to', () => ids.receiver!, ['practitioner']],
  ['the practice owner (open transfers)', () => ids.owner!, ['owner']],
  ['an owner holding a grant', () => ids.grantedOwner!, ['owner']],
  ['an owner who is also a practitioner', () => ids.a!, ['owner', 'practitioner']],
  ['a receiver acting as owner only', () => ids.receiver!, ['owner']],
  ['the owning practitioner acting as owner only', () => ids.a!, ['owner']],
  ['a supervisor', () => c.p.users.supervisor, ['supervisor']],
  ['helpdesk', () => c.p.users.helpdesk, ['helpdesk']],
];

describe('client list access in SQL (issue 21)', () => {
  for (const [name, user, roles] of shapes) {
    it(`R22 R41 the SQL filter admits exactly what canRead admits: ${name} (${roles.join('+')})`, async () => {
      const ctx: TenantContext = { practiceId: c.p.practiceId, userId: user(), roles };
      const expected = await byCanRead(ctx);
      expect(await bySql(ctx)).toEqual(expected);
    });
  }

  it('R22 R41 the shapes above are not trivial: each admits a different, non-empty set where it should', async () => {
    const sets = await Promise.all(shapes.slice(0, 7).map(([, user, roles]) => byCanRead({ practiceId: c.p.practiceId, userId: user(), roles })));
    // All but the revoked grantee (index 2), who owns no clients and reads none.
    sets.forEach((s, i) => expect(s.length > 0).toBe(i !== 2));
    expect(new Set(sets.map((s) => s.join())).size).toBeGreaterThanOrEqual(6);
  });

  it('R22 R40 another practice’s practitioner gets nothing of this practice', async () => {
    const ctx: TenantContext = { practiceId: c.p.practiceId, userId: crypto.randomUUID(), roles: ['practitioner'] };
    expect(await bySql(ctx)).toEqual([]);
    const res = await c.call(c.foreign, 'GET', '/api/clients?limit=200');
    const mine = new Set(await byCanRead({ practiceId: c.p.practiceId, userId: ids.a!, roles: ['practitioner'] }));
    expect(res.json<{ clients: Array<{ id: string }> }>().clients.filter((x) => mine.has(x.id))).toEqual([]);
  });

  it('R02 R22 R24 pages of the list join up to the readable set, in label-then-number order, each page audited', async () => {
    for (const userId of [ids.a!, ids.granted!, ids.receiver!, ids.owner!]) {
      const s = await sessionFor(c.rt, { userId, practiceId: c.p.practiceId, stage: 'full' });
      const seen: Array<{ id: string; label: string; clientNumber: number }> = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await c.call(s, 'GET', `/api/clients?limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
        expect(res.statusCode).toBe(200);
        const body = res.json<{ clients: Array<{ id: string; label: string; clientNumber: number }>; nextCursor: string | null }>();
        expect(body.clients.length).toBeLessThanOrEqual(2);
        if (body.nextCursor !== null) expect(body.clients.length).toBe(2);
        seen.push(...body.clients);
        cursor = body.nextCursor;
        pages++;
      } while (cursor !== null && pages < 50);
      const roles = (await withTenant(c.rt.db, systemContext(c.p.practiceId), (trx) => trx.selectFrom('memberships').select('role').where('user_id', '=', userId).execute())).map((r) => r.role as AppRole);
      expect(seen.map((x) => x.id).sort()).toEqual(await byCanRead({ practiceId: c.p.practiceId, userId, roles }));
      const order = [...seen].sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : x.clientNumber - y.clientNumber));
      expect(seen.map((x) => x.id)).toEqual(order.map((x) => x.id));
    }
    const audited = await c.rt.testDb.asAdmin((db) => sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${c.p.practiceId} AND action = 'client.list'`.execute(db));
    expect(audited.rows[0]!.n).toBeGreaterThan(4);
  });

  it('R25 a cursor that is not one of ours is a 400 naming the parameter', async () => {
    for (const cursor of ['bm90LWpzb24', Buffer.from(JSON.stringify([crypto.randomUUID()])).toString('base64url'), Buffer.from('["x"]').toString('base64url')]) {
      const res = await c.call(c.pr, 'GET', `/api/clients?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/^query\.cursor: /);
    }
  });
});
