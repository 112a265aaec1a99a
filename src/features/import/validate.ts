// Row-by-row validation of a parsed file against the mapping (R14). Each refused cell becomes an
// error naming its line, its column number and the Tacet field, with a reason of our own: the
// value is never repeated. Names become initials here, before anything is staged (R18); the
// file's own client id only links the rows of this upload to one client and is dropped at commit.
import { clientLabel, InitialsError } from '../clients/initials.ts';
import { checkAttendanceTime, checkSessionCoding } from '../encounters/codes.ts';
import { score, SPECS, type Instrument } from '../assessments/scoring.ts';
import type { CsvRecord } from './parse.ts';
import { ITEM_FIELDS, type ImportField, type ImportKind, type Mapping } from './fields.ts';
import { ATTENDANCE, INSTRUMENT, MODALITY, readBirthYear, readDateTime, readEnum, readInt, readItems, readPlace, readServiceCode, STATUS, type Read } from './cells.ts';

export interface RowError {
  line: number;
  /** 1-based column of the file, or null for an error about the whole row. */
  column: number | null;
  field: ImportField | null;
  reason: string;
}

export interface StagedClient {
  line: number;
  ref: string | null;
  label: string;
  labelKind: 'initials' | 'pseudonym';
  birthYear: number | null;
  pronouns: string | null;
  status: 'active' | 'inactive' | 'discharged';
}

export interface StagedSession {
  line: number;
  ref: string;
  startsAt: string;
  durationMinutes: number;
  serviceCode: string;
  modality: 'in_person' | 'video' | 'phone';
  placeOfService: string;
  attendance: 'scheduled' | 'attended' | 'late_cancel' | 'no_show';
}

export interface StagedMeasure {
  line: number;
  ref: string;
  instrument: Instrument;
  items: number[];
  total: number;
  severity: string;
  safetyFlag: boolean;
  administeredAt: string;
}

export interface Validated {
  rowCount: number;
  clients: StagedClient[];
  sessions: StagedSession[];
  measures: StagedMeasure[];
  errors: RowError[];
}

export interface ValidateOptions {
  kind: ImportKind;
  mapping: Mapping;
  columns: number;
  /** For times written without an offset. */
  timeZone: string;
  now: Date;
}

/** One row's cells, read through the mapping; errors collect as the fields are read. */
class Row {
  readonly errors: RowError[] = [];
  constructor(
    private readonly rec: CsvRecord,
    private readonly mapping: Mapping,
  ) {}

  get line(): number {
    return this.rec.line;
  }

  /** The trimmed cell of a field, or undefined when the field is not mapped or the cell is empty. */
  cell(f: ImportField): string | undefined {
    const i = this.mapping[f];
    if (i === undefined) return undefined;
    const v = (this.rec.cells[i] ?? '').trim();
    return v === '' ? undefined : v;
  }

  firstMapped(fields: readonly ImportField[]): ImportField | null {
    return fields.find((f) => this.mapping[f] !== undefined) ?? null;
  }

  fail(f: ImportField | null, reason: string): undefined {
    const i = f === null ? undefined : this.mapping[f];
    this.errors.push({ line: this.rec.line, column: i === undefined ? null : i + 1, field: f, reason });
    return undefined;
  }

  read<T>(f: ImportField, reader: (cell: string) => Read<T>, required: boolean): T | undefined {
    const c = this.cell(f);
    if (c === undefined) return required ? this.fail(f, 'is empty') : undefined;
    const r = reader(c);
    return r.ok ? r.value : this.fail(f, r.reason);
  }
}

function readClient(row: Row, kind: ImportKind, now: Date): { client?: Omit<StagedClient, 'line' | 'ref'>; ref?: string } {
  const ref = row.cell('clientRef');
  if (ref !== undefined && ref.length > 100) row.fail('clientRef', 'is longer than 100 characters');
  if (kind !== 'clients' && ref === undefined) row.fail('clientRef', 'is empty');
  const pseudonym = row.cell('pseudonym');
  const full = row.cell('name') ?? ([row.cell('firstName'), row.cell('lastName')].filter((x) => x !== undefined).join(' ') || undefined);
  const birthYear = row.read('birthYear', (c) => readBirthYear(c, now), false) ?? null;
  const pronouns = row.read('pronouns', (c) => (c.length <= 40 ? { ok: true, value: c } : { ok: false, reason: 'is longer than 40 characters' }), false) ?? null;
  const status = row.read('status', (c) => readEnum(c, STATUS, 'status'), false) ?? 'active';
  if (pseudonym === undefined && full === undefined) {
    if (kind === 'clients') row.fail(row.firstMapped(['pseudonym', 'name', 'firstName', 'lastName']), 'has no name or pseudonym');
    return { ref };
  }
  try {
    const l = pseudonym !== undefined ? clientLabel(pseudonym, true) : clientLabel(full ?? '', false);
    return { ref, client: { label: l.label, labelKind: l.kind, birthYear, pronouns, status } };
  } catch (err) {
    if (!(err instanceof InitialsError)) throw err;
    if (pseudonym !== undefined) row.fail('pseudonym', 'is not an accepted pseudonym (1-40 letters, digits, spaces, dots or hyphens)');
    else row.fail(row.cell('name') !== undefined ? 'name' : 'firstName', 'must contain at least one letter');
    return { ref };
  }
}

function readSession(row: Row, ref: string, zone: string, now: Date): StagedSession | undefined {
  const startsAt =
    row.cell('startsAt') !== undefined || row.cell('date') === undefined
      ? row.read('startsAt', (c) => readDateTime(c, zone, true), true)
      : row.read('date', (c) => readDateTime(`${c} ${row.cell('time') ?? ''}`, zone, true), true);
  const durationMinutes = row.read('durationMinutes', (c) => readInt(c, 1, 600), true);
  const serviceCode = row.read('serviceCode', readServiceCode, true);
  const modality = row.read('modality', (c) => readEnum(c, MODALITY, 'modality'), true);
  const placeOfService = row.read('placeOfService', readPlace, true);
  const given = row.read('attendance', (c) => readEnum(c, ATTENDANCE, 'attendance'), false);
  if (startsAt === undefined || durationMinutes === undefined || serviceCode === undefined || modality === undefined || placeOfService === undefined || row.errors.length > 0) return undefined;
  const attendance = given ?? (startsAt.getTime() > now.getTime() ? 'scheduled' : 'attended');
  const s = { durationMinutes, serviceCode, modality, placeOfService, attendance };
  const bad = checkSessionCoding(s) ?? checkAttendanceTime(startsAt, attendance, now);
  if (bad !== undefined) return row.fail(bad.field.replace(/^body\./, '') as ImportField, bad.reason);
  return { line: row.line, ref, startsAt: startsAt.toISOString(), ...s };
}

function readMeasure(row: Row, ref: string, zone: string, now: Date): StagedMeasure | undefined {
  const instrument = row.read('instrument', (c) => readEnum(c, INSTRUMENT, 'measure (PHQ-9, GAD-7 or PCL-5)'), true);
  const at = row.read('administeredAt', (c) => readDateTime(c, zone, false), true);
  if (at !== undefined && at.getTime() > now.getTime() + 5 * 60_000) row.fail('administeredAt', 'cannot be in the future');
  if (instrument === undefined) return undefined;
  const spec = SPECS[instrument];
  let items: number[] | undefined;
  if (row.cell('items') !== undefined) items = row.read('items', readItems, true);
  else {
    items = [];
    for (const [i, f] of ITEM_FIELDS.entries()) {
      const v = row.cell(f);
      if (i < spec.items) {
        const n = row.read(f, (c) => readInt(c, 0, spec.itemMax), true);
        if (n !== undefined) items.push(n);
      } else if (v !== undefined) row.fail(f, `must be empty: ${spec.title} has ${spec.items} items`);
    }
  }
  if (items === undefined || at === undefined || row.errors.length > 0) return undefined;
  if (items.length !== spec.items) return row.fail('items', `must hold ${spec.items} answers for ${spec.title}`);
  if (items.some((v) => v > spec.itemMax)) return row.fail('items', `answers must be between 0 and ${spec.itemMax}`);
  const s = score(instrument, items);
  return { line: row.line, ref, instrument, items, total: s.total, severity: s.severity, safetyFlag: s.safetyFlag, administeredAt: at.toISOString() };
}

export function validateRows(records: readonly CsvRecord[], o: ValidateOptions): Validated {
  const out: Validated = { rowCount: 0, clients: [], sessions: [], measures: [], errors: [] };
  const byRef = new Map<string, StagedClient>();
  const pending: Array<{ row: Row; ref: string; value: StagedSession | StagedMeasure }> = [];
  for (const rec of records) {
    // A row of empty cells (a spreadsheet's trailing ",,,,") is no row.
    if (rec.cells.every((c) => c.trim() === '')) continue;
    out.rowCount++;
    const row = new Row(rec, o.mapping);
    if (rec.cells.length > o.columns && rec.cells.slice(o.columns).some((c) => c.trim() !== '')) {
      row.fail(null, `has ${rec.cells.length} cells but the header has ${o.columns}`);
      out.errors.push(...row.errors);
      continue;
    }
    const { client, ref } = readClient(row, o.kind, o.now);
    if (client !== undefined && row.errors.length === 0) {
      const known = ref === undefined ? undefined : byRef.get(ref);
      if (known === undefined) {
        const c: StagedClient = { line: rec.line, ref: ref ?? null, ...client };
        if (ref !== undefined) byRef.set(ref, c);
        out.clients.push(c);
      } else if (o.kind === 'clients') {
        row.fail('clientRef', `repeats the client id of line ${known.line}`);
      } else if (known.label !== client.label || known.labelKind !== client.labelKind || (client.birthYear !== null && known.birthYear !== null && client.birthYear !== known.birthYear)) {
        row.fail(o.mapping.pseudonym !== undefined ? 'pseudonym' : 'clientRef', `names a different client than line ${known.line} with the same client id`);
      }
    }
    if (o.kind !== 'clients' && ref !== undefined) {
      const value = o.kind === 'sessions' ? readSession(row, ref, o.timeZone, o.now) : readMeasure(row, ref, o.timeZone, o.now);
      if (value !== undefined && row.errors.length === 0) pending.push({ row, ref, value });
    }
    out.errors.push(...row.errors);
  }
  // Second pass: a session or measure needs a client that some row of this file names.
  for (const p of pending) {
    if (!byRef.has(p.ref)) {
      p.row.fail('clientRef', 'no row of this file gives a name or pseudonym for this client id');
      out.errors.push(...p.row.errors);
    } else if (o.kind === 'sessions') out.sessions.push(p.value as StagedSession);
    else out.measures.push(p.value as StagedMeasure);
  }
  // Clients of a sessions or measures file that no valid row uses are not created.
  if (o.kind !== 'clients') {
    const used = new Set(pending.filter((p) => byRef.has(p.ref)).map((p) => p.ref));
    out.clients = out.clients.filter((c) => c.ref !== null && used.has(c.ref));
  }
  out.errors.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return out;
}
