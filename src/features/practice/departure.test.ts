// A practitioner leaves a practice (issue 18, item 6). Synthetic identities only.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addMember, auditRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { sessionFor, type TestSession } from '../../../test/auth.ts';
import { seedPractice } from '../../../test/factories.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { openNamesForAuthor } from '../notes/names.ts';

let c: Clinic;
let leaver: string; // a practitioner who will leave
let leaverS: TestSession;
let heir: string; // the practitioner who takes over
let clientX: string;
let clientZ: string;
let clientOfHeir: string;
let signedNote: string;
let processNote: string;
let draftNote: string;
let pastSession: string;
let futureSession: string;

interface Note {
  id: string;
  sections: Array<{ key: string; text: string }>;
}

const DAY = 86_400_000;
const named = 'Talked about Synthia Testperson and the move.';

beforeAll(async () => {
  c = await openClinic();
  leaver = await addMember(c.rt, c.p.practiceId, 'practitioner');
  leaverS = await sessionFor(c.rt, { userId: leaver, practiceId: c.p.practiceId });
  heir = c.otherId;
  const post = async (url: string, body: unknown, s = leaverS) => {
    const r = await c.call(s, 'POST', url, body);
    expect(r.statusCode, `${url} ${r.body}`).toBeLessThan(300);
    return r.json<{ id: string }>().id;
  };
  clientX = await post('/api/clients', { name: 'Test Leaving', knownPeople: ['Synthia Testperson'] });
  clientZ = await post('/api/clients', { name: 'Test Waiting' });
  clientOfHeir = await post('/api/clients', { name: 'Test Heirs Own' }, c.other);
  const session = { durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10' };
  pastSession = await post(`/api/clients/${clientX}/sessions`, { ...session, startsAt: new Date(Date.now() - 7 * DAY).toISOString() });
  futureSession = await post(`/api/clients/${clientX}/sessions`, { ...session, startsAt: new Date(Date.now() + 7 * DAY).toISOString() });
  signedNote = await post(`/api/clients/${clientX}/notes`, { format: 'dap', sessionId: pastSession, sections: { data: named, assessment: 'Stable.', plan: 'Continue.' } });
  expect((await c.call(leaverS, 'POST', `/api/notes/${signedNote}/sign`)).statusCode).toBe(200);
  processNote = await post(`/api/clients/${clientX}/notes`, { kind: 'process', format: 'free', sections: { body: 'Private process thoughts.' } });
  draftNote = await post(`/api/clients/${clientX}/notes`, { format: 'dap', sections: { data: 'Draft only.' } });
});
afterAll(async () => c.close());

const depart = (s: TestSession, userId: string) => c.call(s, 'POST', `/api/practice/members/${userId}/depart`);
const transfer = (from: string, body: unknown) => c.call(c.owner, 'POST', `/api/practice/departures/${from}/transfers`, body);
// As the superuser, typed with the application's schema.
const admin = <T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> => c.rt.testDb.asAdmin((db) => fn(db as Kysely<Database>));
const openTransfers = () => admin(async (db) => Number(((await db.selectFrom('care_transfers').select((eb) => eb.fn.countAll().as('n')).where('practice_id', '=', c.p.practiceId).where('to_user_id', 'is', null).executeTakeFirstOrThrow()) as { n: string | number }).n));

describe('a practitioner leaves a practice (issue 18)', () => {
  it('R34 R38 closing a membership needs a fresh second factor; without it nothing changes', async () => {
    const stale = await sessionFor(c.rt, { userId: c.p.users.owner, practiceId: c.p.practiceId, mfaAgoMs: 10 * 60_000 });
    const r = await depart(stale, leaver);
    expect(r.statusCode).toBe(403);
    expect(r.json<{ error: { code: string } }>().error.code).toBe('step_up_required');
    const m = await admin((db) => db.selectFrom('memberships').select(['departed_at', 'disabled_at']).where('user_id', '=', leaver).executeTakeFirstOrThrow());
    expect(m).toEqual({ departed_at: null, disabled_at: null });
  });

  it('R34 bad input: another member, an unknown id, the last owner — clear errors, nothing written', async () => {
    const other = await depart(c.other, leaver);
    expect(other.statusCode).toBe(404);
    const unknown = await depart(c.owner, crypto.randomUUID());
    expect(unknown.statusCode).toBe(404);
    const helpdesk = await depart(c.helpdesk, c.p.users.helpdesk);
    expect(helpdesk.statusCode).toBe(403);
    const lastOwner = await depart(c.owner, c.p.users.owner);
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.json<{ error: { code: string } }>().error.code).toBe('last_owner');
    const departed = await admin((db) => db.selectFrom('memberships').select('user_id').where('practice_id', '=', c.p.practiceId).where('departed_at', 'is not', null).execute());
    expect(departed).toEqual([]);
    expect(await openTransfers()).toBe(0);
  });

  it('R34 R45 R19 the owner closes a practitioner: account departed, sessions ended, personal key destroyed, records kept', async () => {
    expect((await c.rt.crypto.store.listScope('user', leaver)).length).toBeGreaterThan(0);
    const r = await depart(c.owner, leaver);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'departed', accountClosed: true, clientsToTransfer: 2 });
    expect(r.json<{ keysDestroyed: number }>().keysDestroyed).toBeGreaterThan(0);
    expect(r.json<{ sessionsEnded: number }>().sessionsEnded).toBeGreaterThan(0);
    const u = await admin((db) => db.selectFrom('users').select(['departed_at', 'disabled_at']).where('id', '=', leaver).executeTakeFirstOrThrow());
    expect(u.departed_at).not.toBeNull();
    expect(u.disabled_at).not.toBeNull();
    expect(await c.rt.crypto.store.listScope('user', leaver)).toEqual([]);
    // Their signed note is still there, with its author.
    const n = await admin((db) => db.selectFrom('notes').select(['owner_id', 'signed_by', 'status']).where('id', '=', signedNote).executeTakeFirstOrThrow());
    expect(n).toEqual({ owner_id: leaver, signed_by: leaver, status: 'signed' });
    const ev = (await auditRows(c, 'member.depart')).find((e) => e.resource_id === leaver);
    expect(ev?.actor_id).toBe(c.p.users.owner);
    expect(ev?.metadata).toMatchObject({ self: false, accountClosed: true, clients: 2 });
    expect((await auditRows(c, 'user.keys.destroy')).some((e) => e.resource_id === leaver)).toBe(true);
  });

  it('R34 R39 the departed member cannot sign in: their session is gone, a new one is refused, no sign-in link is issued', async () => {
    expect((await c.call(leaverS, 'GET', '/api/clients')).statusCode).toBe(401);
    const fresh = await sessionFor(c.rt, { userId: leaver, practiceId: c.p.practiceId });
    expect((await c.call(fresh, 'GET', '/api/account')).statusCode).toBe(401);
    const email = await admin(async (db) => (await db.selectFrom('users').select('email').where('id', '=', leaver).executeTakeFirstOrThrow()).email);
    const req = await c.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email } });
    expect(req.statusCode).toBe(202);
    await c.rt.background.idle();
    const links = await admin((db) => db.selectFrom('magic_links').select('token_hash').where('email', '=', email).execute());
    expect(links).toEqual([]);
  });

  it('R22 R24 R19 until the transfer the owner reads the records under the automatic grant (audited; names as placeholders; process notes stay the author’s)', async () => {
    const d = await c.call(c.owner, 'GET', '/api/practice/departures');
    expect(d.statusCode).toBe(200);
    const dep = d.json<{ departures: Array<{ userId: string; accountClosed: boolean; clients: Array<{ clientId: string }> }> }>().departures;
    expect(dep).toHaveLength(1);
    expect(dep[0]?.userId).toBe(leaver);
    expect(dep[0]?.clients.map((x) => x.clientId).sort()).toEqual([clientX, clientZ].sort());
    expect((await c.call(c.owner, 'GET', '/api/clients')).json<{ clients: Array<{ id: string }> }>().clients.map((x) => x.id)).toEqual(expect.arrayContaining([clientX, clientZ]));
    expect((await c.call(c.owner, 'GET', `/api/clients/${clientX}`)).statusCode).toBe(200);
    const note = await c.call(c.owner, 'GET', `/api/notes/${signedNote}`);
    expect(note.statusCode).toBe(200);
    const text = note.json<Note>().sections.map((s) => s.text).join(' ');
    expect(text).not.toContain('Synthia');
    expect(text).toContain('[NAME-1]');
    expect((await c.call(c.owner, 'GET', `/api/notes/${processNote}`)).statusCode).toBe(404);
    const list = (await c.call(c.owner, 'GET', `/api/clients/${clientX}/notes`)).json<{ notes: Array<{ id: string }> }>().notes.map((x) => x.id);
    expect(list).toEqual(expect.arrayContaining([signedNote, draftNote]));
    expect(list).not.toContain(processNote);
    expect((await c.call(c.owner, 'GET', `/api/therapy-sessions/${pastSession}`)).statusCode).toBe(200);
    expect((await c.call(c.owner, 'GET', `/api/clients/${clientX}/timeline`)).statusCode).toBe(200);
    // The owner reads, never changes.
    expect((await c.call(c.owner, 'PATCH', `/api/clients/${clientX}`, { aiDisabled: true })).statusCode).toBe(403);
    expect((await auditRows(c, 'note.read')).some((e) => e.resource_id === signedNote && e.actor_id === c.p.users.owner)).toBe(true);
    // Another practitioner sees nothing yet.
    expect((await c.call(c.other, 'GET', `/api/clients/${clientX}`)).statusCode).toBe(404);
    expect((await c.call(c.other, 'GET', `/api/notes/${signedNote}`)).statusCode).toBe(404);
  });

  it('R19 R45 a view that opens a destroyed personal key shows placeholders, never an error', async () => {
    const row = await admin((db) => db.selectFrom('notes').select(['id', 'owner_id', 'names_sealed']).where('id', '=', signedNote).executeTakeFirstOrThrow());
    expect(row.names_sealed).not.toBeNull();
    const asAuthor = { practiceId: c.p.practiceId, userId: leaver, roles: ['practitioner' as const] };
    await expect(openNamesForAuthor(c.rt, asAuthor, row)).resolves.toBeUndefined();
    // A field that fails under a key that still exists is tampering, and still throws.
    const liveRow = { id: row.id, owner_id: c.p.users.practitioner, names_sealed: Buffer.from(row.names_sealed ?? Buffer.alloc(0)) };
    await c.rt.crypto.keysFor('user', c.p.users.practitioner);
    const live = (await c.rt.crypto.store.listScope('user', c.p.users.practitioner))[0];
    Buffer.from((live?.id ?? '').replace(/-/g, ''), 'hex').copy(liveRow.names_sealed, 1);
    await expect(openNamesForAuthor(c.rt, { ...asAuthor, userId: c.p.users.practitioner }, liveRow)).rejects.toThrow();
  });

  it('R22 bad transfers: a non-practitioner, the departed member, a stranger, someone else’s client, unknown ids — clear errors, nothing half-written', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ clientId: clientX, toUserId: c.p.users.supervisor }, 400, 'not a practitioner'],
      [{ clientId: clientX, toUserId: leaver }, 400, 'member who left'],
      [{ clientId: clientX, toUserId: crypto.randomUUID() }, 400, 'not a member'],
      [{ clientId: clientOfHeir, toUserId: heir }, 404, ''],
      [{ clientId: crypto.randomUUID(), toUserId: heir }, 404, ''],
      [{ clientId: clientX }, 400, 'toUserId'],
    ];
    for (const [body, status, words] of cases) {
      const r = await transfer(leaver, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json<{ error: { message: string } }>().error.message).toContain(words);
    }
    // Someone else's departed client under the wrong member, and a non-owner asking.
    expect((await transfer(heir, { clientId: clientX, toUserId: c.p.users.owner })).statusCode).toBe(404);
    expect((await c.call(c.other, 'POST', `/api/practice/departures/${leaver}/transfers`, { clientId: clientX, toUserId: heir })).statusCode).toBe(403);
    expect(await openTransfers()).toBe(2);
    const holder = await admin((db) => db.selectFrom('clients').select('owner_id').where('id', '=', clientX).executeTakeFirstOrThrow());
    expect(holder.owner_id).toBe(leaver);
  });

  it('R22 R24 the owner transfers a client: audited transfer of care; upcoming sessions move; signed notes keep their author; the grant ends for that client', async () => {
    const r = await transfer(leaver, { clientId: clientX, toUserId: heir });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'transferred', sessionsMoved: 1 });
    const ev = (await auditRows(c, 'care.transfer')).find((e) => e.resource_id === clientX);
    expect(ev?.actor_id).toBe(c.p.users.owner);
    expect(ev?.metadata).toMatchObject({ from: leaver, to: heir, sessions: 1 });
    const owners = await admin(async (db) => ({
      client: (await db.selectFrom('clients').select('owner_id').where('id', '=', clientX).executeTakeFirstOrThrow()).owner_id,
      past: (await db.selectFrom('therapy_sessions').select('owner_id').where('id', '=', pastSession).executeTakeFirstOrThrow()).owner_id,
      future: (await db.selectFrom('therapy_sessions').select('owner_id').where('id', '=', futureSession).executeTakeFirstOrThrow()).owner_id,
      note: await db.selectFrom('notes').select(['owner_id', 'signed_by']).where('id', '=', signedNote).executeTakeFirstOrThrow(),
    }));
    expect(owners).toEqual({ client: heir, past: leaver, future: heir, note: { owner_id: leaver, signed_by: leaver } });
    // The new practitioner reads the whole progress record, with placeholders for the names.
    const n = await c.call(c.other, 'GET', `/api/notes/${signedNote}`);
    expect(n.statusCode).toBe(200);
    expect(n.json<Note>().sections.map((s) => s.text).join(' ')).toContain('[NAME-1]');
    expect((await c.call(c.other, 'GET', `/api/therapy-sessions/${pastSession}`)).statusCode).toBe(200);
    expect((await c.call(c.other, 'GET', `/api/notes/${processNote}`)).statusCode).toBe(404);
    // …and holds the client and its upcoming session from now on.
    expect((await c.call(c.other, 'PATCH', `/api/clients/${clientX}`, { aiDisabled: true })).statusCode).toBe(200);
    expect((await c.call(c.other, 'POST', `/api/clients/${clientX}/notes`, { format: 'dap', sessionId: futureSession, sections: { data: 'Continuing care.' } })).statusCode).toBe(201);
    // The owner's automatic grant ended for this client, not for the one still waiting.
    expect((await c.call(c.owner, 'GET', `/api/clients/${clientX}`)).statusCode).toBe(404);
    expect((await c.call(c.owner, 'GET', `/api/notes/${signedNote}`)).statusCode).toBe(404);
    expect((await c.call(c.owner, 'GET', `/api/clients/${clientZ}`)).statusCode).toBe(200);
    const d = (await c.call(c.owner, 'GET', '/api/practice/departures')).json<{ departures: Array<{ transferred: number; clients: Array<{ clientId: string }> }> }>().departures[0];
    expect(d?.transferred).toBe(1);
    expect(d?.clients.map((x) => x.clientId)).toEqual([clientZ]);
    // A second transfer of the same client is refused: it is no longer waiting.
    expect((await transfer(leaver, { clientId: clientX, toUserId: c.p.users.practitioner })).statusCode).toBe(404);
  });

  it('R40 R22 row-level security holds the line: no holder change outside a transfer, no other change by the owner', async () => {
    const asHeir = { practiceId: c.p.practiceId, userId: heir, roles: ['practitioner' as const] };
    // The holder cannot hand their client to someone else directly.
    await expect(withTenant(c.rt.db, asHeir, (trx) => trx.updateTable('clients').set({ owner_id: c.p.users.practitioner }).where('id', '=', clientX).execute())).rejects.toThrow();
    // The owner may change the holder of a waiting client only, and nothing else about it.
    const asOwner = { practiceId: c.p.practiceId, userId: c.p.users.owner, roles: ['owner' as const] };
    await expect(withTenant(c.rt.db, asOwner, (trx) => trx.updateTable('clients').set({ ai_disabled: true }).where('id', '=', clientZ).execute())).rejects.toThrow();
    const r = await withTenant(c.rt.db, asOwner, (trx) => trx.updateTable('clients').set({ owner_id: heir }).where('id', '=', clientX).executeTakeFirst());
    expect(Number(r.numUpdatedRows)).toBe(0);
    // A transfer row opens only in the system context (a departure).
    await expect(
      withTenant(c.rt.db, asOwner, (trx) =>
        trx.insertInto('care_transfers').values({ id: crypto.randomUUID(), practice_id: c.p.practiceId, client_id: clientOfHeir, from_user_id: heir, to_user_id: null, transferred_at: null, transferred_by: null }).execute(),
      ),
    ).rejects.toThrow();
    const z = await admin((db) => db.selectFrom('clients').select(['owner_id', 'ai_disabled']).where('id', '=', clientZ).executeTakeFirstOrThrow());
    expect(z).toEqual({ owner_id: leaver, ai_disabled: false });
  });

  it('R34 a practitioner closes their own membership; a member of another practice keeps their account and key', async () => {
    const both = await addMember(c.rt, c.p.practiceId, 'practitioner');
    const q = await seedPractice(c.rt.db, 'Second');
    await withTenant(c.rt.db, systemContext(q.practiceId), (trx) => trx.insertInto('memberships').values({ practice_id: q.practiceId, user_id: both, role: 'practitioner' }).execute());
    await c.rt.crypto.keysFor('user', both);
    const own = await sessionFor(c.rt, { userId: both, practiceId: c.p.practiceId });
    const elsewhere = await sessionFor(c.rt, { userId: both, practiceId: q.practiceId });
    const r = await depart(own, both);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ accountClosed: false, clientsToTransfer: 0, keysDestroyed: 0 });
    expect((await c.call(own, 'GET', '/api/clients')).statusCode).toBe(401);
    expect((await c.call(elsewhere, 'GET', '/api/clients')).statusCode).toBe(200);
    expect((await c.rt.crypto.store.listScope('user', both)).length).toBeGreaterThan(0);
    const u = await admin((db) => db.selectFrom('users').select(['departed_at', 'disabled_at']).where('id', '=', both).executeTakeFirstOrThrow());
    expect(u).toEqual({ departed_at: null, disabled_at: null });
    expect((await auditRows(c, 'member.depart')).find((e) => e.resource_id === both)?.metadata).toMatchObject({ self: true, accountClosed: false });
    // Asking again changes nothing.
    const again = await depart(c.owner, both);
    expect(again.statusCode).toBe(200);
    expect(await admin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM memberships WHERE user_id = ${both} AND departed_at IS NULL`.execute(db)).rows[0]?.n)).toBe(1);
  });
});
