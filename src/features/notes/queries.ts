// Note storage: sealing, presenting, the content hash recorded at signing, and goal progress.
import crypto from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { NotesTable } from '../../db/schema.ts';
import { commitWith, type TenantContext, type Tx } from '../../db/tenant.ts';
import { precompiled } from '../../db/precompiled.ts';
import { isoDate } from '../../db/dates.ts';
import { auditRead } from '../../audit/audit.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { accessForRecord, type ClinicalAccess } from '../clients/policy.ts';
import type { Sealer } from '../clients/seal.ts';
import { canReadNote, canWriteNote } from './policy.ts';
import type { NoteDetail } from './schema.ts';
import { NOTE_TEMPLATES, sectionKeys, type NoteFormat } from './templates.ts';
import { namesDigest, restoreSections, type NoteNames } from './names.ts';
import { aiDigest, isContradictedRisk, presentIn, type AiRecord } from './ai-record.ts';
import { chartFactsOf, chartHeader, chartSubselect, loadChartFacts, type ChartFacts } from './chart-header.ts';

export type NoteRow = Selectable<NotesTable>;
export type Sections = Record<string, string>;

export async function loadNote(trx: Tx, access: ClinicalAccess, ctx: TenantContext, id: string, mode: 'read' | 'write'): Promise<NoteRow> {
  const row = await trx.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !(mode === 'write' ? canWriteNote(access, row) : canReadNote(access, ctx, row))) throw notFound('note');
  return row;
}

/** Refuses section keys the format does not have; a typo must not silently vanish. */
export function checkSections(format: NoteFormat, sections: Sections): void {
  const keys = sectionKeys(format);
  for (const k of Object.keys(sections)) {
    if (!keys.includes(k)) throw badRequest(`body.sections.${k}`, `is not a section of the ${format} format`);
  }
}

/** Sections in template order, empty ones included, so the stored form is canonical. */
export function canonicalSections(format: NoteFormat, sections: Sections): Sections {
  return Object.fromEntries(sectionKeys(format).map((k) => [k, sections[k] ?? '']));
}

/**
 * The hash recorded at signing (R03, R23): over everything that makes the note what it is, in a
 * fixed order, so re-computing it later proves the content was not altered after signing.
 */
export function contentHash(
  n: { id: string; client_id: string; session_id: string | null; kind: string; format: string; names_sealed: Buffer | null; ai_sealed?: Buffer | null },
  sections: Sections,
  signedBy: string,
  signedAt: Date,
): string {
  // The AI record's digest (issue 15) is appended only when there is one, so notes signed before
  // it existed keep the hash they were signed with.
  const ai = aiDigest(n.ai_sealed ?? null);
  const canonical = JSON.stringify([n.id, n.client_id, n.session_id, n.kind, n.format, Object.entries(sections), namesDigest(n.names_sealed), signedBy, signedAt.toISOString(), ...(ai === null ? [] : [ai])]);
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function addendumHash(noteId: string, noteHash: string, text: string, signedBy: string, signedAt: Date): string {
  return crypto.createHash('sha256').update(JSON.stringify([noteId, noteHash, text, signedBy, signedAt.toISOString()]), 'utf8').digest('hex');
}

export function openSections(s: Sealer, row: Pick<NoteRow, 'id' | 'sections_sealed'>): Sections {
  return s.openJson<Sections>('notes', 'sections', row.id, row.sections_sealed);
}

interface AddendumFacts {
  id: string;
  owner_id: string;
  body_sealed: Buffer;
  signed_at: Date;
  content_sha256: string;
}
interface GoalFacts {
  id: string;
  goal_id: string;
  plan_id: string;
  progress: string;
  comment_sealed: Buffer | null;
}

// Built and compiled once (precompiled.ts): the note read is the hottest query there is.
const NOTE_READ = precompiled(['userId', 'id'], (trx: Tx, p: { userId: string; id: string }) =>
  trx
    .selectFrom('notes as n')
    .selectAll('n')
    .select([
      // A grant from the author, or (issue 18) a transfer of care of the note's client: open for
      // owners (the automatic grant), or made to the reader. Mirrors clinicalAccess().
      sql<boolean>`(EXISTS (SELECT 1 FROM practitioner_grants g WHERE g.grantor_id = n.owner_id AND g.grantee_id = ${p.userId} AND g.revoked_at IS NULL)
        OR (n.owner_id <> ${p.userId} AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = n.client_id
          AND ((t.to_user_id IS NULL AND app.has_role('owner')) OR (t.to_user_id = ${p.userId} AND app.has_role('practitioner'))))))`.as('granted'),
      sql<Array<{ id: string; owner_id: string; body: string; signed_at: string; content_sha256: string }> | null>`(SELECT json_agg(json_build_object('id', a.id, 'owner_id', a.owner_id, 'body', encode(a.body_sealed, 'base64'), 'signed_at', a.signed_at, 'content_sha256', a.content_sha256) ORDER BY a.signed_at) FROM note_addenda a WHERE a.note_id = n.id)`.as('addenda_json'),
      sql<Array<{ id: string; goal_id: string; plan_id: string; progress: string; comment: string | null }> | null>`(SELECT json_agg(json_build_object('id', p.id, 'goal_id', p.goal_id, 'plan_id', p.plan_id, 'progress', p.progress, 'comment', encode(p.comment_sealed, 'base64'))) FROM note_goal_progress p WHERE p.note_id = n.id)`.as('goals_json'),
      // Issue 16: the chart header's facts (client, session, author) in the same statement.
      chartSubselect.as('chart_json'),
    ])
    .where('n.id', '=', p.id)
);

/**
 * The hot read path: the note, whether a grant covers it, its addenda and its goal progress in
 * ONE query (JSON sub-selects), instead of four round trips. Row-level security applies to every
 * sub-select as to the main query.
 *
 * With `audit`, the statement commits the transaction in the same round trip (commitWith; it
 * accepts no statement after) and the read's event (note.read) is recorded with auditRead():
 * `failure` when no readable note was found.
 */
export async function loadNoteForRead(
  trx: Tx,
  ctx: TenantContext,
  id: string,
  opts: { audit?: boolean } = {},
): Promise<{ row: NoteRow; addenda: AddendumFacts[]; goals: GoalFacts[]; chart: ChartFacts }> {
  const select = NOTE_READ.compile(trx, { userId: ctx.userId, id });
  // With its event (R24): the read is one statement, committed in the same round trip, and its
  // note.read event is group-committed before the note is handed back (auditRead).
  const r = opts.audit === true ? (await commitWith(trx, select)).rows[0] : (await trx.executeQuery(select)).rows[0];
  const readable = r !== undefined && canReadNote(accessForRecord(ctx, r.owner_id, r.granted), ctx, r);
  if (opts.audit === true) {
    // A read that finds nothing readable is on the trail too, as a failure. Metadata as the route
    // has always recorded it: the note's kind, and whether names were shown (the author's own
    // note with names).
    auditRead(trx, ctx, {
      action: 'note.read',
      resourceType: 'note',
      resourceId: id,
      outcome: readable ? 'success' : 'failure',
      ...(r !== undefined && readable ? { metadata: { kind: r.kind, names: r.names_sealed !== null && r.owner_id === ctx.userId } } : {}),
    });
  }
  // Row-level security already hid what this rule refuses (0003 mirrors it); checked again here.
  if (r === undefined || !readable) throw notFound('note');
  const { granted: _granted, addenda_json, goals_json, chart_json, ...row } = r;
  const parse = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  return {
    row,
    addenda: (parse(addenda_json) ?? []).map((a) => ({ id: a.id, owner_id: a.owner_id, body_sealed: Buffer.from(a.body, 'base64'), signed_at: new Date(a.signed_at), content_sha256: a.content_sha256 })),
    goals: (parse(goals_json) ?? []).map((g) => ({ id: g.id, goal_id: g.goal_id, plan_id: g.plan_id, progress: g.progress, comment_sealed: g.comment === null ? null : Buffer.from(g.comment, 'base64') })),
    chart: chartFactsOf(chart_json, row),
  };
}

/** `known` skips look-ups whose answer the caller already has (a draft has no addenda). */
export async function presentNote(
  trx: Tx,
  s: Sealer,
  row: NoteRow,
  known: { noAddenda?: boolean; noGoals?: boolean; names?: NoteNames | undefined; ai?: AiRecord | undefined; addenda?: AddendumFacts[]; goals?: GoalFacts[]; chart?: ChartFacts } = {},
): Promise<NoteDetail> {
  const sections = openSections(s, row);
  // R19: the author sees the names restored; everyone else sees [NAME-n] placeholders.
  const shown = restoreSections(sections, known.names);
  const [addenda, goals, facts] = await Promise.all([
    known.addenda ?? (known.noAddenda === true ? [] : trx.selectFrom('note_addenda').selectAll().where('note_id', '=', row.id).orderBy('signed_at').execute()),
    known.goals ?? (known.noGoals === true ? [] : trx.selectFrom('note_goal_progress').selectAll().where('note_id', '=', row.id).execute()),
    known.chart ?? loadChartFacts(trx, row),
  ]);
  const chart = chartHeader(facts);
  let integrity: NoteDetail['integrity'] = 'unsigned';
  if (row.status === 'signed' && row.signed_by !== null && row.signed_at !== null) {
    integrity = contentHash(row, sections, row.signed_by, row.signed_at) === row.content_sha256 ? 'verified' : 'mismatch';
  }
  return {
    ...summarizeNote(row, chart.sessionStartsAt),
    chart,
    sections: NOTE_TEMPLATES[row.format].sections.map((t) => ({ key: t.key, title: t.title, text: shown[t.key] ?? '' })),
    signedBy: row.signed_by,
    contentSha256: row.content_sha256,
    integrity,
    goals: goals.map((g) => ({ goalId: g.goal_id, planId: g.plan_id, progress: g.progress, comment: g.comment_sealed === null ? null : s.open('note_goal_progress', 'comment', g.id, g.comment_sealed) })),
    addenda: addenda.map((a) => ({ id: a.id, text: s.open('note_addenda', 'body', a.id, a.body_sealed), signedAt: a.signed_at.toISOString(), signedBy: a.owner_id, contentSha256: a.content_sha256 })),
    ai: known.ai === undefined ? null : presentAi(known.ai, shown, row.status === 'signed'),
  };
}

/** The AI record as the author's editor shows it: each sentence with whether it is still in the note. */
export function presentAi(rec: AiRecord, shown: Sections, signed: boolean): NonNullable<NoteDetail['ai']> {
  const present = presentIn(shown);
  return {
    drafts: rec.drafts,
    sentences: rec.sentences.map((x) => {
      const here = present(x.text);
      return {
        n: x.n,
        section: x.section,
        text: x.text,
        label: x.label,
        reasons: x.reasons,
        risk: x.risk,
        riskPolarity: x.riskPolarity,
        present: here,
        blocking: !signed && here && isContradictedRisk(x),
        confirmed: x.confirmed ?? null,
      };
    }),
    omittedRisks: rec.omittedRisks.map((o) => ({ category: o.category, polarity: o.polarity })),
  };
}

/**
 * `sessionStartsAt`: the start of the note's session when known (ISO), which gives the note its
 * date of service; without a session, the note's own date of service, else the day it was written.
 */
export function summarizeNote(
  row: Pick<NoteRow, 'id' | 'client_id' | 'session_id' | 'service_date' | 'kind' | 'format' | 'status' | 'signed_at' | 'cosigner_id' | 'cosigned_at' | 'created_at'>,
  sessionStartsAt: Date | string | null = null,
) {
  const starts = sessionStartsAt === null ? null : new Date(sessionStartsAt).toISOString();
  return {
    id: row.id,
    clientId: row.client_id,
    sessionId: row.session_id,
    kind: row.kind,
    format: row.format,
    status: row.status,
    signedAt: row.signed_at?.toISOString() ?? null,
    cosignerId: row.cosigner_id,
    cosignedAt: row.cosigned_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    dateOfService: starts !== null ? starts.slice(0, 10) : row.service_date !== null ? isoDate(row.service_date) : row.created_at.toISOString().slice(0, 10),
    sessionStartsAt: starts,
  };
}

/** The session must belong to the same client and be the caller's. */
export async function checkSessionOfClient(trx: Tx, sessionId: string, clientId: string, ownerId: string): Promise<void> {
  const s = await trx.selectFrom('therapy_sessions').select(['id']).where('id', '=', sessionId).where('client_id', '=', clientId).where('owner_id', '=', ownerId).executeTakeFirst();
  if (s === undefined) throw badRequest('body.sessionId', "is not one of this client's sessions");
}

/** A co-signer is another practitioner of the practice. */
export async function checkCosigner(trx: Tx, cosignerId: string, authorId: string): Promise<void> {
  if (cosignerId === authorId) throw badRequest('body.cosignerId', 'must be someone other than the author');
  const m = await trx.selectFrom('memberships').select('user_id').where('user_id', '=', cosignerId).where('role', '=', 'practitioner').where('disabled_at', 'is', null).executeTakeFirst();
  if (m === undefined) throw badRequest('body.cosignerId', 'is not a practitioner of this practice');
}

export interface GoalInput {
  goalId: string;
  progress: 'regressed' | 'no_change' | 'some_progress' | 'significant_progress' | 'achieved';
  comment?: string | undefined;
}

/**
 * R04: replaces the goal progress a draft records. Each goal must be a goal of the current
 * version of one of this client's plans.
 */
export async function replaceGoalProgress(trx: Tx, s: Sealer, ctx: TenantContext, note: { id: string; client_id: string }, goals: GoalInput[]): Promise<void> {
  const ids = [...new Set(goals.map((g) => g.goalId))];
  if (ids.length !== goals.length) throw badRequest('body.goals', 'names a goal more than once');
  const planOf = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await trx
      .selectFrom('plan_versions as v')
      .innerJoin('treatment_plans as p', (j) => j.onRef('p.id', '=', 'v.plan_id').onRef('p.current_version', '=', 'v.version'))
      .select(['p.id as plan_id', 'v.goal_ids'])
      .where('p.client_id', '=', note.client_id)
      .where(sql<boolean>`v.goal_ids && ${sql.val(ids)}::uuid[]`)
      .execute();
    for (const r of rows) for (const g of r.goal_ids) planOf.set(g, r.plan_id);
  }
  for (const [i, g] of goals.entries()) {
    if (!planOf.has(g.goalId)) throw badRequest(`body.goals.${i}.goalId`, "is not a goal of this client's current treatment plan");
  }
  await trx.deleteFrom('note_goal_progress').where('note_id', '=', note.id).execute();
  if (goals.length === 0) return;
  await trx
    .insertInto('note_goal_progress')
    .values(
      goals.map((g) => {
        const id = crypto.randomUUID();
        return {
          id,
          practice_id: ctx.practiceId,
          owner_id: ctx.userId,
          note_id: note.id,
          plan_id: planOf.get(g.goalId) ?? '',
          goal_id: g.goalId,
          progress: g.progress,
          comment_sealed: g.comment === undefined ? null : s.seal('note_goal_progress', 'comment', id, g.comment),
        };
      }),
    )
    .execute();
}

/**
 * Notes a client may receive under an access request (45 CFR 164.524): progress notes only.
 * Psychotherapy (process) notes are excluded by definition (164.524(a)(1)(i)).
 */
export async function notesForClientAccessExport(trx: Tx, clientId: string): Promise<NoteRow[]> {
  return trx.selectFrom('notes').selectAll().where('client_id', '=', clientId).where('kind', '=', 'progress').where('status', '=', 'signed').orderBy('signed_at').execute();
}
