// Writes one export archive into a ZipWriter, entry after entry, from the reader's pages:
//   README.txt, manifest.json                 what the archive is, its scope and counts
//   records/*.json                             every record as JSON (clients, sessions, notes, plans, measures)
//   fhir/bundle.json                           FHIR R4 Bundle (fhir.ts)
//   csv/clients.csv, sessions.csv, measures.csv
//   pdf/<client label>/<date>-<note id>.pdf    one per signed note (pdf.ts)
//   admin/*.json                               practice scope: members, settings, BAA, subprocessors,
//                                              audit trail and its chain verification
import type { Runtime } from '../../platform/runtime.ts';
import { withTenant } from '../../db/tenant.ts';
import { verifyAudit } from '../../audit/verify.ts';
import type { ExportReader, SessionRow } from './collect.ts';
import { csvStream } from './csv.ts';
import { BUNDLE_HEAD, composition, encounter, entry, measureResources, patient, planResources, practitioner, provenance, type Resource } from './fhir.ts';
import { notePdf } from './pdf.ts';
import { jsonArrayStream, type ZipWriter } from './zip.ts';

export interface ArchiveCounts {
  clients: number;
  sessions: number;
  notes: number;
  pdfs: number;
  plans: number;
  assessments: number;
  auditEvents: number;
}

export type ProgressFn = (done: number, total: number) => Promise<void>;

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'client';

export async function writeArchive(runtime: Runtime, reader: ExportReader, zip: ZipWriter, at: Date, progress: ProgressFn, opts: { pdfs?: boolean } = {}): Promise<ArchiveCounts> {
  const c = await reader.counts();
  // Units of work: each note is read three times (JSON, FHIR, PDF when signed), each session and
  // measure twice (JSON+FHIR, CSV).
  const total = c.notes * 2 + (opts.pdfs === false ? 0 : c.signedNotes) + c.sessions * 3 + c.assessments * 3 + c.clients + c.plans + 1;
  let done = 0;
  let reported = 0;
  const tick = async (n = 1): Promise<void> => {
    done += n;
    if (done - reported >= 200 || done === total) {
      reported = done;
      await progress(Math.min(done, total), total);
    }
  };
  const counts: ArchiveCounts = { clients: c.clients, sessions: 0, notes: 0, pdfs: 0, plans: 0, assessments: 0, auditEvents: 0 };
  const labelOf = new Map(reader.clients.map((x) => [x.id, x.label]));
  await progress(0, total);

  await zip.addBuffer('README.txt', readme(reader, at));
  await zip.addBuffer('records/clients.json', `${JSON.stringify(reader.clients.map((x) => reader.presentClient(x)), null, 1)}\n`);
  await zip.add('records/sessions.json', () => jsonArrayStream(counted(reader.sessions(), () => { counts.sessions++; return tick(); }, presentSession)));
  await zip.add('records/notes.json', () => jsonArrayStream(counted(reader.notes(), () => { counts.notes++; return tick(); })));
  const plans = await reader.plans();
  counts.plans = plans.length;
  await zip.addBuffer('records/plans.json', `${JSON.stringify(plans, null, 1)}\n`);
  await zip.add('records/assessments.json', () => jsonArrayStream(counted(reader.assessments(), () => { counts.assessments++; return tick(); }, presentAssessment)));

  // FHIR: one Bundle, streamed resource by resource.
  await zip.add('fhir/bundle.json', () =>
    jsonArrayStream(
      (async function* (): AsyncGenerator<ReturnType<typeof entry>> {
        const authors = new Set<string>();
        for (const cl of reader.clients) {
          authors.add(cl.owner_id);
          yield entry(patient(cl));
        }
        for (const p of plans) for (const r of planResources(p)) yield entry(r);
        for await (const s of reader.sessions()) {
          await tick();
          yield entry(encounter(s));
        }
        for await (const n of reader.notes()) {
          await tick();
          authors.add(n.ownerId);
          if (n.cosignerId !== null) authors.add(n.cosignerId);
          yield entry(composition(n));
          const prov = provenance(n);
          if (prov !== undefined) yield entry(prov);
        }
        for await (const a of reader.assessments()) {
          await tick();
          for (const r of measureResources(a)) yield entry(r);
        }
        for (const id of authors) {
          const p = reader.clinician(id);
          const r: Resource = p !== undefined ? practitioner(p) : { resourceType: 'Practitioner', id };
          yield entry(r);
        }
      })(),
      BUNDLE_HEAD(`export-${at.getTime()}`, at),
      ']}',
    ),
  );

  await zip.add('csv/clients.csv', () =>
    csvStream(['client_id', 'label', 'label_kind', 'birth_year', 'pronouns', 'status', 'owner_id', 'created_at'], (async function* () { yield* reader.clients; })(), (x) => {
      void tick();
      return [x.id, x.label, x.label_kind, x.birth_year, x.pronouns, x.status, x.owner_id, x.created_at.toISOString()];
    }),
  );
  await zip.add('csv/sessions.csv', () =>
    csvStream(['session_id', 'client_id', 'client_label', 'starts_at', 'duration_minutes', 'service_code', 'modality', 'place_of_service', 'attendance', 'clinician_id'], counted(reader.sessions(), () => tick()), (s) => [
      s.id, s.client_id, labelOf.get(s.client_id) ?? '', s.starts_at.toISOString(), s.duration_minutes, s.service_code, s.modality, s.place_of_service, s.attendance, s.owner_id,
    ]),
  );
  await zip.add('csv/measures.csv', () =>
    csvStream(['assessment_id', 'client_id', 'client_label', 'instrument', 'administered_at', 'total', 'severity', 'items', 'session_id'], counted(reader.assessments(), () => tick()), (a) => [
      a.id, a.client_id, labelOf.get(a.client_id) ?? '', a.instrument, a.administered_at.toISOString(), a.total, a.severity, a.items.join(' '), a.session_id,
    ]),
  );

  if (opts.pdfs !== false) {
    // Sessions of signed notes, for the chart header: looked up page by page as the notes come.
    for await (const n of reader.notes({ signedOnly: true })) {
      const session = n.sessionId !== null ? await sessionOf(runtime, reader, n.sessionId) : undefined;
      const pdf = await notePdf({ note: n, clientLabel: labelOf.get(n.clientId) ?? n.clientId, session, clinician: reader.clinician(n.ownerId), cosigner: reader.clinician(n.cosignerId) });
      const date = (session?.starts_at ?? new Date(n.signedAt ?? n.createdAt)).toISOString().slice(0, 10);
      await zip.addBuffer(`pdf/${safeName(labelOf.get(n.clientId) ?? 'client')}-${n.clientId.slice(0, 8)}/${date}-${n.id}.pdf`, pdf, { compress: false });
      counts.pdfs++;
      await tick();
    }
  }

  if (reader.scope.kind === 'practice') counts.auditEvents = await writeAdmin(runtime, reader, zip);
  await zip.addBuffer('manifest.json', `${JSON.stringify({ format: 'tacet-export/1', generatedAt: at.toISOString(), scope: reader.scope, practiceId: reader.ctx.practiceId, requestedBy: reader.ctx.userId, counts }, null, 1)}\n`);
  await tick();
  await progress(total, total);
  return counts;
}

async function* counted<T, U = T>(src: AsyncIterable<T>, each: () => Promise<void>, map?: (x: T) => U): AsyncGenerator<U> {
  for await (const x of src) {
    await each();
    yield map !== undefined ? map(x) : (x as unknown as U);
  }
}

function presentSession(s: SessionRow) {
  return { id: s.id, clientId: s.client_id, ownerId: s.owner_id, startsAt: s.starts_at.toISOString(), durationMinutes: s.duration_minutes, serviceCode: s.service_code, modality: s.modality, placeOfService: s.place_of_service, attendance: s.attendance };
}

function presentAssessment(a: { id: string; client_id: string; owner_id: string; session_id: string | null; instrument: string; items: number[]; total: number; severity: string; administered_at: Date }) {
  return { id: a.id, clientId: a.client_id, ownerId: a.owner_id, sessionId: a.session_id, instrument: a.instrument, items: a.items, total: a.total, severity: a.severity, administeredAt: a.administered_at.toISOString() };
}

// A small cache: notes arrive in id order, not session order, so sessions are fetched in
// batches on demand and kept only for the current batch of lookups.
const sessionCache = new WeakMap<ExportReader, Map<string, SessionRow>>();
async function sessionOf(runtime: Runtime, reader: ExportReader, id: string): Promise<SessionRow | undefined> {
  let cache = sessionCache.get(reader);
  if (cache === undefined) {
    cache = new Map();
    sessionCache.set(reader, cache);
  }
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  if (cache.size > 2000) cache.clear();
  const row = await withTenant(runtime.db, reader.ctx, (trx) => trx.selectFrom('therapy_sessions').selectAll().where('id', '=', id).executeTakeFirst());
  if (row !== undefined) cache.set(id, row);
  return row;
}

/** Practice administration (owner): members, settings, agreements, subprocessors, audit trail. */
async function writeAdmin(runtime: Runtime, reader: ExportReader, zip: ZipWriter): Promise<number> {
  const ctx = reader.ctx;
  const admin = await withTenant(runtime.db, ctx, async (trx) => {
    const members = await trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'u.email', 'm.role', 'm.created_at', 'm.disabled_at', 'u.license_type', 'u.license_number', 'u.license_state', 'u.license_expires_on'])
      .where('m.practice_id', '=', ctx.practiceId)
      .execute();
    const practice = await trx.selectFrom('practices').select(['id', 'name', 'plan', 'created_at', 'require_2fa']).where('id', '=', ctx.practiceId).executeTakeFirst();
    const settings = await trx.selectFrom('practice_settings').selectAll().where('practice_id', '=', ctx.practiceId).executeTakeFirst();
    const baa = await trx.selectFrom('baa_acceptances').selectAll().where('practice_id', '=', ctx.practiceId).execute();
    const subprocessors = await trx.selectFrom('subprocessors').selectAll().where('practice_id', '=', ctx.practiceId).execute();
    const grants = await trx.selectFrom('practitioner_grants').selectAll().where('practice_id', '=', ctx.practiceId).execute();
    const verification = await verifyAudit(trx, { practiceId: ctx.practiceId });
    return { members, practice, settings, baa, subprocessors, grants, verification };
  });
  await zip.addBuffer('admin/practice.json', `${JSON.stringify(admin.practice ?? null, null, 1)}\n`);
  await zip.addBuffer('admin/members.json', `${JSON.stringify(admin.members, null, 1)}\n`);
  await zip.addBuffer('admin/settings.json', `${JSON.stringify(admin.settings ?? null, null, 1)}\n`);
  await zip.addBuffer('admin/baa.json', `${JSON.stringify(admin.baa, null, 1)}\n`);
  await zip.addBuffer('admin/subprocessors.json', `${JSON.stringify(admin.subprocessors, null, 1)}\n`);
  await zip.addBuffer('admin/grants.json', `${JSON.stringify(admin.grants, null, 1)}\n`);
  const v = admin.verification;
  await zip.addBuffer('admin/audit-verification.json', `${JSON.stringify({ ok: v.problems.length === 0, events: v.events, problems: v.problems, heads: v.heads.map((h) => ({ ...h })) }, (_k, val: unknown) => (Buffer.isBuffer(val) ? val.toString('hex') : val), 1)}\n`);
  let n = 0;
  await zip.add('admin/audit-events.json', () =>
    jsonArrayStream(
      (async function* () {
        let after: { lane: number; seq: number } = { lane: -1, seq: 0 };
        for (;;) {
          const page = await withTenant(runtime.db, ctx, (trx) =>
            trx
              .selectFrom('audit_events')
              .select(['lane', 'seq', 'occurred_at', 'actor_id', 'actor_role', 'action', 'resource_type', 'resource_id', 'outcome', 'request_id', 'metadata'])
              .where('practice_id', '=', ctx.practiceId)
              .where((eb) => eb.or([eb('lane', '>', after.lane), eb.and([eb('lane', '=', after.lane), eb('seq', '>', after.seq)])]))
              .orderBy('lane')
              .orderBy('seq')
              .limit(2000)
              .execute(),
          );
          for (const e of page) {
            n++;
            yield { ...e, occurred_at: e.occurred_at.toISOString() };
          }
          const last = page.at(-1);
          if (last === undefined || page.length < 2000) return;
          after = { lane: last.lane, seq: last.seq };
        }
      })(),
    ),
  );
  return n;
}

function readme(reader: ExportReader, at: Date): string {
  return [
    'Tacet export',
    `Generated: ${at.toISOString()}`,
    `Scope: ${reader.scope.kind}${reader.scope.kind === 'client' ? ` (client ${reader.scope.clientId ?? ''}${reader.scope.includeProcessNotes ? ', process notes included by their author' : ', process notes excluded'})` : ''}`,
    '',
    'records/   every record as JSON',
    'fhir/      a FHIR R4 Bundle (collection) of the same records',
    'csv/       clients, sessions and measures as CSV (cells that could run as spreadsheet formulas start with an apostrophe)',
    'pdf/       one PDF per signed note, with its chart header, signature and addenda',
    ...(reader.scope.kind === 'practice' ? ['admin/     members, settings, agreements, subprocessors, audit trail and its verification'] : []),
    'manifest.json  scope and counts',
    '',
  ].join('\n');
}
