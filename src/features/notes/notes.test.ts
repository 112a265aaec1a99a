import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { withTenant } from '../../db/tenant.ts';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { notesForClientAccessExport } from './queries.ts';
import { NOTE_FORMATS, NOTE_TEMPLATES } from './templates.ts';

let c: Clinic;
let clientId: string;
let sessionId: string;

interface Note {
  id: string;
  status: string;
  sections: Array<{ key: string; text: string }>;
  contentSha256: string | null;
  integrity: string;
  addenda: Array<{ text: string; contentSha256: string }>;
  cosignedAt: string | null;
}

const soap = { subjective: 'Reports fewer synthetic worries this week.', objective: 'Calm, engaged.', assessment: 'Improving.', plan: 'Continue weekly CBT.' };

async function draft(body: Record<string, unknown> = {}): Promise<Note> {
  const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', sessionId, sections: soap, ...body });
  expect(res.statusCode).toBe(201);
  return res.json<Note>();
}

beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Notes' })).json<{ id: string }>().id;
  sessionId = (
    await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'in_person', placeOfService: '11' })
  ).json<{ id: string }>().id;
});
afterAll(async () => c.close());

describe('progress notes', () => {
  it('R03 offers SOAP, DAP, BIRP, GIRP, PIE and free-form as data-driven templates with keys, titles and guidance', async () => {
    const res = await c.call(c.pr, 'GET', '/api/note-templates');
    const formats = res.json<{ templates: Array<{ format: string; sections: Array<{ key: string; title: string; guidance: string }> }> }>().templates;
    expect(formats.map((t) => t.format)).toEqual([...NOTE_FORMATS]);
    for (const t of formats) for (const s of t.sections) expect(s.key && s.title && s.guidance).toBeTruthy();
    expect(NOTE_TEMPLATES.birp.sections.map((s) => s.key)).toEqual(['behavior', 'intervention', 'response', 'plan']);
  });

  it.each(NOTE_FORMATS.map((f) => [f]))('R03 creates and reads back a %s note', async (format) => {
    const sections = Object.fromEntries(NOTE_TEMPLATES[format].sections.map((s) => [s.key, `Synthetic ${s.key} text`]));
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format, sections });
    expect(res.statusCode).toBe(201);
    const read = await c.call(c.pr, 'GET', `/api/notes/${res.json<Note>().id}`);
    expect(read.json<Note>().sections.map((s) => s.text)).toEqual(Object.values(sections));
  });

  it('R03 refuses an unknown format and an unknown section, writing nothing', async () => {
    const before = await countRows(c, 'notes');
    const r1 = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'xyz', sections: {} });
    expect(r1.statusCode).toBe(400);
    expect(r1.json<{ error: { message: string } }>().error.message).toContain('format');
    const r2 = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', sections: { subjective: 'x' } });
    expect(r2.statusCode).toBe(400);
    expect(r2.json<{ error: { message: string } }>().error.message).toContain('sections.subjective');
    expect(await countRows(c, 'notes')).toBe(before);
  });

  it('R13 every section is encrypted at rest', async () => {
    const n = await draft();
    const raw = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('notes').selectAll().where('id', '=', n.id).execute()));
    expect(raw).not.toContain('synthetic worries');
    expect(raw).not.toContain('Continue weekly');
  });

  it('R03 R23 signing records who, when, the address and a content hash; the note then reads as verified', async () => {
    const n = await draft();
    const res = await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect(res.statusCode).toBe(200);
    const signed = res.json<Note & { signedBy: string; signedAt: string }>();
    expect(signed).toMatchObject({ status: 'signed', signedBy: c.p.users.practitioner, integrity: 'verified' });
    expect(signed.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const row = await c.rt.testDb.asAdmin((db) => db.selectFrom('notes').select(['signed_ip', 'signed_at']).where('id', '=', n.id).executeTakeFirstOrThrow());
    expect(row.signed_ip).toBeTruthy();
    const audit = await auditRows(c, 'note.sign');
    expect(audit.find((a) => a.resource_id === n.id)?.metadata).toMatchObject({ contentSha256: signed.contentSha256 });
  });

  it('R03 refuses to sign a note with an empty section', async () => {
    const n = await draft({ sections: { subjective: 'Only this.' } });
    const res = await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('objective');
  });

  it('R03 a signed note never changes: edit and delete answer 409 and nothing is written; the database refuses too', async () => {
    const n = await draft();
    await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    const before = await c.rt.testDb.asAdmin((db) => db.selectFrom('notes').select(['sections_sealed', 'updated_at']).where('id', '=', n.id).executeTakeFirstOrThrow());
    const edit = await c.call(c.pr, 'PATCH', `/api/notes/${n.id}`, { sections: { plan: 'Changed afterwards' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ error: { code: string } }>().error.code).toBe('note_signed');
    expect((await c.call(c.pr, 'DELETE', `/api/notes/${n.id}`)).statusCode).toBe(409);
    expect((await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`)).statusCode).toBe(409);
    const after = await c.rt.testDb.asAdmin((db) => db.selectFrom('notes').select(['sections_sealed', 'updated_at']).where('id', '=', n.id).executeTakeFirstOrThrow());
    expect(after).toEqual(before);
    // Even a direct UPDATE by the owner inside a tenant transaction is refused by the trigger.
    await expect(
      withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) => sql`UPDATE notes SET sections_sealed = '\\x00' WHERE id = ${n.id}`.execute(trx)),
    ).rejects.toMatchObject({ code: '23514' });
    // ... and the row cannot be deleted (no policy admits deleting a signed note).
    await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) => sql`DELETE FROM notes WHERE id = ${n.id}`.execute(trx));
    expect(await c.rt.testDb.asAdmin((db) => db.selectFrom('notes').select('id').where('id', '=', n.id).executeTakeFirst())).toBeDefined();
  });

  it('R03 later changes are addenda, each signed with its own hash', async () => {
    const n = await draft();
    expect((await c.call(c.pr, 'POST', `/api/notes/${n.id}/addenda`, { text: 'Too early.' })).statusCode).toBe(409);
    await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    const res = await c.call(c.pr, 'POST', `/api/notes/${n.id}/addenda`, { text: 'Late entry: client called to reschedule (synthetic).' });
    expect(res.statusCode).toBe(201);
    const body = res.json<Note>();
    expect(body.addenda).toHaveLength(1);
    expect(body.addenda[0]?.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.integrity).toBe('verified');
    const raw = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('note_addenda').selectAll().execute()));
    expect(raw).not.toContain('Late entry');
    expect((await c.call(c.other, 'POST', `/api/notes/${n.id}/addenda`, { text: 'Not mine.' })).statusCode).toBe(404);
  });

  it('R03 drafts can be edited section by section and discarded', async () => {
    const n = await draft();
    const res = await c.call(c.pr, 'PATCH', `/api/notes/${n.id}`, { sections: { plan: 'Revised synthetic plan.' } });
    expect(res.json<Note>().sections.find((s) => s.key === 'plan')?.text).toBe('Revised synthetic plan.');
    expect(res.json<Note>().sections.find((s) => s.key === 'subjective')?.text).toBe(soap.subjective);
    expect((await c.call(c.pr, 'DELETE', `/api/notes/${n.id}`)).statusCode).toBe(204);
    expect((await c.call(c.pr, 'GET', `/api/notes/${n.id}`)).statusCode).toBe(404);
  });

  it('R03 R22 process notes are author-only: hidden from grantees and from client-access exports', async () => {
    const proc = await draft({ kind: 'process', format: 'free', sections: { body: 'Synthetic process reflections.' } });
    const prog = await draft();
    await c.call(c.pr, 'POST', `/api/notes/${proc.id}/sign`);
    await c.call(c.pr, 'POST', `/api/notes/${prog.id}/sign`);
    await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) =>
      trx.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: c.p.practiceId, grantor_id: c.p.users.practitioner, grantee_id: c.otherId, revoked_at: null }).execute(),
    );
    expect((await c.call(c.other, 'GET', `/api/notes/${prog.id}`)).statusCode).toBe(200);
    expect((await c.call(c.other, 'GET', `/api/notes/${proc.id}`)).statusCode).toBe(404);
    const listed = (await c.call(c.other, 'GET', `/api/clients/${clientId}/notes`)).json<{ notes: Array<{ id: string }> }>().notes.map((x) => x.id);
    expect(listed).toContain(prog.id);
    expect(listed).not.toContain(proc.id);
    // RLS agrees: the grantee's own query does not see the process note at all.
    const seen = await withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: c.otherId, roles: ['practitioner'] }, (trx) =>
      trx.selectFrom('notes').select('id').where('id', '=', proc.id).execute(),
    );
    expect(seen).toEqual([]);
    const exported = await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) => notesForClientAccessExport(trx, clientId));
    expect(exported.map((x) => x.id)).toContain(prog.id);
    expect(exported.map((x) => x.id)).not.toContain(proc.id);
    // A grantee reads but never edits.
    expect((await c.call(c.other, 'PATCH', `/api/notes/${prog.id}`, { sections: { plan: 'x' } })).statusCode).toBe(404);
    await withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) => trx.updateTable('practitioner_grants').set({ revoked_at: new Date() }).where('grantee_id', '=', c.otherId).execute());
  });

  it('R03 an associate’s note is co-signed by the named supervisor-practitioner only, after signing', async () => {
    const n = await draft({ cosignerId: c.otherId });
    expect((await c.call(c.other, 'POST', `/api/notes/${n.id}/cosign`)).statusCode).toBe(404);
    await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect((await c.call(c.owner, 'POST', `/api/notes/${n.id}/cosign`)).statusCode).toBe(403);
    const res = await c.call(c.other, 'POST', `/api/notes/${n.id}/cosign`);
    expect(res.statusCode).toBe(200);
    expect(res.json<Note>().cosignedAt).not.toBeNull();
    expect(res.json<Note>().integrity).toBe('verified');
    expect((await c.call(c.other, 'POST', `/api/notes/${n.id}/cosign`)).statusCode).toBe(409);
    expect((await auditRows(c, 'note.cosign')).some((a) => a.resource_id === n.id && a.actor_id === c.otherId)).toBe(true);
    const bad = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', cosignerId: c.p.users.helpdesk });
    expect(bad.statusCode).toBe(400);
  });

  it('R03 a co-signer finds the notes awaiting their co-signature, awaiting first, metadata only', async () => {
    type Listed = { notes: Array<{ id: string; authorId: string; cosignedAt: string | null; status: string }> };
    const waiting = await draft({ cosignerId: c.otherId });
    const unsigned = await draft({ cosignerId: c.otherId });
    const done = await draft({ cosignerId: c.otherId });
    const notMine = await draft();
    for (const n of [waiting, done, notMine]) await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect((await c.call(c.other, 'POST', `/api/notes/${done.id}/cosign`)).statusCode).toBe(200);
    const res = await c.call(c.other, 'GET', '/api/cosignatures');
    expect(res.statusCode).toBe(200);
    const listed = res.json<Listed>().notes;
    const ids = listed.map((n) => n.id);
    // A draft naming them is not theirs to see yet; a note naming nobody never is.
    expect(ids).toContain(waiting.id);
    expect(ids).toContain(done.id);
    expect(ids).not.toContain(unsigned.id);
    expect(ids).not.toContain(notMine.id);
    expect(ids.indexOf(waiting.id)).toBeLessThan(ids.indexOf(done.id));
    expect(listed.find((n) => n.id === waiting.id)).toMatchObject({ authorId: c.p.users.practitioner, cosignedAt: null, status: 'signed' });
    expect(JSON.stringify(listed)).not.toContain('synthetic worries');
    // The author is not anyone's co-signer here; the list is empty, not an error.
    expect((await c.call(c.pr, 'GET', '/api/cosignatures')).json<Listed>().notes).toEqual([]);
    expect((await c.call(c.owner, 'GET', '/api/cosignatures')).statusCode).toBe(403);
    expect((await auditRows(c, 'note.cosign_list')).some((a) => a.actor_id === c.otherId)).toBe(true);
  });

  it('R24 reading a note writes an audit event; R22 others get 404, supervisors and helpdesk 403', async () => {
    const n = await draft();
    await c.call(c.pr, 'GET', `/api/notes/${n.id}`);
    expect((await auditRows(c, 'note.read')).some((a) => a.resource_id === n.id)).toBe(true);
    expect((await c.call(c.owner, 'GET', `/api/notes/${n.id}`)).statusCode).toBe(404);
    // An attempt that finds nothing readable is on the trail too, as a failure, with the reader's
    // id and no note content.
    const outcomes = await c.rt.testDb.asAdmin(async (db) =>
      (await sql<{ actor_id: string; outcome: string; metadata: string | null }>`
        SELECT actor_id, outcome, metadata FROM audit_events WHERE action = 'note.read' AND resource_id = ${n.id} ORDER BY seq`.execute(db)).rows,
    );
    expect(outcomes.find((o) => o.actor_id === c.p.users.practitioner)).toMatchObject({ outcome: 'success' });
    expect(JSON.parse(outcomes.find((o) => o.actor_id === c.p.users.practitioner)?.metadata ?? '{}')).toEqual({ kind: 'progress', names: false });
    expect(outcomes.find((o) => o.actor_id === c.p.users.owner)).toMatchObject({ outcome: 'failure', metadata: null });
    expect((await c.call(c.foreign, 'GET', `/api/notes/${n.id}`)).statusCode).toBe(404);
    expect((await c.call(c.supervisor, 'GET', `/api/notes/${n.id}`)).statusCode).toBe(403);
    expect((await c.call(c.helpdesk, 'GET', `/api/notes/${n.id}`)).statusCode).toBe(403);
  });
});
