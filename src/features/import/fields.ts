// Tacet's import fields, per kind of file (docs/import.md lists them for people). The mapping step
// says which column of the file holds which field; nothing is guessed from another tool's layout
// (see docs/import.md, "Presets", for why none ships).
export const KINDS = ['clients', 'sessions', 'measures'] as const;
export type ImportKind = (typeof KINDS)[number];

export const ITEM_FIELDS = Array.from({ length: 20 }, (_, i) => `item${i + 1}` as const);

const CLIENT_FIELDS = ['clientRef', 'name', 'firstName', 'lastName', 'pseudonym', 'birthYear', 'pronouns', 'status'] as const;
const SESSION_FIELDS = ['startsAt', 'date', 'time', 'durationMinutes', 'serviceCode', 'modality', 'placeOfService', 'attendance'] as const;
const MEASURE_FIELDS = ['instrument', 'administeredAt', 'items', ...ITEM_FIELDS] as const;

export type ImportField = (typeof CLIENT_FIELDS)[number] | (typeof SESSION_FIELDS)[number] | (typeof MEASURE_FIELDS)[number];

export const FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  clients: CLIENT_FIELDS,
  sessions: [...CLIENT_FIELDS, ...SESSION_FIELDS],
  measures: [...CLIENT_FIELDS, ...MEASURE_FIELDS],
};

/** Labels for the mapping screen. */
export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  clientRef: 'Client id in this file (links rows; never kept)',
  name: 'Full name (kept as initials only)',
  firstName: 'First name (kept as an initial only)',
  lastName: 'Last name (kept as an initial only)',
  pseudonym: 'Pseudonym (kept as written)',
  birthYear: 'Year or date of birth (year kept only)',
  pronouns: 'Pronouns',
  status: 'Status (active, inactive, discharged)',
  startsAt: 'Start date and time',
  date: 'Date (with a separate time column)',
  time: 'Time (with a separate date column)',
  durationMinutes: 'Duration in minutes',
  serviceCode: 'CPT service code',
  modality: 'Modality (in person, video, phone)',
  placeOfService: 'Place of service code',
  attendance: 'Attendance (attended, late cancel, no show, scheduled)',
  instrument: 'Measure (PHQ-9, GAD-7, PCL-5)',
  administeredAt: 'Date administered',
  items: 'Item answers in one cell',
  ...Object.fromEntries(ITEM_FIELDS.map((f, i) => [f, `Item ${i + 1}`])) as Record<(typeof ITEM_FIELDS)[number], string>,
};

/** Column index (0-based) of each mapped field. */
export type Mapping = Partial<Record<ImportField, number>>;

/** Checks that a mapping is complete for its kind; returns what is missing or wrong, in words. */
export function checkMapping(kind: ImportKind, mapping: Mapping, columns: number): string | undefined {
  const allowed = new Set<string>(FIELDS[kind]);
  const used = new Map<number, string>();
  for (const [field, col] of Object.entries(mapping)) {
    if (!allowed.has(field)) return `${field} is not a field of a ${kind} import`;
    if (col === undefined) continue;
    if (!Number.isInteger(col) || col < 0 || col >= columns) return `${field} points at column ${col + 1}, which the file does not have`;
    const other = used.get(col);
    if (other !== undefined) return `column ${col + 1} is mapped to both ${other} and ${field}`;
    used.set(col, field);
  }
  const has = (f: ImportField) => mapping[f] !== undefined;
  const named = has('name') || has('pseudonym') || has('firstName') || has('lastName');
  if (kind === 'clients' && !named) return 'a clients import needs a name, first/last name or pseudonym column';
  if (kind !== 'clients' && !has('clientRef')) return `a ${kind} import needs the client id column that links its rows`;
  if (kind === 'sessions') {
    if (!has('startsAt') && !(has('date') && has('time'))) return 'a sessions import needs a start date and time (or a date and a time column)';
    for (const f of ['durationMinutes', 'serviceCode', 'modality', 'placeOfService'] as const) if (!has(f)) return `a sessions import needs ${f}`;
  }
  if (kind === 'measures') {
    if (!has('instrument') || !has('administeredAt')) return 'a measures import needs instrument and administeredAt';
    if (!has('items') && !has('item1')) return 'a measures import needs the item answers (one items column, or item1, item2, …)';
  }
  return undefined;
}

/**
 * Suggested mapping: a column whose header is a Tacet field name (case, spaces and punctuation
 * aside: "Birth year" → birthYear) is mapped to it. Nothing else is guessed.
 */
export function suggestMapping(kind: ImportKind, header: readonly string[]): Mapping {
  const byKey = new Map(FIELDS[kind].map((f) => [f.toLowerCase(), f]));
  const out: Mapping = {};
  header.forEach((h, i) => {
    const f = byKey.get(h.toLowerCase().replace(/[^a-z0-9]/g, ''));
    if (f !== undefined && out[f] === undefined) out[f] = i;
  });
  return out;
}
