import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, countRows, openClinic, type Clinic } from './testkit.ts';

let c: Clinic;
beforeAll(async () => {
  c = await openClinic();
});
afterAll(async () => c.close());

describe('clients API', () => {
  it('R18 stores a full name as initials only: the name reaches neither the database nor the logs', async () => {
    const res = await c.call(c.pr, 'POST', '/api/clients', { name: 'Zebulon Quixote-Marchbanks', birthYear: 1988, pronouns: 'he/him' });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ id: string; label: string; labelKind: string; birthYear: number }>();
    expect(body).toMatchObject({ label: 'Z.Q.M.', labelKind: 'initials', birthYear: 1988 });
    const dump = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('clients').selectAll().execute()));
    expect(dump).not.toMatch(/Zebulon|Quixote|Marchbanks/);
    const audits = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('audit_events').selectAll().execute()));
    expect(audits).not.toMatch(/Zebulon|Quixote/);
    expect(c.rt.logLines.join('\n')).not.toMatch(/Zebulon|Quixote/);
  });

  it('R18 keeps a pseudonym marked as such', async () => {
    const res = await c.call(c.pr, 'POST', '/api/clients', { name: 'Client Blue', pseudonym: true });
    expect(res.json()).toMatchObject({ label: 'Client Blue', labelKind: 'pseudonym' });
  });

  it('R18 refuses a full date of birth and a name without letters, without echoing the value and without writing', async () => {
    const before = await countRows(c, 'clients');
    const r1 = await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Person', birthDate: '1990-01-01' });
    expect(r1.statusCode).toBe(400);
    expect(r1.json<{ error: { message: string } }>().error.message).toContain('birthDate');
    const r2 = await c.call(c.pr, 'POST', '/api/clients', { name: '12345 67' });
    expect(r2.statusCode).toBe(400);
    expect(r2.body).not.toContain('12345');
    const r3 = await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Person', birthYear: 1850 });
    expect(r3.statusCode).toBe(400);
    expect(await countRows(c, 'clients')).toBe(before);
  });

  it('R13 seals contact notes and known people; the owner reads them back decrypted', async () => {
    const res = await c.call(c.pr, 'POST', '/api/clients', {
      name: 'Test Sealed',
      contactNotes: 'Prefers calls after 5pm on the synthetic line',
      knownPeople: ['Synthia Testperson', 'Rob Examplar'],
    });
    const id = res.json<{ id: string }>().id;
    const raw = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('clients').selectAll().where('id', '=', id).execute()));
    expect(raw).not.toContain('Synthia');
    expect(raw).not.toContain('after 5pm');
    const read = await c.call(c.pr, 'GET', `/api/clients/${id}`);
    expect(read.json()).toMatchObject({ contactNotes: 'Prefers calls after 5pm on the synthetic line', knownPeople: ['Synthia Testperson', 'Rob Examplar'] });
  });

  it('R42 R31 per-client AI switch and transcript deletion setting are stored and audited', async () => {
    const id = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Settings' })).json<{ id: string }>().id;
    const res = await c.call(c.pr, 'PATCH', `/api/clients/${id}`, { aiDisabled: true, transcriptDeletion: { mode: 'after_days', days: 30 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ aiDisabled: true, transcriptDeletion: { mode: 'after_days', days: 30 } });
    const { clientAllowsAi, transcriptDeletionRule } = await import('./queries.ts');
    const { withTenant } = await import('../../db/tenant.ts');
    const [ai, rule] = await withTenant(c.rt.db, c.p.ctx('practitioner'), async (trx) => [await clientAllowsAi(trx, id), await transcriptDeletionRule(trx, id)] as const);
    expect(ai).toBe(false);
    expect(rule).toEqual({ mode: 'after_days', days: 30 });
    expect((await auditRows(c, 'client.ai_setting')).some((r) => r.resource_id === id)).toBe(true);
    const bad = await c.call(c.pr, 'PATCH', `/api/clients/${id}`, { transcriptDeletion: { mode: 'after_days' } });
    expect(bad.statusCode).toBe(400);
    const onSign = await c.call(c.pr, 'PATCH', `/api/clients/${id}`, { transcriptDeletion: { mode: 'on_sign' } });
    expect(onSign.json()).toMatchObject({ transcriptDeletion: { mode: 'on_sign', days: null } });
  });

  it('R24 every read of a client is audited', async () => {
    const id = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Audited' })).json<{ id: string }>().id;
    await c.call(c.pr, 'GET', `/api/clients/${id}`);
    const rows = await auditRows(c, 'client.read');
    expect(rows.some((r) => r.resource_id === id && r.actor_id === c.p.users.practitioner)).toBe(true);
    expect((await auditRows(c, 'client.create')).some((r) => r.resource_id === id)).toBe(true);
  });

  it('R22 R41 other practitioners, the owner without a grant, supervisors, helpdesk and other practices get 404 or 403', async () => {
    const id = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Private' })).json<{ id: string }>().id;
    expect((await c.call(c.other, 'GET', `/api/clients/${id}`)).statusCode).toBe(404);
    expect((await c.call(c.owner, 'GET', `/api/clients/${id}`)).statusCode).toBe(404);
    expect((await c.call(c.foreign, 'GET', `/api/clients/${id}`)).statusCode).toBe(404);
    expect((await c.call(c.supervisor, 'GET', `/api/clients/${id}`)).statusCode).toBe(403);
    expect((await c.call(c.helpdesk, 'GET', `/api/clients/${id}`)).statusCode).toBe(403);
    expect((await c.call(c.other, 'PATCH', `/api/clients/${id}`, { aiDisabled: true })).statusCode).toBe(404);
    const list = await c.call(c.other, 'GET', '/api/clients');
    expect(list.json<{ clients: Array<{ id: string }> }>().clients.map((x) => x.id)).not.toContain(id);
  });

  it('R41 a practitioner who grants access lets the grantee read, never change', async () => {
    const id = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Granted' })).json<{ id: string }>().id;
    const { withTenant } = await import('../../db/tenant.ts');
    await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) =>
      trx.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: c.p.practiceId, grantor_id: c.p.users.practitioner, grantee_id: c.p.users.owner, revoked_at: null }).execute(),
    );
    expect((await c.call(c.owner, 'GET', `/api/clients/${id}`)).statusCode).toBe(200);
    expect((await c.call(c.owner, 'PATCH', `/api/clients/${id}`, { status: 'inactive' })).statusCode).toBe(403);
  });

  it('R02 rejects unknown fields and malformed ids', async () => {
    expect((await c.call(c.pr, 'POST', '/api/clients', { name: 'Test X', ssn: '000' })).statusCode).toBe(400);
    expect((await c.call(c.pr, 'GET', '/api/clients/not-a-uuid')).statusCode).toBe(400);
  });
});
