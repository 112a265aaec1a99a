// Reads what an export holds, as the person who asked for it: every query runs in their tenant
// context, so row-level security draws the same line their own requests meet, and the scope rules
// below narrow it further (policy.ts says which scope may hold what). Large tables are read in
// pages, each page its own short transaction — on the embedded database one long transaction
// would hold the only connection for the whole export.
import type { Selectable } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import type { AssessmentsTable, ClientsTable, TherapySessionsTable } from '../../db/schema.ts';
import { withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';
import { SealerSet } from '../clients/seal.ts';
import { clinicalAccess, type ClinicalAccess } from '../clients/policy.ts';
import { openSections, type NoteRow } from '../notes/queries.ts';
import { restoreSections, type NoteNames } from '../notes/names.ts';
import { NOTE_TEMPLATES } from '../notes/templates.ts';
import { openSnapshot, type PlanRow, type PlanVersionRow } from '../plans/queries.ts';
import type { PlanSnapshot } from '../plans/schema.ts';
import { canReadNote } from '../notes/policy.ts';
import { KeyUnavailableError } from '../../crypto/envelope.ts';

export type ExportScopeKind = 'mine' | 'client' | 'practice';

export interface ExportScope {
  kind: ExportScopeKind;
  clientId: string | null;
  includeProcessNotes: boolean;
}

export type ClientRow = Selectable<ClientsTable>;
export type SessionRow = Selectable<TherapySessionsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;

export interface Clinician {
  id: string;
  name: string;
  credential: string | null;
}

export interface ExportNote {
  id: string;
  clientId: string;
  sessionId: string | null;
  ownerId: string;
  kind: 'progress' | 'process';
  format: NoteRow['format'];
  status: 'draft' | 'signed';
  sections: Array<{ key: string; title: string; text: string }>;
  namesRestored: boolean;
  signedAt: string | null;
  signedBy: string | null;
  contentSha256: string | null;
  cosignerId: string | null;
  cosignedAt: string | null;
  createdAt: string;
  addenda: Array<{ id: string; text: string; signedAt: string; signedBy: string; contentSha256: string }>;
  goals: Array<{ goalId: string; planId: string; progress: string; comment: string | null }>;
}

export interface ExportPlan {
  id: string;
  clientId: string;
  ownerId: string;
  currentVersion: number;
  versions: Array<{ version: number; status: string; reviewDate: string; createdAt: string; snapshot: PlanSnapshot }>;
}

const PAGE = 500;

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list === undefined) m.set(k, [r]);
    else list.push(r);
  }
  return m;
}

export class ExportReader {
  clients: ClientRow[] = [];
  clientIds: string[] = [];
  clinicians = new Map<string, Clinician>();
  /** Each client's key (issue 18), all fetched in one keyring round trip once the clients are known. */
  private sealers!: SealerSet;
  private names: ((noteId: string, sealed: Buffer) => NoteNames) | undefined;
  private access!: ClinicalAccess;

  constructor(
    private readonly runtime: Runtime,
    readonly ctx: TenantContext,
    readonly scope: ExportScope,
  ) {}

  private tx<T>(fn: (trx: Tx) => Promise<T>): Promise<T> {
    return withTenant(this.runtime.db, this.ctx, (trx) => fn(trx));
  }

  /** Loads the clients in scope and the clinicians who wrote for them. */
  async init(): Promise<void> {
    // R19: names inside notes open only under the author's own key; an export restores them
    // only in the requester's own notes.
    // A personal key already destroyed (the requester left the practice, issue 18) leaves the
    // placeholders in place rather than failing the export.
    const userKeys = await this.runtime.crypto.existingKeysFor('user', this.ctx.userId).catch((err: unknown) => {
      if (err instanceof KeyUnavailableError) return undefined;
      throw err;
    });
    if (userKeys !== undefined) this.names = (noteId, sealed) => JSON.parse(userKeys.decryptString({ practiceId: this.ctx.practiceId, table: 'notes', column: 'names', rowId: noteId }, sealed)) as NoteNames;
    await this.tx(async (trx) => {
      this.access = await clinicalAccess(trx, this.ctx, 'read');
      let q = trx.selectFrom('clients').selectAll().orderBy('created_at').orderBy('id');
      if (this.scope.kind === 'mine') q = q.where('owner_id', '=', this.ctx.userId);
      if (this.scope.kind === 'client') q = q.where('id', '=', this.scope.clientId ?? '').where('owner_id', '=', this.ctx.userId);
      const rows = await q.execute();
      // The practice scope holds what the owner may read: their own records if they also
      // practise, and those of practitioners who granted them access (R41).
      this.clients = rows.filter((c) => this.access.canRead(c));
      this.clientIds = this.clients.map((c) => c.id);
      const people = await trx
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name', 'u.license_type'])
        .where('m.practice_id', '=', this.ctx.practiceId)
        .execute();
      for (const p of people) this.clinicians.set(p.id, { id: p.id, name: p.name, credential: p.license_type });
    });
    this.sealers = await new SealerSet(this.runtime, this.ctx).load(this.clientIds);
  }

  clinician(id: string | null): Clinician | undefined {
    return id === null ? undefined : this.clinicians.get(id);
  }

  /** Counts for progress and the manifest. */
  async counts(): Promise<{ clients: number; sessions: number; notes: number; signedNotes: number; assessments: number; plans: number }> {
    if (this.clientIds.length === 0) return { clients: 0, sessions: 0, notes: 0, signedNotes: 0, assessments: 0, plans: 0 };
    return this.tx(async (trx) => {
      const ids = this.clientIds;
      const one = async (table: 'therapy_sessions' | 'assessments' | 'treatment_plans') =>
        Number((await trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', 'in', ids).executeTakeFirstOrThrow()).n);
      let nq = trx.selectFrom('notes').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('signed_at').as('signed')]).where('client_id', 'in', ids);
      nq = this.noteFilter(nq);
      const n = await nq.executeTakeFirstOrThrow();
      return { clients: ids.length, sessions: await one('therapy_sessions'), notes: Number(n.n), signedNotes: Number(n.signed), assessments: await one('assessments'), plans: await one('treatment_plans') };
    });
  }

  /** The scope's rule for notes, on top of row-level security. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- applied to several query shapes of the notes table
  private noteFilter<Q extends { where: (...a: any[]) => Q }>(q: Q): Q {
    switch (this.scope.kind) {
      case 'mine':
        return q.where('owner_id', '=', this.ctx.userId);
      case 'client':
        // 45 CFR 164.524: signed records; process notes only when their author includes them.
        q = q.where('owner_id', '=', this.ctx.userId).where('status', '=', 'signed');
        return this.scope.includeProcessNotes ? q : q.where('kind', '=', 'progress');
      case 'practice':
        return q.where('status', '=', 'signed');
    }
  }

  /** Notes in pages, opened, with names restored in the requester's own notes. */
  async *notes(opts: { signedOnly?: boolean } = {}): AsyncGenerator<ExportNote> {
    if (this.clientIds.length === 0) return;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.tx(async (trx) => {
        let q = trx.selectFrom('notes').selectAll().where('client_id', 'in', this.clientIds).where('id', '>', after).orderBy('id').limit(PAGE);
        q = this.noteFilter(q);
        if (opts.signedOnly === true) q = q.where('status', '=', 'signed');
        const raw = await q.execute();
        const rows = raw.filter((n) => canReadNote(this.access, this.ctx, n));
        const ids = rows.map((r) => r.id);
        const [addenda, goals] = ids.length === 0 ? [[], []] : await Promise.all([
          trx.selectFrom('note_addenda').selectAll().where('note_id', 'in', ids).orderBy('signed_at').execute(),
          trx.selectFrom('note_goal_progress').selectAll().where('note_id', 'in', ids).execute(),
        ]);
        return { rows, addenda, goals, count: raw.length, lastId: raw.at(-1)?.id };
      });
      const addendaOf = groupBy(page.addenda, (a) => a.note_id);
      const goalsOf = groupBy(page.goals, (g) => g.note_id);
      for (const row of page.rows) yield this.presentNote(row, addendaOf.get(row.id) ?? [], goalsOf.get(row.id) ?? []);
      if (page.lastId === undefined || page.count < PAGE) return;
      after = page.lastId;
    }
  }

  private presentNote(
    row: NoteRow,
    addenda: Array<{ id: string; owner_id: string; body_sealed: Buffer; signed_at: Date; content_sha256: string }>,
    goals: Array<{ goal_id: string; plan_id: string; progress: string; id: string; comment_sealed: Buffer | null }>,
  ): ExportNote {
    const sealer = this.sealers.of(row.client_id);
    const sections = openSections(sealer, row);
    const own = row.owner_id === this.ctx.userId && row.names_sealed !== null && this.names !== undefined;
    const shown = own ? restoreSections(sections, this.names?.(row.id, row.names_sealed as Buffer)) : sections;
    return {
      id: row.id,
      clientId: row.client_id,
      sessionId: row.session_id,
      ownerId: row.owner_id,
      kind: row.kind,
      format: row.format,
      status: row.status,
      sections: NOTE_TEMPLATES[row.format].sections.map((t) => ({ key: t.key, title: t.title, text: shown[t.key] ?? '' })),
      namesRestored: own,
      signedAt: row.signed_at?.toISOString() ?? null,
      signedBy: row.signed_by,
      contentSha256: row.content_sha256,
      cosignerId: row.cosigner_id,
      cosignedAt: row.cosigned_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
      addenda: addenda.map((a) => ({ id: a.id, text: sealer.open('note_addenda', 'body', a.id, a.body_sealed), signedAt: a.signed_at.toISOString(), signedBy: a.owner_id, contentSha256: a.content_sha256 })),
      goals: goals.map((g) => ({ goalId: g.goal_id, planId: g.plan_id, progress: g.progress, comment: g.comment_sealed === null ? null : sealer.open('note_goal_progress', 'comment', g.id, g.comment_sealed) })),
    };
  }

  /** Keyset pages of a client-scoped table. */
  private async *paged<T extends { id: string }>(read: (trx: Tx, after: string) => Promise<T[]>): AsyncGenerator<T> {
    if (this.clientIds.length === 0) return;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.tx((trx) => read(trx, after));
      yield* rows;
      const last = rows.at(-1);
      if (last === undefined || rows.length < PAGE) return;
      after = last.id;
    }
  }

  sessions(): AsyncGenerator<SessionRow> {
    return this.paged((trx, after) => {
      let q = trx.selectFrom('therapy_sessions').selectAll().where('client_id', 'in', this.clientIds).where('id', '>', after).orderBy('id').limit(PAGE);
      if (this.scope.kind !== 'practice') q = q.where('owner_id', '=', this.ctx.userId);
      return q.execute();
    });
  }

  assessments(): AsyncGenerator<AssessmentRow> {
    return this.paged((trx, after) => {
      let q = trx.selectFrom('assessments').selectAll().where('client_id', 'in', this.clientIds).where('id', '>', after).orderBy('id').limit(PAGE);
      if (this.scope.kind !== 'practice') q = q.where('owner_id', '=', this.ctx.userId);
      return q.execute();
    });
  }

  /** Treatment plans with every version (a client's plans are few). */
  async plans(): Promise<ExportPlan[]> {
    if (this.clientIds.length === 0) return [];
    return this.tx(async (trx) => {
      let pq = trx.selectFrom('treatment_plans').selectAll().where('client_id', 'in', this.clientIds).orderBy('created_at');
      if (this.scope.kind !== 'practice') pq = pq.where('owner_id', '=', this.ctx.userId);
      const plans: PlanRow[] = await pq.execute();
      if (plans.length === 0) return [];
      const versions: PlanVersionRow[] = await trx.selectFrom('plan_versions').selectAll().where('plan_id', 'in', plans.map((p) => p.id)).orderBy('version').execute();
      return plans.map((p) => ({
        id: p.id,
        clientId: p.client_id,
        ownerId: p.owner_id,
        currentVersion: p.current_version,
        versions: versions
          .filter((v) => v.plan_id === p.id)
          .map((v) => ({ version: v.version, status: v.status, reviewDate: typeof v.review_date === 'string' ? v.review_date : v.review_date.toISOString().slice(0, 10), createdAt: v.created_at.toISOString(), snapshot: openSnapshot(this.sealers.of(p.client_id), v) })),
      }));
    });
  }

  /** A client as the archive's JSON shows it (contact notes opened). */
  presentClient(c: ClientRow): Record<string, unknown> {
    return {
      id: c.id,
      label: c.label,
      labelKind: c.label_kind,
      birthYear: c.birth_year,
      pronouns: c.pronouns,
      status: c.status,
      ownerId: c.owner_id,
      safetyFlag: c.safety_flag,
      contactNotes: c.contact_notes_sealed === null ? null : this.sealers.of(c.id).open('clients', 'contact_notes', c.id, c.contact_notes_sealed),
      transcriptDeletion: c.transcript_deletion,
      createdAt: c.created_at.toISOString(),
    };
  }
}
