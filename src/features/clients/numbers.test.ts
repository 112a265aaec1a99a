// Issue 16: clients are unmistakable without revealing anyone — a practice-wide number allocated
// by the database, shown with the label.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { openClinic, type Clinic } from './testkit.ts';

let c: Clinic;
beforeAll(async () => {
  c = await openClinic();
});
afterAll(async () => c.close());

interface Client { id: string; label: string; clientNumber: number; displayLabel: string }

describe('client numbers', () => {
  it('R02 R18 two clients with the same initials are told apart by their numbers, with no word about the other', async () => {
    const a = await c.call(c.pr, 'POST', '/api/clients', { name: 'Johnathan Doe-Smith' });
    const b = await c.call(c.pr, 'POST', '/api/clients', { name: 'Jane Dana Smith' });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    const ca = a.json<Client>();
    const cb = b.json<Client>();
    expect(ca.label).toBe('J.D.S.');
    expect(cb.label).toBe('J.D.S.');
    expect(ca.clientNumber).not.toBe(cb.clientNumber);
    expect(ca.displayLabel).toBe(`J.D.S. · ${ca.clientNumber}`);
    // The reply is the same shape as any other: nothing says that these initials exist already.
    expect(Object.keys(cb).sort()).toEqual(Object.keys(ca).sort());
    const list = (await c.call(c.pr, 'GET', '/api/clients')).json<{ clients: Client[] }>().clients;
    expect(list.filter((x) => x.label === 'J.D.S.').map((x) => x.displayLabel).sort()).toEqual([ca.displayLabel, cb.displayLabel].sort());
  });

  it('R02 R40 numbers come from the database: unique in the practice, never changed, the sequence out of the app role’s reach', async () => {
    const mine = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Willow', pseudonym: true })).json<Client>();
    const theirs = (await c.call(c.other, 'POST', '/api/clients', { name: 'Willow', pseudonym: true })).json<Client>();
    expect(theirs.clientNumber).toBeGreaterThan(mine.clientNumber);
    expect(mine.displayLabel).toBe(`Willow · ${mine.clientNumber}`);
    const ctx = { practiceId: c.p.practiceId, userId: c.p.users.practitioner, roles: ['practitioner' as const] };
    // The runtime role cannot read the sequence (how many clients exist), nor set a number.
    await expect(withTenant(c.rt.db, ctx, (trx) => sql`SELECT last_value FROM app.client_number_seq`.execute(trx))).rejects.toThrow();
    await expect(withTenant(c.rt.db, ctx, (trx) => sql`SELECT nextval('app.client_number_seq')`.execute(trx))).rejects.toThrow();
    await expect(withTenant(c.rt.db, ctx, (trx) => sql`UPDATE clients SET client_number = client_number + 1 WHERE id = ${mine.id}`.execute(trx))).rejects.toThrow();
    // Only a practitioner in a tenant transaction gets a number.
    const helpdesk = { ...ctx, roles: ['helpdesk' as const] };
    await expect(withTenant(c.rt.db, helpdesk, (trx) => sql`SELECT app.next_client_number()`.execute(trx))).rejects.toThrow();
    const detail = (await c.call(c.pr, 'GET', `/api/clients/${mine.id}`)).json<Client>();
    expect(detail.clientNumber).toBe(mine.clientNumber);
  });

  it('R22 another practitioner’s client list shows only their own clients (numbers reveal no one)', async () => {
    const list = (await c.call(c.other, 'GET', '/api/clients')).json<{ clients: Client[] }>().clients;
    expect(list.map((x) => x.label)).toEqual(['Willow']);
  });
});
