import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
let clientId: string;

interface Note {
  id: string;
  sections: Array<{ key: string; text: string }>;
  integrity: string;
}

beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Names', knownPeople: ['Synthia Testperson'] })).json<{ id: string }>().id;
  await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) =>
    trx.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: c.p.practiceId, grantor_id: c.p.users.practitioner, grantee_id: c.otherId, revoked_at: null }).execute(),
  );
});
afterAll(async () => c.close());

const text = 'Discussed the conflict with Synthia Testperson over the holidays; Synthia Testperson called twice.';

describe('names inside notes (R19)', () => {
  it('R19 names are sealed apart under the author’s key: the author reads them, a grantee sees placeholders', async () => {
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', sections: { data: text, assessment: 'Stable.', plan: 'Continue.' } });
    expect(res.statusCode).toBe(201);
    const note = res.json<Note>();
    expect(note.sections[0]?.text).toBe(text);
    const row = await c.rt.testDb.asAdmin((db) => db.selectFrom('notes').select(['names_sealed', 'sections_sealed']).where('id', '=', note.id).executeTakeFirstOrThrow());
    expect(row.names_sealed).not.toBeNull();
    // The client's key (issue 18) opens the sections (placeholders only) but not the names.
    const practiceKeys = await c.rt.crypto.keysForClient(c.p.practiceId, clientId);
    const sections = practiceKeys.decryptString({ practiceId: c.p.practiceId, table: 'notes', column: 'sections', rowId: note.id }, row.sections_sealed as Buffer);
    expect(sections).not.toContain('Synthia');
    expect(sections).toContain('[NAME-1]');
    expect(() => practiceKeys.decryptString({ practiceId: c.p.practiceId, table: 'notes', column: 'names', rowId: note.id }, row.names_sealed as Buffer)).toThrow();
    const author = (await c.call(c.pr, 'GET', `/api/notes/${note.id}`)).json<Note>();
    expect(author.sections[0]?.text).toBe(text);
    const grantee = await c.call(c.other, 'GET', `/api/notes/${note.id}`);
    expect(grantee.statusCode).toBe(200);
    expect(grantee.json<Note>().sections[0]?.text).toBe('Discussed the conflict with [NAME-1] over the holidays; [NAME-1] called twice.');
  });

  it('R19 R03 editing keeps the names apart, and a signed note verifies for the author and for a grantee', async () => {
    const n = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', sections: { data: text } })).json<Note>();
    const upd = await c.call(c.pr, 'PATCH', `/api/notes/${n.id}`, { sections: { assessment: 'Synthia Testperson is supportive.', plan: 'Continue.' } });
    expect(upd.json<Note>().sections.map((s) => s.text)).toEqual([text, 'Synthia Testperson is supportive.', 'Continue.']);
    const signed = await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect(signed.json<Note>().integrity).toBe('verified');
    expect(signed.json<Note>().sections[1]?.text).toBe('Synthia Testperson is supportive.');
    const g = (await c.call(c.other, 'GET', `/api/notes/${n.id}`)).json<Note>();
    expect(g.integrity).toBe('verified');
    expect(JSON.stringify(g.sections)).not.toContain('Synthia');
  });
});
