// Issue 18 (R45, R13): client keys, the re-seal of fields written under the practice key, and
// what destroying a client's or a practice's keys does to a copy of their rows.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinic, auditRows, type Clinic } from '../clients/testkit.ts';
import type { TestSession } from '../../../test/auth.ts';
import { FieldCrypto, MasterKeys, sealedKeyId } from '../../crypto/envelope.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { draftBoxOf } from '../ai/store.ts';
import { CLIENT_FIELDS, CLIENT_RESEAL, clientResealJob, runReseal, shredOrphanClientKeys, type ResealCheckpoint } from './reseal.ts';

let c: Clinic;
let x: string; // the client whose rows are copied and then shredded
let y: string; // another client of the same practice
let xNote: string;
let xPlan: string;
let xSession: string;
const TEXT = 'Synthetic session: the client practised paced breathing.';

async function ok<T = Record<string, unknown> & { id: string }>(s: TestSession, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  const res = await c.call(s, method, url, body);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

interface SealedValue {
  table: string;
  column: string;
  rowId: string;
  clientId: string;
  practiceId: string;
  value: Buffer;
}

/** Every sealed client field of a practice, read raw (as a backup or a `COPY` would hold them). */
async function rawCopy(practiceId: string): Promise<SealedValue[]> {
  return c.rt.testDb.asAdmin(async (db) => {
    const out: SealedValue[] = [];
    for (const f of CLIENT_FIELDS) {
      const r = await sql<Record<string, unknown> & { id: string; client_id: string }>`
        SELECT t.id, ${sql.raw(f.client)} AS client_id, ${sql.join(f.columns.map((col) => sql.ref(`t.${col}_sealed`)))}
        FROM ${sql.raw(f.from)} WHERE t.practice_id = ${practiceId}`.execute(db);
      for (const row of r.rows) {
        for (const col of f.columns) {
          const v = row[`${col}_sealed`];
          if (v !== null && v !== undefined) out.push({ table: f.table, column: col, rowId: row.id, clientId: row.client_id, practiceId, value: Buffer.from(v as Uint8Array) });
        }
      }
    }
    // The seeded practice's factory rows hold random bytes, not sealed fields.
    return out.filter((v) => sealedKeyId(v.value) !== undefined && v.value[0] === 1);
  });
}

/** How many sealed client fields of the practice are under its practice keys, and how many under client keys. */
async function census(practiceId: string): Promise<{ practice: number; client: number }> {
  const practiceKeys = new Set((await c.rt.crypto.store.listScope('practice', practiceId)).map((r) => r.id));
  const clientKeys = new Set((await c.rt.crypto.store.listByParent(practiceId)).map((r) => r.id));
  const copy = await rawCopy(practiceId);
  return {
    practice: copy.filter((v) => practiceKeys.has(sealedKeyId(v.value) ?? '')).length,
    client: copy.filter((v) => clientKeys.has(sealedKeyId(v.value) ?? '')).length,
  };
}

/** What the data of a practice looked like before issue 18: every client field under the practice key. */
async function makeLegacy(practiceId: string): Promise<number> {
  const practice = await c.rt.crypto.keysFor('practice', practiceId);
  const copy = await rawCopy(practiceId);
  await c.rt.testDb.asAdmin((db) =>
    db.transaction().execute(async (trx) => {
      // The superuser, with triggers off: signed notes and addenda are immutable to everyone else.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      for (const v of copy) {
        const k = await c.rt.crypto.keysForClient(practiceId, v.clientId);
        const p = { practiceId, table: v.table, column: v.column, rowId: v.rowId };
        const legacy = practice.encrypt(p, k.decrypt(p, v.value));
        await sql`UPDATE ${sql.table(v.table)} SET ${sql.ref(`${v.column}_sealed`)} = ${legacy} WHERE id = ${v.rowId}::uuid`.execute(trx);
      }
    }),
  );
  return copy.length;
}

/** A job as runReseal sees it, driven by the test. */
function fakeJob(checkpoint: unknown, onSave: (cp: ResealCheckpoint) => void = () => undefined) {
  return {
    checkpoint,
    signal: new AbortController().signal,
    saveCheckpoint: (state: unknown) => {
      onSave(state as ResealCheckpoint);
      return Promise.resolve();
    },
  };
}

async function readsBack(): Promise<void> {
  const client = await ok<{ contactNotes: string; knownPeople: string[] }>(c.pr, 'GET', `/api/clients/${x}`);
  expect(client.contactNotes).toBe('Prefers synthetic morning appointments.');
  expect(client.knownPeople).toEqual(['Quinn Testperson']);
  const note = await ok<{ sections: Array<{ text: string }>; addenda: Array<{ text: string }>; goals: Array<{ comment: string | null }>; integrity: string }>(c.pr, 'GET', `/api/notes/${xNote}`);
  expect(note.sections[0]?.text).toBe(TEXT);
  expect(note.addenda.map((a) => a.text)).toEqual(['Synthetic late entry.']);
  expect(note.goals.map((g) => g.comment)).toEqual(['Synthetic goal comment.']);
  expect(note.integrity).toBe('verified');
  const plan = await ok<{ problems: Array<{ text: string }> }>(c.pr, 'GET', `/api/plans/${xPlan}`);
  expect(plan.problems[0]?.text).toBe('Synthetic low mood');
  const transcript = await ok<{ text: string }>(c.pr, 'GET', `/api/sessions/${xSession}/transcript`);
  expect(transcript.text).toContain('paced breathing');
}

beforeAll(async () => {
  c = await openClinic();
  c.rt.jobs.register(clientResealJob(c.rt, { batchSize: 2 }));
  x = (await ok(c.pr, 'POST', '/api/clients', { name: 'Test Xenia', contactNotes: 'Prefers synthetic morning appointments.', knownPeople: ['Quinn Testperson'] })).id;
  y = (await ok(c.pr, 'POST', '/api/clients', { name: 'Test Yannick', contactNotes: 'Synthetic contact note of Y.' })).id;
  xSession = (await ok(c.pr, 'POST', `/api/clients/${x}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10' })).id;
  const plan = await ok<{ id: string; problems: Array<{ goals: Array<{ id: string }> }> }>(c.pr, 'POST', `/api/clients/${x}/plans`, {
    reviewDate: '2026-06-01',
    diagnoses: [{ code: 'F32.1', primary: true }],
    problems: [{ text: 'Synthetic low mood', diagnosisCodes: ['F32.1'], goals: [{ text: 'Synthetic goal', interventions: ['cbt'], objectives: [{ text: 'Synthetic objective', targetDate: '2026-05-01' }] }] }],
  });
  xPlan = plan.id;
  const goalId = plan.problems[0]?.goals[0]?.id ?? '';
  xNote = (await ok(c.pr, 'POST', `/api/clients/${x}/notes`, { format: 'soap', sessionId: xSession, sections: { subjective: TEXT, objective: 'Calm.', assessment: 'Stable.', plan: 'Continue.' }, goals: [{ goalId, progress: 'some_progress', comment: 'Synthetic goal comment.' }] })).id;
  await ok(c.pr, 'POST', `/api/notes/${xNote}/sign`);
  await ok(c.pr, 'POST', `/api/notes/${xNote}/addenda`, { text: 'Synthetic late entry.' });
  await ok(c.pr, 'PUT', `/api/sessions/${xSession}/transcript`, { text: 'Synthetic transcript: we practised paced breathing together.' });
  await ok(c.pr, 'POST', `/api/clients/${y}/notes`, { format: 'soap', sections: { subjective: 'Synthetic note of Y.' } });
  // An AI draft of X, as the gateway seals one (a provider is not needed for what is stored).
  const draftId = crypto.randomUUID();
  const box = draftBoxOf(await c.rt.crypto.keysForClient(c.p.practiceId, x), c.p.practiceId);
  await c.rt.testDb.asAdmin((db) =>
    db
      .insertInto('ai_drafts')
      .values({ id: draftId, practice_id: c.p.practiceId, owner_id: c.p.users.practitioner, client_id: x, session_id: null, plan_id: null, format: 'soap', source_kind: 'bullets', provider: 'local', model: 'synthetic', status: 'done', input_sealed: box.seal('input', draftId, { text: 'synthetic input' }), output_sealed: box.seal('output', draftId, { text: 'synthetic output' }), error_code: null })
      .execute(),
  );
});
afterAll(async () => c.close());

describe('client keys and the re-seal job (issue 18)', () => {
  it('R45 R13 every client field written today is sealed under its client key, none under the practice key', async () => {
    const copy = await rawCopy(c.p.practiceId);
    expect(new Set(copy.map((v) => v.table))).toEqual(new Set(CLIENT_FIELDS.map((f) => f.table)));
    expect(await census(c.p.practiceId)).toEqual({ practice: 0, client: copy.length });
    const xKey = (await c.rt.crypto.keysForClient(c.p.practiceId, x)).activeKeyId;
    for (const v of copy.filter((w) => w.clientId === x)) expect(sealedKeyId(v.value), `${v.table}.${v.column}`).toBe(xKey);
  });

  it('R45 R13 fields sealed under the practice key before client keys still read, and the job moves them all to client keys, once', async () => {
    const n = await makeLegacy(c.p.practiceId);
    expect(await census(c.p.practiceId)).toEqual({ practice: n, client: 0 });
    await readsBack();

    // The recurring job as start-up schedules it, run by the job runner.
    await c.rt.jobs.schedule(CLIENT_RESEAL, 6 * 3600);
    expect(await c.rt.jobs.runOnce()).toBe(true);
    expect(await census(c.p.practiceId)).toEqual({ practice: 0, client: n });
    await readsBack();
    const summary = (await auditRows(c, 'keys.client_reseal')).at(-1);
    expect(summary?.metadata).toEqual({ resealed: n, unreadable: 0 });

    // Idempotent: nothing left to do.
    expect(await runReseal(c.rt, fakeJob(null))).toEqual({ resealed: 0, unreadable: 0 });
  });

  it('R45 the re-seal resumes from its checkpoint after being interrupted', async () => {
    const n = await makeLegacy(c.p.practiceId);
    class Crash extends Error {}
    let saved: ResealCheckpoint | undefined;
    let saves = 0;
    const crashing = fakeJob(null, (cp) => {
      saved = cp;
      if (++saves === 3) throw new Crash('killed');
    });
    await expect(runReseal(c.rt, crashing, { batchSize: 1 })).rejects.toBeInstanceOf(Crash);
    const midway = await census(c.p.practiceId);
    expect(midway.practice).toBeGreaterThan(0);
    expect(midway.practice).toBeLessThan(n);
    expect(saved?.total).toBe(n - midway.practice);

    const progress: ResealCheckpoint[] = [];
    const rest = await runReseal(c.rt, fakeJob(saved, (cp) => progress.push(cp)), { batchSize: 1 });
    // It went on from where it stopped: counts continue, and it did the rest only.
    expect(rest.resealed).toBe(midway.practice);
    expect(progress[0]?.practice).toBe(saved?.practice);
    expect(progress[0]?.table).toBeGreaterThanOrEqual(saved?.table ?? 0);
    expect(progress[0]?.total).toBeGreaterThan(saved?.total ?? 0);
    expect(progress.at(-1)?.total).toBe(n);
    expect(await census(c.p.practiceId)).toEqual({ practice: 0, client: n });
    await readsBack();
  });

  it('R13 practice key rotation keeps client data readable', async () => {
    await c.rt.crypto.rotate('practice', c.p.practiceId);
    const later = new FieldCrypto(new MasterKeys(c.rt.masterKey), c.rt.crypto.store);
    for (const v of await rawCopy(c.p.practiceId)) {
      const k = await later.keysForClient(c.p.practiceId, v.clientId);
      expect(() => k.decrypt({ practiceId: v.practiceId, table: v.table, column: v.column, rowId: v.rowId }, v.value)).not.toThrow();
    }
    await readsBack();
  });

  it("R45 R13 the database refuses a re-seal that changes anything but a sealed value's ciphertext, and any other write to addenda", async () => {
    const addendum = await c.rt.testDb.asAdmin((db) => db.selectFrom('note_addenda').select(['id', 'body_sealed']).where('note_id', '=', xNote).executeTakeFirstOrThrow());
    const asSystem = (q: (trx: Parameters<Parameters<typeof withTenant>[2]>[0]) => Promise<unknown>, reseal = true) =>
      withTenant(c.rt.db, systemContext(c.p.practiceId), async (trx) => {
        if (reseal) await sql`SELECT set_config('app.reseal', 'on', true)`.execute(trx);
        return q(trx);
      });
    await expect(asSystem((trx) => sql`UPDATE note_addenda SET body_sealed = ${Buffer.concat([addendum.body_sealed, Buffer.from([0])])} WHERE id = ${addendum.id}::uuid`.execute(trx))).rejects.toThrow(/length/);
    await expect(asSystem((trx) => sql`UPDATE notes SET status = status, format = 'dap' WHERE id = ${xNote}::uuid`.execute(trx))).rejects.toThrow(/sealed columns only/);
    // Without the flag, addenda stay write-once even for their author.
    await expect(
      withTenant(c.rt.db, c.p.ctx('practitioner'), (trx) => sql`UPDATE note_addenda SET body_sealed = ${Buffer.from(addendum.body_sealed).reverse()} WHERE id = ${addendum.id}::uuid`.execute(trx)),
    ).rejects.toThrow(/written once/);
    // And system work without the flag reads no clinical row.
    const seen = await asSystem((trx) => trx.selectFrom('notes').select('id').execute(), false);
    expect(seen).toEqual([]);
  });

  it('R45 after destroy(client) a copy of its rows taken before cannot be opened with the master key and the keyring; another client of the practice still opens', async () => {
    const copy = await rawCopy(c.p.practiceId);
    const ofX = copy.filter((v) => v.clientId === x);
    const ofY = copy.filter((v) => v.clientId === y);
    expect(ofX.length).toBeGreaterThan(5);
    expect(ofY.length).toBeGreaterThan(0);

    expect(await c.rt.crypto.destroy('client', x)).toBeGreaterThan(0);

    // Whoever holds the backup, the master key and the keyring: a fresh process with both.
    const attacker = new FieldCrypto(new MasterKeys(c.rt.masterKey), c.rt.crypto.store);
    const practiceKeys = await attacker.keysFor('practice', c.p.practiceId);
    const xNow = await attacker.keysForClient(c.p.practiceId, x); // a new key: not the one destroyed
    let opened = 0;
    for (const v of ofX) {
      const p = { practiceId: v.practiceId, table: v.table, column: v.column, rowId: v.rowId };
      for (const k of [practiceKeys, xNow]) {
        try {
          k.decrypt(p, v.value);
          opened++;
        } catch {
          /* expected */
        }
      }
    }
    expect(opened).toBe(0);
    for (const v of ofY) {
      const k = await attacker.keysForClient(c.p.practiceId, v.clientId);
      expect(() => k.decrypt({ practiceId: v.practiceId, table: v.table, column: v.column, rowId: v.rowId }, v.value)).not.toThrow();
    }
  });

  it('R45 after destroy(practice) no client key of the practice opens a copy of its rows', async () => {
    // The other practice of the clinic: its practitioner writes a client and a note.
    const q = c.foreign;
    const qClient = (await ok(q, 'POST', '/api/clients', { name: 'Test Zora', contactNotes: 'Synthetic note of Z.' })).id;
    await ok(q, 'POST', `/api/clients/${qClient}/notes`, { format: 'soap', sections: { subjective: 'Synthetic note of Z.' } });
    const qPractice: string = await c.rt.testDb.asAdmin(async (db) => (await sql<{ p: string }>`SELECT practice_id AS p FROM clients WHERE id = ${qClient}::uuid`.execute(db)).rows[0]?.p ?? '');
    const copy = await rawCopy(qPractice);
    expect(copy.length).toBeGreaterThanOrEqual(2);
    expect((await c.rt.crypto.store.listByParent(qPractice)).length).toBe(1);

    expect(await c.rt.crypto.destroy('practice', qPractice)).toBe(2);
    expect(await c.rt.crypto.store.listByParent(qPractice)).toEqual([]);

    const attacker = new FieldCrypto(new MasterKeys(c.rt.masterKey), c.rt.crypto.store);
    for (const v of copy) {
      const k = await attacker.keysForClient(qPractice, v.clientId);
      expect(() => k.decrypt({ practiceId: v.practiceId, table: v.table, column: v.column, rowId: v.rowId }, v.value)).toThrow();
    }
    // The first practice is untouched.
    await expect(attacker.keysForClient(c.p.practiceId, y)).resolves.toBeDefined();
  });
});

describe('client keys that outlive their client', () => {
  it('R45 R33 a client key left behind by a deletion whose shredding step failed is destroyed by the daily pass; live clients keep theirs', async () => {
    const c = await openClinic();
    try {
      const mk = async (name: string) => {
        const id = (await c.call(c.pr, 'POST', '/api/clients', { name, contactNotes: 'Synthetic contact note.' })).json<{ id: string }>().id;
        await c.rt.crypto.keysForClient(c.p.practiceId, id);
        return id;
      };
      const gone = await mk('Test Orphan');
      const kept = await mk('Test Kept');
      // The deletion committed but the keyring step never ran (as after a crash between them).
      await c.rt.testDb.asAdmin((db) => sql`DELETE FROM clients WHERE id = ${gone}::uuid`.execute(db));
      expect((await c.rt.crypto.store.listScope('client', gone)).length).toBeGreaterThan(0);
      // Young keys are left alone (a client's first key exists before its row commits).
      expect(await shredOrphanClientKeys(c.rt, c.p.practiceId)).toBe(0);
      expect(await shredOrphanClientKeys(c.rt, c.p.practiceId, 0)).toBe(1);
      expect(await c.rt.crypto.store.listScope('client', gone)).toEqual([]);
      expect((await c.rt.crypto.store.listScope('client', kept)).length).toBeGreaterThan(0);
      expect((await auditRows(c, 'keys.client_shred')).at(-1)?.metadata).toEqual({ clients: 1, keys: 1 });
      expect(await shredOrphanClientKeys(c.rt, c.p.practiceId, 0)).toBe(0);
    } finally {
      await c.close();
    }
  });
});
