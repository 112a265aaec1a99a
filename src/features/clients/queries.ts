// Client rows: load, present, and the settings other features must honour (R42, R31).
import type { Selectable } from 'kysely';
import type { ClientsTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http/errors.ts';
import type { ClinicalAccess } from './policy.ts';
import type { Sealer } from './seal.ts';
import type { ClientDetail } from './schema.ts';

/**
 * How a client is named on every screen and document (issue 16): the label (initials or the
 * clinician's pseudonym) and the practice-wide number, so two "J.D.S." are never confused.
 */
export function displayLabel(label: string, clientNumber: number): string {
  return `${label} · ${clientNumber}`;
}

export type ClientRow = Selectable<ClientsTable>;

/** A client the caller may read (or change, with write: true); 404 otherwise, foreign or missing alike. */
export async function loadClient(trx: Tx, access: ClinicalAccess, clientId: string, mode: 'read' | 'write'): Promise<ClientRow> {
  const row = await trx.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirst();
  if (row === undefined) throw notFound('client');
  if (!(mode === 'write' ? access.canWrite(row) : access.canRead(row))) throw notFound('client');
  return row;
}

export function presentClient(row: ClientRow, s: Sealer): ClientDetail {
  return {
    id: row.id,
    label: row.label,
    labelKind: row.label_kind,
    clientNumber: row.client_number,
    displayLabel: displayLabel(row.label, row.client_number),
    status: row.status,
    safetyFlag: row.safety_flag,
    ownerId: row.owner_id,
    birthYear: row.birth_year,
    pronouns: row.pronouns,
    contactNotes: row.contact_notes_sealed === null ? null : s.open('clients', 'contact_notes', row.id, row.contact_notes_sealed),
    knownPeople: row.known_people_sealed === null ? [] : s.openJson<string[]>('clients', 'known_people', row.id, row.known_people_sealed),
    aiDisabled: row.ai_disabled,
    transcriptDeletion: { mode: row.transcript_deletion, days: row.transcript_deletion_days },
    safetyFlagAt: row.safety_flag_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * R42: whether any text of this client may be sent to an AI provider. AI features call this
 * inside their transaction before building a prompt; false when the client or row is unknown.
 */
export async function clientAllowsAi(trx: Tx, clientId: string): Promise<boolean> {
  const row = await trx.selectFrom('clients').select('ai_disabled').where('id', '=', clientId).executeTakeFirst();
  return row !== undefined && !row.ai_disabled;
}

/** R31: the client's automatic transcript deletion rule, for the transcript feature's sweeper. */
export async function transcriptDeletionRule(
  trx: Tx,
  clientId: string,
): Promise<{ mode: 'never' | 'on_sign' | 'after_days'; days: number | null } | undefined> {
  const row = await trx.selectFrom('clients').select(['transcript_deletion', 'transcript_deletion_days']).where('id', '=', clientId).executeTakeFirst();
  return row === undefined ? undefined : { mode: row.transcript_deletion, days: row.transcript_deletion_days };
}

/** The client's known people (e.g. family names), for the redaction engine. Decrypted in memory only. */
export async function knownPeopleOf(trx: Tx, s: Sealer, clientId: string): Promise<string[]> {
  const row = await trx.selectFrom('clients').select(['id', 'known_people_sealed']).where('id', '=', clientId).executeTakeFirst();
  if (row?.known_people_sealed == null) return [];
  return s.openJson<string[]>('clients', 'known_people', row.id, row.known_people_sealed);
}
