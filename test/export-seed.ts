// Synthetic clinical records for export tests and the export benchmark: one practice, one
// practitioner, `clients` clients with a session and `notes` signed notes spread over them,
// sealed exactly as the application seals them. Synthetic identities only.
import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { NotesTable } from '../src/db/schema.ts';
import type { Runtime } from '../src/platform/runtime.ts';
import { systemContext, withTenant, type TenantContext } from '../src/db/tenant.ts';
import { practiceSealer } from '../src/features/clients/seal.ts';
import { contentHash, canonicalSections } from '../src/features/notes/queries.ts';
import { enqueueJob } from '../src/platform/jobs/queries.ts';
import { EXPORT_BUILD } from '../src/features/export/job.ts';

export interface SeededExport {
  practiceId: string;
  userId: string;
  ctx: TenantContext;
  noteIds: string[];
}

export async function seedExportData(rt: Runtime, opts: { clients: number; notes: number }): Promise<SeededExport> {
  const practiceId = crypto.randomUUID();
  const userId = crypto.randomUUID();
  await withTenant(rt.db, systemContext(practiceId), async (trx) => {
    await trx.insertInto('practices').values({ id: practiceId, name: 'Synthetic Export Practice' }).execute();
    await trx.insertInto('users').values({ id: userId, email: `export.${userId.slice(0, 8)}@example.test`, name: 'Dr Synthetic Bench', license_type: 'PhD' }).execute();
    await trx.insertInto('memberships').values({ practice_id: practiceId, user_id: userId, role: 'practitioner' }).execute();
  });
  const ctx: TenantContext = { practiceId, userId, roles: ['practitioner'] };
  const s = await practiceSealer(rt, ctx);
  const clientIds: string[] = [];
  const sessionOf = new Map<string, string>();
  await withTenant(rt.db, ctx, async (trx) => {
    for (let i = 0; i < opts.clients; i++) {
      const id = crypto.randomUUID();
      const sid = crypto.randomUUID();
      clientIds.push(id);
      sessionOf.set(id, sid);
      await trx.insertInto('clients').values({ id, practice_id: practiceId, owner_id: userId, label: `S.${String.fromCharCode(65 + (i % 26))}.`, label_kind: 'initials', birth_year: 1980 + (i % 30), pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null }).execute();
      await trx.insertInto('therapy_sessions').values({ id: sid, practice_id: practiceId, owner_id: userId, client_id: id, starts_at: new Date(Date.UTC(2026, 0, 5 + (i % 20), 15)), duration_minutes: 53, service_code: '90837', modality: 'video', place_of_service: '10', attendance: 'attended' }).execute();
    }
  });
  const noteIds: string[] = [];
  const BATCH = 500;
  for (let start = 0; start < opts.notes; start += BATCH) {
    const rows: Insertable<NotesTable>[] = [];
    for (let i = start; i < Math.min(opts.notes, start + BATCH); i++) {
      const id = crypto.randomUUID();
      const clientId = clientIds[i % clientIds.length] ?? '';
      const sessionId = sessionOf.get(clientId) ?? null;
      const sections = canonicalSections('soap', {
        subjective: `Synthetic note ${i}: client reports steadier sleep and fewer intrusive worries this week.`,
        objective: 'Alert, engaged, affect congruent; no safety concerns voiced.',
        assessment: 'Gradual improvement consistent with treatment goals.',
        plan: 'Continue weekly CBT; practise paced breathing daily.',
      });
      const signedAt = new Date(Date.UTC(2026, 0, 5, 16) + i * 60_000);
      const base = { id, client_id: clientId, session_id: sessionId, kind: 'progress', format: 'soap', names_sealed: null };
      rows.push({
        ...base,
        kind: 'progress' as const,
        format: 'soap' as const,
        practice_id: practiceId,
        owner_id: userId,
        sections_sealed: s.sealJson('notes', 'sections', id, sections),
        status: 'signed' as const,
        signed_at: signedAt,
        signed_by: userId,
        signed_ip: '127.0.0.1',
        content_sha256: contentHash(base, sections, userId, signedAt),
        cosigner_id: null,
        cosigned_at: null,
        cosigned_ip: null,
      });
      noteIds.push(id);
    }
    await withTenant(rt.db, ctx, (trx) => trx.insertInto('notes').values(rows).execute());
  }
  return { practiceId, userId, ctx, noteIds };
}

/** Queues an export of `scope` for the seeded practitioner, as the start route does. */
export async function queueExport(rt: Runtime, ctx: TenantContext, scope: 'mine'): Promise<string> {
  const id = crypto.randomUUID();
  await withTenant(rt.db, ctx, async (trx) => {
    const now = new Date();
    const jobId = await enqueueJob(trx, ctx, now, { kind: EXPORT_BUILD, payload: { exportId: id }, singletonKey: `export:${ctx.userId}`, maxAttempts: 3 });
    if (jobId === null) throw new Error('an export is already running');
    await trx.insertInto('exports').values({ id, practice_id: ctx.practiceId, requested_by: ctx.userId, scope, job_id: jobId, created_at: now }).execute();
  });
  return id;
}
