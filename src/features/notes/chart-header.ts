// The chart header of a note (issue 16): who the note is about, which session, what was billed,
// how it was held, and who wrote it. One plain function builds the fields, so every note screen
// (web/src/screens/ChartHeader.tsx renders this shape) and the export's documents show the same
// header. It holds the client's label and number, never a name (R18).
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../db/tenant.ts';
import { isoDate } from '../../db/dates.ts';
import { displayLabel } from '../clients/queries.ts';
import { SERVICE_CODES } from '../encounters/codes.ts';

export const MODALITY_WORDS = { in_person: 'In person', video: 'Video', phone: 'Phone' } as const;

/** What the header is built from, as the database holds it. */
export interface ChartFacts {
  /** Null when the reader may not see the client row (never expected for a note they may read). */
  client: { label: string; number: number } | null;
  session: {
    startsAt: Date;
    durationMinutes: number;
    serviceCode: string;
    modality: keyof typeof MODALITY_WORDS;
    placeOfService: string;
  } | null;
  /** The note's own date of service (a note without a session), else null. */
  serviceDate: string | null;
  /** The note's creation, the last resort for its date. */
  createdAt: Date;
  clinician: { name: string; credential: string | null } | null;
}

export const chartHeaderView = z.object({
  client: z.string().nullable(),
  clientNumber: z.number().nullable(),
  /** YYYY-MM-DD: the session's day (UTC) or the note's date of service. */
  dateOfService: z.string(),
  /** The session's start; null for a note without a session. */
  sessionStartsAt: z.string().nullable(),
  serviceCode: z.string().nullable(),
  serviceTitle: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  modality: z.string().nullable(),
  placeOfService: z.string().nullable(),
  clinician: z.string().nullable(),
});
export type ChartHeader = z.infer<typeof chartHeaderView>;

/** The clinician as a chart names them: "Alex Test, LPC". */
export function clinicianLine(c: { name: string; credential: string | null }): string {
  return c.credential === null || c.credential.trim() === '' ? c.name : `${c.name}, ${c.credential}`;
}

export function chartHeader(f: ChartFacts): ChartHeader {
  const s = f.session;
  return {
    client: f.client === null ? null : displayLabel(f.client.label, f.client.number),
    clientNumber: f.client?.number ?? null,
    dateOfService: s !== null ? s.startsAt.toISOString().slice(0, 10) : (f.serviceDate ?? f.createdAt.toISOString().slice(0, 10)),
    sessionStartsAt: s?.startsAt.toISOString() ?? null,
    serviceCode: s?.serviceCode ?? null,
    serviceTitle: s === null ? null : (SERVICE_CODES.find((c) => c.code === s.serviceCode)?.title ?? null),
    durationMinutes: s?.durationMinutes ?? null,
    modality: s === null ? null : MODALITY_WORDS[s.modality],
    placeOfService: s?.placeOfService ?? null,
    clinician: f.clinician === null ? null : clinicianLine(f.clinician),
  };
}

/** The JSON a note query's sub-select returns (see chartSubselect). */
export interface ChartJson {
  label: string | null;
  number: number | null;
  name: string | null;
  credential: string | null;
  starts_at: string | null;
  duration_minutes: number | null;
  service_code: string | null;
  modality: keyof typeof MODALITY_WORDS | null;
  place_of_service: string | null;
}

/**
 * One sub-select per note row (`n` is the notes alias): the client, the session and the author,
 * each under its own row-level security (a co-signer reads them through migration 0015's policies).
 */
export const chartSubselect = sql<ChartJson | string | null>`(SELECT json_build_object(
    'label', c.label, 'number', c.client_number, 'name', u.name, 'credential', u.license_type,
    'starts_at', s.starts_at, 'duration_minutes', s.duration_minutes, 'service_code', s.service_code,
    'modality', s.modality, 'place_of_service', s.place_of_service)
  FROM (SELECT 1) one
  LEFT JOIN clients c ON c.id = n.client_id
  LEFT JOIN users u ON u.id = n.owner_id
  LEFT JOIN therapy_sessions s ON s.id = n.session_id)`;

export function chartFactsOf(
  raw: ChartJson | string | null,
  note: { service_date: Date | string | null; created_at: Date },
): ChartFacts {
  const j: ChartJson | null = typeof raw === 'string' ? (JSON.parse(raw) as ChartJson) : raw;
  return {
    client: j?.label != null && j.number != null ? { label: j.label, number: j.number } : null,
    session:
      j?.starts_at != null && j.duration_minutes != null && j.service_code != null && j.modality != null && j.place_of_service != null
        ? { startsAt: new Date(j.starts_at), durationMinutes: j.duration_minutes, serviceCode: j.service_code, modality: j.modality, placeOfService: j.place_of_service }
        : null,
    serviceDate: note.service_date === null ? null : isoDate(note.service_date),
    createdAt: note.created_at,
    clinician: j?.name != null ? { name: j.name, credential: j.credential } : null,
  };
}

/** The facts for a note (or a note about to be written) by its client, session and author. */
export async function loadChartFacts(
  trx: Tx,
  note: { client_id: string; session_id: string | null; owner_id: string; service_date: Date | string | null; created_at: Date },
): Promise<ChartFacts> {
  const r = await sql<{ chart: ChartJson | string | null }>`SELECT ${sql`(SELECT json_build_object(
      'label', c.label, 'number', c.client_number, 'name', u.name, 'credential', u.license_type,
      'starts_at', s.starts_at, 'duration_minutes', s.duration_minutes, 'service_code', s.service_code,
      'modality', s.modality, 'place_of_service', s.place_of_service)
    FROM (SELECT 1) one
    LEFT JOIN clients c ON c.id = ${note.client_id}
    LEFT JOIN users u ON u.id = ${note.owner_id}
    LEFT JOIN therapy_sessions s ON s.id = ${note.session_id})`} AS chart`.execute(trx);
  return chartFactsOf(r.rows[0]?.chart ?? null, note);
}
