// Reading one cell as one of Tacet's values. Every reader returns the value or a reason; a reason
// is a fixed sentence of this file, never the cell. Formula-looking text (=HYPERLINK(…)) is just
// text here: it is stored as written and neutralised wherever Tacet writes CSV (export/csv.ts).
import { SERVICE_CODES } from '../encounters/codes.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (reason: string): Read<never> => ({ ok: false, reason });

/** Lower case, with spaces, hyphens and dots folded to underscores: "Late Cancelled" → "late_cancelled". */
export const token = (s: string): string => s.trim().toLowerCase().replace(/[\s\-./]+/g, '_');

const thisYear = (now: Date) => now.getUTCFullYear();

/**
 * A year of birth. A full date of birth is reduced to its year here, at parse time, the way a
 * name is reduced to initials: Tacet stores the year only (R18).
 */
export function readBirthYear(cell: string, now: Date): Read<number> {
  const s = cell.trim();
  const m = /^(\d{4})$/.exec(s) ?? /^(\d{4})-\d{1,2}-\d{1,2}$/.exec(s) ?? /^\d{1,2}[/.]\d{1,2}[/.](\d{4})$/.exec(s);
  if (m?.[1] === undefined) return no('must be a year (YYYY) or a date of birth');
  const y = Number(m[1]);
  if (y < 1900 || y > thisYear(now)) return no(`must be between 1900 and ${thisYear(now)}`);
  return ok(y);
}

export function readInt(cell: string, min: number, max: number): Read<number> {
  const s = cell.trim();
  if (!/^\d{1,6}$/.test(s)) return no('must be a whole number');
  const n = Number(s);
  return n < min || n > max ? no(`must be between ${min} and ${max}`) : ok(n);
}

export function readEnum<T extends string>(cell: string, synonyms: Readonly<Record<string, T>>, what: string): Read<T> {
  const v = synonyms[token(cell)];
  return v === undefined ? no(`is not a known ${what}`) : ok(v);
}

export const STATUS = { active: 'active', inactive: 'inactive', discharged: 'discharged' } as const;
export const MODALITY = { in_person: 'in_person', office: 'in_person', video: 'video', telehealth: 'video', phone: 'phone', telephone: 'phone' } as const;
export const ATTENDANCE = {
  attended: 'attended', show: 'attended', shown: 'attended', kept: 'attended',
  late_cancel: 'late_cancel', late_cancelled: 'late_cancel', late_canceled: 'late_cancel',
  no_show: 'no_show', noshow: 'no_show', scheduled: 'scheduled',
} as const;
export const INSTRUMENT = { phq9: 'phq9', phq_9: 'phq9', gad7: 'gad7', gad_7: 'gad7', pcl5: 'pcl5', pcl_5: 'pcl5' } as const;

export function readServiceCode(cell: string): Read<string> {
  const s = cell.trim();
  return SERVICE_CODES.some((c) => c.code === s) ? ok(s) : no('is not a supported psychotherapy service code');
}

export function readPlace(cell: string): Read<string> {
  const s = cell.trim();
  return /^\d{1,2}$/.test(s) ? ok(s.padStart(2, '0')) : no('must be a two-digit place-of-service code');
}

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    if (formats.size < 64) formats.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `t`, in milliseconds. */
function zoneOffset(t: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const parts = formatFor(zone).formatToParts(new Date(t));
  const get = (k: string) => Number(parts.find((p) => p.type === k)?.value ?? '0');
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(t / 1000) * 1000;
}

/** A wall-clock time in `zone` as an instant (the earlier one when a clock change repeats it). */
function zoned(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): Date | undefined {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  const first = guess - zoneOffset(guess, zone);
  return new Date(guess - zoneOffset(first, zone));
}

/** Checks an IANA time zone name (the mapping step's zone for times written without an offset). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date, with or without a time: ISO 8601 with an offset (taken as it is), or a wall-clock time
 * in `zone` as YYYY-MM-DD[ HH:MM[:SS]], MM/DD/YYYY[ HH:MM[:SS][ AM|PM]] (the US order) or
 * DD.MM.YYYY[ HH:MM]. `needTime`: a date alone is refused (a session starts at a time).
 */
export function readDateTime(cell: string, zone: string, needTime: boolean): Read<Date> {
  const s = cell.trim();
  if (ISO_OFFSET.test(s)) {
    const d = new Date(s.replace(' ', 'T'));
    return Number.isNaN(d.getTime()) ? no('is not a valid date and time') : ok(d);
  }
  let y: number, mo: number, d: number;
  let rest: string;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(s);
  if (m !== null) [y, mo, d, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(s)) !== null) [mo, d, y, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/.exec(s)) !== null) [d, mo, y, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
  else return no('is not a date this import reads (YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or ISO 8601)');
  let h = 0, mi = 0, sec = 0;
  const t = rest.trim().replace(/^T/i, '');
  if (t === '') {
    if (needTime) return no('needs a time as well as a date');
  } else {
    const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(t);
    if (tm === null) return no('has a time this import does not read (HH:MM, optionally AM/PM)');
    h = Number(tm[1]);
    mi = Number(tm[2]);
    sec = Number(tm[3] ?? '0');
    const ampm = tm[4]?.toLowerCase();
    if (ampm !== undefined) {
      if (h < 1 || h > 12) return no('is not a valid time');
      h = (h % 12) + (ampm === 'pm' ? 12 : 0);
    }
  }
  const out = zoned(y, mo, d, h, mi, sec, zone);
  return out === undefined ? no('is not a valid date and time') : ok(out);
}

/** Item answers in one cell: numbers separated by spaces, commas, semicolons or bars. */
export function readItems(cell: string): Read<number[]> {
  const parts = cell.trim().split(/[\s,;|]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,2}$/.test(p))) return no('must be the item answers as numbers');
  return ok(parts.map(Number));
}
