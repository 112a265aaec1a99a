// CSV import routes (R14, R18, R24), on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, dump, openImportClinic, type ImportClinic } from '../../../test/import-clinic.ts';
import { expireImports } from './job.ts';
import type { ReviewView } from './schema.ts';

let c: ImportClinic;
beforeAll(async () => {
  c = await openImportClinic();
}, 60_000);
afterAll(async () => c.close());

const auditActions = async (action: string) =>
  c.rt.testDb.asAdmin(async (db) =>
    (await db.selectFrom('audit_events').select(['resource_id', 'metadata']).where('practice_id', '=', c.p.practiceId).where('action', '=', action).execute()).map((r) => ({
      id: r.resource_id as string | null,
      metadata: (typeof r.metadata === 'string' ? (JSON.parse(r.metadata) as unknown) : r.metadata) as Record<string, unknown>,
    })),
  );

const SESSIONS_CSV = [
  'Client ID,Client Name,Start,Minutes,Code,Modality,POS,Status',
  'EXT-7001,Quilla Zephyrine Testwood,2026-03-02 09:00,53,90837,in person,11,Show',
  'EXT-7002,Bram Oakhollow,03/03/2026 2:30 PM,45,90834,video,10,No Show',
  'EXT-7001,Quilla Zephyrine Testwood,2026-03-09T09:00:00-05:00,53,90837,in_person,11,',
].join('\r\n');
const SESSIONS_MAP = { clientRef: 0, name: 1, startsAt: 2, durationMinutes: 3, serviceCode: 4, modality: 5, placeOfService: 6, attendance: 7 };

describe('CSV import', () => {
  it('R14 R18 stages a sessions file sealed, names as initials, rows linked by the file’s client id, and commits it in one go', async () => {
    const before = { clients: await count(c, 'clients'), sessions: await count(c, 'therapy_sessions') };
    const res = await c.upload(c.pr, 'sessions', SESSIONS_CSV, SESSIONS_MAP, { timeZone: 'America/New_York' });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ReviewView>();
    expect(view.counts).toEqual({ rows: 3, staged: 3, errors: 0, clients: 2 });
    expect(view.clients.map((x) => x.label)).toEqual(['Q.Z.T.', 'B.O.']);
    expect(view.sessions.map((s) => s.clientLabel)).toEqual(['Q.Z.T.', 'B.O.', 'Q.Z.T.']);
    // Wall-clock times in the chosen zone; an ISO time with an offset as written.
    expect(view.sessions.map((s) => s.startsAt)).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-03T19:30:00.000Z', '2026-03-09T14:00:00.000Z']);
    expect(view.sessions.map((s) => s.attendance)).toEqual(['attended', 'no_show', 'attended']);
    // Staged sealed: neither the name nor the file's client id is readable in the database.
    const staged = await dump(c, ['imports', 'import_chunks']);
    expect(staged).not.toMatch(/Quilla|Testwood|Oakhollow|EXT-700|Q\.Z\.T\./);
    const confirmed = await c.call(c.pr, 'POST', `/api/imports/${view.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ clients: 2, sessions: 3, measures: 0, safetyFlags: 0 });
    expect(await count(c, 'clients')).toBe(before.clients + 2);
    expect(await count(c, 'therapy_sessions')).toBe(before.sessions + 3);
    // Linked: the two sessions of EXT-7001 belong to one client.
    const rows = await c.rt.testDb.asAdmin((db) =>
      db.selectFrom('therapy_sessions as s').innerJoin('clients as k', 'k.id', 's.client_id').select(['k.label', 's.client_id']).where('s.practice_id', '=', c.p.practiceId).where('k.label', 'in', ['Q.Z.T.', 'B.O.']).execute(),
    );
    expect(new Set((rows as Array<{ label: string; client_id: string }>).filter((r) => r.label === 'Q.Z.T.').map((r) => r.client_id)).size).toBe(1);
    // The file's client id is dropped at commit; the staging is gone.
    const everything = await dump(c, ['clients', 'therapy_sessions', 'audit_events', 'imports', 'import_chunks']);
    expect(everything).not.toMatch(/Quilla|Testwood|Oakhollow|EXT-700/);
    expect((await c.call(c.pr, 'GET', `/api/imports/${view.id}`)).statusCode).toBe(404);
    expect(await c.rt.testDb.asAdmin((db) => db.selectFrom('import_chunks').select('id').where('import_id', '=', view.id).execute())).toEqual([]);
    // R24: started and completed, counts only.
    expect((await auditActions('import.started')).find((a) => a.id === view.id)?.metadata).toEqual({ kind: 'sessions', rows: 3, staged: 3, errors: 0, clients: 2 });
    expect((await auditActions('import.completed')).find((a) => a.id === view.id)?.metadata).toEqual({ kind: 'sessions', clients: 2, sessions: 3, measures: 0, safetyFlags: 0 });
    expect(c.rt.logLines.join('\n')).not.toMatch(/Quilla|Oakhollow|EXT-700/);
  });

  it('R14 validates row by row: errors give line and column and never echo a value; valid rows are staged', async () => {
    const csv = [
      'ref;name;birth;start;minutes;code;modality;pos',
      'R-1;Ysolde Marrowfen;1984-07-19;2026-03-02 10:00;45;XQ-ZEBRA;video;10',
      'R-2;Ysolde Marrowfen-Two;1999;2026-02-30 10:00;45;90834;video;10',
      'R-3;Tobiah Fernwhistle;1990;2026-03-04 10:00;45;90834;hovercraft;10',
      '',
      'R-4;"Perpetua',
      'Lindqvist";1991;2026-03-05 10:00;45;90834;in person;11',
      'R-5;Odalys Test;1992;2026-03-06 10:00;45;90834;phone;10;unexpected-extra',
      'R-9;;;2026-03-07 10:00;45;90834;video;10',
    ].join('\n');
    const res = await c.upload(c.pr, 'sessions', csv, { clientRef: 0, name: 1, birthYear: 2, startsAt: 3, durationMinutes: 4, serviceCode: 5, modality: 6, placeOfService: 7 });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ReviewView>();
    expect(view.errors).toEqual([
      { line: 2, column: 6, field: 'serviceCode', reason: 'is not a supported psychotherapy service code' },
      { line: 3, column: 4, field: 'startsAt', reason: 'is not a valid date and time' },
      { line: 4, column: 7, field: 'modality', reason: 'is not a known modality' },
      { line: 8, column: null, field: null, reason: 'has 9 cells but the header has 8' },
      { line: 9, column: 1, field: 'clientRef', reason: 'no row of this file gives a name or pseudonym for this client id' },
    ]);
    // A quoted line break keeps the record on the line it starts on (6); it is valid.
    expect(view.sessions.map((s) => s.line)).toEqual([6]);
    expect(view.clients).toMatchObject([{ label: 'P.L.', birthYear: 1991 }]);
    expect(view.counts).toEqual({ rows: 6, staged: 1, errors: 5, clients: 1 });
    expect(res.body).not.toMatch(/XQ-ZEBRA|hovercraft|2026-02-30|unexpected-extra|Marrowfen|Fernwhistle/);
  });

  it('R14 refuses a malformed CSV naming the line, and writes nothing', async () => {
    const before = await count(c, 'imports');
    const csv = 'clientRef,name\nA-1,Test One\nA-2,"Test Two\nA-3,Test Three\n';
    const res = await c.upload(c.pr, 'clients', csv, { clientRef: 0, name: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'import_malformed', message: 'file: line 3: a quoted cell that starts here is never closed' });
    const res2 = await c.upload(c.pr, 'clients', 'clientRef,name\nA-1,"Test" One\n', { clientRef: 0, name: 1 });
    expect(res2.json<{ error: { message: string } }>().error.message).toBe('file: line 2: a closing quote is followed by other characters in the same cell');
    expect(res2.body).not.toContain('One');
    expect(await count(c, 'imports')).toBe(before);
  });

  it('R14 reads UTF-8 with or without BOM and UTF-16 LE/BE with BOM, and refuses other encodings naming the line', async () => {
    const text = 'name,pronouns\nZoë Ångström,she/her\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le);
    utf16be.swap16();
    const variants: Array<[string, Buffer]> = [
      ['utf-8', Buffer.from(text)],
      ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['utf-16le', utf16le],
      ['utf-16be', utf16be],
    ];
    for (const [encoding, bytes] of variants) {
      const inspect = await c.app.inject({ method: 'POST', url: '/api/imports/inspect?kind=clients', headers: { ...c.pr.headers, 'content-type': 'text/csv' }, payload: bytes });
      expect(inspect.json<{ encoding: string; columns: unknown[] }>(), encoding).toMatchObject({ encoding, columns: [{ index: 0, header: 'name' }, { index: 1, header: 'pronouns' }] });
      const res = await c.upload(c.pr, 'clients', bytes, { name: 0, pronouns: 1 });
      expect(res.statusCode, encoding).toBe(201);
      const v = res.json<ReviewView>();
      expect(v.clients, encoding).toMatchObject([{ label: 'Z.Å.', pronouns: 'she/her' }]);
      await c.call(c.pr, 'DELETE', `/api/imports/${v.id}`);
    }
    const before = await count(c, 'imports');
    // Windows-1252 "é" on line 3: not UTF-8.
    const latin1 = Buffer.concat([Buffer.from('name,pronouns\nTest One,they\nRen'), Buffer.from([0xe9]), Buffer.from(' Two,he\n')]);
    const bad = await c.upload(c.pr, 'clients', latin1, { name: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'import_encoding' });
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/^file: line 3: is not valid UTF-8/);
    // UTF-16 without its byte-order mark.
    const noBom = await c.upload(c.pr, 'clients', Buffer.from(text, 'utf16le'), { name: 0 });
    expect(noBom.statusCode).toBe(400);
    expect(noBom.json<{ error: { message: string } }>().error.message).toMatch(/^file: line 1: holds a NUL character/);
    expect(await count(c, 'imports')).toBe(before);
  });

  it('R14 stores a formula-looking cell as text', async () => {
    const csv = 'name,pronouns\nTest Formula,"=HYPERLINK(""http://example.test"",""x"")"\n';
    const res = await c.upload(c.pr, 'clients', csv, { name: 0, pronouns: 1 });
    const v = res.json<ReviewView>();
    expect(v.clients[0]?.pronouns).toBe('=HYPERLINK("http://example.test","x")');
    expect((await c.call(c.pr, 'POST', `/api/imports/${v.id}/confirm`)).statusCode).toBe(200);
    const row = await c.rt.testDb.asAdmin((db) => db.selectFrom('clients').select('pronouns').where('practice_id', '=', c.p.practiceId).where('label', '=', 'T.F.').executeTakeFirst());
    expect(row?.pronouns).toBe('=HYPERLINK("http://example.test","x")');
  });

  it('R14 R05 imports measures with their scores and raises the safety flag on a PHQ-9 item 9 answer', async () => {
    const csv = [
      'id,pseudonym,measure,date,answers',
      'M-1,Kestrel,PHQ-9,2026-03-01,1 1 1 1 1 1 1 1 2',
      'M-1,Kestrel,GAD-7,2026-03-01,0;1;0;1;0;1;0',
      'M-2,Heron,PHQ-9,2026-03-01,0 0 0',
      'M-2,Heron,PCL-5,2026-05-01,' + Array(20).fill('1').join(' '),
    ].join('\n');
    const res = await c.upload(c.pr, 'measures', csv, { clientRef: 0, pseudonym: 1, instrument: 2, administeredAt: 3, items: 4 });
    const v = res.json<ReviewView>();
    expect(v.errors).toEqual([
      { line: 4, column: 5, field: 'items', reason: 'must hold 9 answers for PHQ-9 (Patient Health Questionnaire-9)' },
      { line: 5, column: 4, field: 'administeredAt', reason: 'cannot be in the future' },
    ]);
    expect(v.measures.map((m) => [m.instrument, m.total, m.severity])).toEqual([['phq9', 10, 'moderate'], ['gad7', 3, 'minimal']]);
    expect(v.clients.map((x) => [x.label, x.labelKind])).toEqual([['Kestrel', 'pseudonym']]);
    expect((await c.call(c.pr, 'POST', `/api/imports/${v.id}/confirm`)).json()).toEqual({ clients: 1, sessions: 0, measures: 2, safetyFlags: 1 });
    const k = await c.rt.testDb.asAdmin((db) => db.selectFrom('clients').select(['safety_flag']).where('practice_id', '=', c.p.practiceId).where('label', '=', 'Kestrel').executeTakeFirst());
    expect(k?.safety_flag).toBe(true);
  });

  it('R14 cancelling midway deletes the staging and commits nothing', async () => {
    const before = { clients: await count(c, 'clients'), imports: await count(c, 'imports'), chunks: await count(c, 'import_chunks') };
    const v = (await c.upload(c.pr, 'clients', 'name\nTest Cancelled\nTest Cancelled Too\n', { name: 0 })).json<ReviewView>();
    expect(await count(c, 'import_chunks')).toBe(before.chunks + 1);
    expect((await c.call(c.pr, 'GET', `/api/imports/${v.id}`)).json<ReviewView>().counts.staged).toBe(2);
    expect((await c.call(c.pr, 'DELETE', `/api/imports/${v.id}`)).statusCode).toBe(200);
    expect((await c.call(c.pr, 'POST', `/api/imports/${v.id}/confirm`)).statusCode).toBe(404);
    expect({ clients: await count(c, 'clients'), imports: await count(c, 'imports'), chunks: await count(c, 'import_chunks') }).toEqual(before);
    expect((await auditActions('import.cancelled')).some((a) => a.id === v.id)).toBe(true);
  });

  it('R14 staging expires after 15 minutes by the test clock: unreadable at once, deleted by the job', async () => {
    const v = (await c.upload(c.pr, 'clients', 'name\nTest Expiring\n', { name: 0 })).json<ReviewView>();
    const start = c.clock.now().getTime();
    expect(new Date(v.expiresAt).getTime()).toBe(start + 15 * 60_000);
    c.clock.advance(15 * 60_000 - 1);
    const s = await c.fresh();
    expect((await c.call(s, 'GET', `/api/imports/${v.id}`)).statusCode).toBe(200);
    expect(await expireImports(c.rt)).toBe(0);
    c.clock.advance(1);
    expect((await c.call(s, 'GET', `/api/imports/${v.id}`)).statusCode).toBe(404);
    expect((await c.call(s, 'POST', `/api/imports/${v.id}/confirm`)).statusCode).toBe(404);
    expect(await expireImports(c.rt)).toBeGreaterThanOrEqual(1);
    expect(await c.rt.testDb.asAdmin((db) => db.selectFrom('imports').select('id').where('id', '=', v.id).execute())).toEqual([]);
    expect(await c.rt.testDb.asAdmin((db) => db.selectFrom('import_chunks').select('id').where('import_id', '=', v.id).execute())).toEqual([]);
    expect((await auditActions('import.expired')).find((a) => a.id === v.id)?.metadata).toEqual({ kind: 'clients', staged: 1 });
    await c.refresh();
  });

  it('R14 a commit that fails halfway leaves nothing half-written and the staging in place', async () => {
    const before = { clients: await count(c, 'clients'), sessions: await count(c, 'therapy_sessions') };
    const csv = ['ref,name,start,min,code,mod,pos', 'H-1,Test Half,2026-03-02 09:00,53,90837,video,10', 'H-1,Test Half,2026-03-03 09:00,597,90853,video,10'].join('\n');
    const v = (await c.upload(c.pr, 'sessions', csv, { clientRef: 0, name: 1, startsAt: 2, durationMinutes: 3, serviceCode: 4, modality: 5, placeOfService: 6 })).json<ReviewView>();
    expect(v.counts.staged).toBe(2);
    // The database refuses the second session after the client and the first session are in.
    await c.rt.testDb.asAdmin(async (db) => {
      await sql`CREATE FUNCTION public.test_refuse_597() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.duration_minutes = 597 THEN RAISE EXCEPTION 'refused by test' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$`.execute(db);
      await sql`CREATE TRIGGER test_refuse_597 BEFORE INSERT ON therapy_sessions FOR EACH ROW EXECUTE FUNCTION public.test_refuse_597()`.execute(db);
    });
    try {
      const res = await c.call(c.pr, 'POST', `/api/imports/${v.id}/confirm`);
      expect(res.statusCode).toBe(400);
    } finally {
      await c.rt.testDb.asAdmin(async (db) => {
        await sql`DROP TRIGGER test_refuse_597 ON therapy_sessions`.execute(db);
        await sql`DROP FUNCTION public.test_refuse_597()`.execute(db);
      });
    }
    expect({ clients: await count(c, 'clients'), sessions: await count(c, 'therapy_sessions') }).toEqual(before);
    expect((await auditActions('import.completed')).some((a) => a.id === v.id)).toBe(false);
    // Still staged: the practitioner may try again or cancel.
    expect((await c.call(c.pr, 'GET', `/api/imports/${v.id}`)).statusCode).toBe(200);
    expect((await c.call(c.pr, 'POST', `/api/imports/${v.id}/confirm`)).json()).toEqual({ clients: 1, sessions: 2, measures: 0, safetyFlags: 0 });
  });

  it('R14 R40 an import is its uploader’s alone: other practitioners and practices get 404', async () => {
    const v = (await c.upload(c.pr, 'clients', 'name\nTest Private\n', { name: 0 })).json<ReviewView>();
    for (const s of [c.other, c.foreign]) {
      expect((await c.call(s, 'GET', `/api/imports/${v.id}`)).statusCode).toBe(404);
      expect((await c.call(s, 'POST', `/api/imports/${v.id}/confirm`)).statusCode).toBe(404);
      expect((await c.call(s, 'DELETE', `/api/imports/${v.id}`)).statusCode).toBe(404);
    }
    expect((await c.call(c.pr, 'GET', `/api/imports/${v.id}`)).statusCode).toBe(200);
  });

  it('R14 refuses an incomplete mapping and an unknown time zone with the field and reason', async () => {
    const r1 = await c.upload(c.pr, 'sessions', SESSIONS_CSV, { clientRef: 0, name: 1 });
    expect(r1.statusCode).toBe(400);
    expect(r1.json<{ error: { message: string } }>().error.message).toMatch(/^query\.mapping: a sessions import needs a start date and time/);
    const r2 = await c.upload(c.pr, 'sessions', SESSIONS_CSV, { ...SESSIONS_MAP, pronouns: 1 });
    expect(r2.json<{ error: { message: string } }>().error.message).toBe('query.mapping: column 2 is mapped to both name and pronouns');
    const r3 = await c.upload(c.pr, 'sessions', SESSIONS_CSV, SESSIONS_MAP, { timeZone: 'Mars/Olympus' });
    expect(r3.json<{ error: { message: string } }>().error.message).toMatch(/^query\.timeZone: /);
    const r4 = await c.app.inject({ method: 'POST', url: `/api/imports?kind=clients&mapping=${encodeURIComponent('{"name":0}')}`, headers: c.pr.headers, payload: { name: 'x' } });
    expect(r4.statusCode).toBe(415);
  });

  it('R14 refuses an upload over the route’s own 20 MB limit with 413, though 1.5 MB (over the global 1 MiB) is accepted', async () => {
    const row = 'Test Bulk Person,they/them\n';
    const ok = 'name,pronouns\n' + row.repeat(Math.ceil((1.5 * 1024 * 1024) / row.length));
    const accepted = await c.upload(c.pr, 'clients', ok, { name: 0, pronouns: 1 });
    expect(accepted.statusCode, accepted.body.slice(0, 200)).toBe(201);
    await c.call(c.pr, 'DELETE', `/api/imports/${accepted.json<ReviewView>().id}`);
    const before = await count(c, 'imports');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
    const res = await c.upload(c.pr, 'clients', big, { name: 0 });
    expect(res.statusCode).toBe(413);
    expect(await count(c, 'imports')).toBe(before);
  }, 60_000);
});

describe('CSV import and the CSV Tacet writes', () => {
  it('R14 a =HYPERLINK(…) cell imported as text comes out neutralised in the export’s CSV', async () => {
    const { registerJobs } = await import('../jobs.ts');
    const { unzip } = await import('../../../test/unzip.ts');
    const { parse } = await import('csv-parse/sync');
    registerJobs(c.rt);
    // The export reads records created up to its own instant; rows take their creation time from
    // the database's now(), so this test runs the clock at the real time.
    c.clock.set(Date.now());
    await c.refresh();
    // The second practitioner: the seeded one's records hold random bytes, which no export opens.
    const formula = '=HYPERLINK("http://a.test","open")';
    const csv = `name,pronouns\nTest Exported,"${formula.replace(/"/g, '""')}"\n`;
    const v = (await c.upload(c.other, 'clients', csv, { name: 0, pronouns: 1 })).json<ReviewView>();
    expect(v.counts.staged).toBe(1);
    expect((await c.call(c.other, 'POST', `/api/imports/${v.id}/confirm`)).statusCode).toBe(200);
    const started = await c.call(c.other, 'POST', '/api/exports', { scope: 'mine' });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json<{ id: string }>().id;
    while (await c.rt.jobs.runOnce()) {
      /* run every due job */
    }
    const dl = await c.call(c.other, 'GET', `/api/exports/${id}/download`);
    const job = await c.rt.testDb.asAdmin((a) => a.selectFrom('jobs').select(['status', 'last_error_code', 'run_at', 'attempts']).where('kind', '=', 'export.build').execute());
    expect(dl.statusCode, `${dl.body.slice(0, 200)} ${JSON.stringify(job)}`).toBe(200);
    const files = await unzip(dl.rawPayload);
    const text = files.get('csv/clients.csv')?.toString('utf8') ?? '';
    const rows = parse<{ label: string; pronouns: string }>(text, { columns: true });
    const row = rows.find((r) => r.label === 'T.E.');
    expect(row, text).toBeDefined();
    expect(row?.pronouns).toBe(`'${formula}`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  }, 60_000);
});
