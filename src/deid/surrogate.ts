// Realistic surrogates: every identifier is replaced by a fake of the same kind and shape,
// deterministically from the client's seed, so the same value gets the same fake within a document
// and across the client's documents. Dates move by one offset per seed (1–365 days back), so the
// intervals between them — what a clinician reads — are kept.
import { createHash } from 'node:crypto';
import { detect } from './detect.ts';
import { STREET_SUFFIX } from './geo-data.ts';
import { MONTHS } from './lexicon.ts';
import { applyReplacements } from './redact.ts';
import { resources } from './resources.ts';
import { foldKey } from './tokens.ts';
import type { DeidContext, Span } from './types.ts';

const FIRST = ['Alex', 'Jamie', 'Robin', 'Casey', 'Morgan', 'Jordan', 'Riley', 'Avery', 'Quinn', 'Drew', 'Ellis', 'Harper', 'Rowan', 'Emery', 'Kendall', 'Logan', 'Parker', 'Reese', 'Sawyer', 'Blake', 'Cameron', 'Dana', 'Frankie', 'Jesse', 'Lee', 'Marlow', 'Nico', 'Oakley', 'Peyton', 'Remy'];
const LAST = ['Ashford', 'Bramley', 'Calloway', 'Denholm', 'Ellery', 'Fairbank', 'Garrick', 'Hollins', 'Ingram', 'Jessop', 'Kimber', 'Lowther', 'Marchant', 'Norcott', 'Oakes', 'Pryor', 'Quarles', 'Radley', 'Selwyn', 'Thorne', 'Underhill', 'Varley', 'Whitlock', 'Yardley', 'Ainsworth', 'Birtwhistle', 'Cresswell', 'Dunmore', 'Eversley', 'Fenwick'];
const CITIES = ['Maple Falls', 'Cedar Grove', 'Riverton', 'Lakeside', 'Fairview', 'Brookfield', 'Glenwood', 'Hillcrest', 'Oakdale', 'Pinecrest', 'Westbury', 'Ashton'];
const STREETS = ['Linden', 'Birch', 'Chestnut', 'Hawthorn', 'Juniper', 'Laurel', 'Magnolia', 'Poplar', 'Sycamore', 'Alder', 'Briar', 'Cypress'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function hash(...parts: string[]): Buffer {
  return createHash('sha256').update(parts.join('\u0000')).digest();
}

function pick<T>(list: readonly T[], h: Buffer, at = 0): T {
  return list[h.readUInt32BE(at) % list.length]!;
}

function matchCase(fake: string, original: string): string {
  if (original === original.toUpperCase() && original !== original.toLowerCase()) return fake.toUpperCase();
  if (original === original.toLowerCase()) return fake.toLowerCase();
  return fake;
}

/** Replaces each digit and letter with a seeded one, keeping separators and case. */
function reshape(value: string, seed: string, type: string): string {
  const h = hash(seed, type, value.toLowerCase());
  let i = 0;
  return value.replace(/[A-Za-z0-9]/g, (c) => {
    const b = h[i++ % h.length]!;
    if (/\d/.test(c)) return String((b + i) % 10);
    const l = String.fromCharCode(97 + ((b + i) % 26));
    return c === c.toUpperCase() ? l.toUpperCase() : l;
  });
}

function fakeName(value: string, seed: string): string {
  const { firstNames } = resources();
  const words = value.split(/(\s+)/);
  const nameWords = words.filter((w) => /\p{L}/u.test(w));
  return words
    .map((w) => {
      if (!/\p{L}/u.test(w)) return w;
      const key = foldKey(w);
      const h = hash(seed, 'NAME', key);
      // A lone word or the first of several that is a first name gets a first name.
      const isFirst = (nameWords.length === 1 && firstNames.has(key)) || (nameWords.length > 1 && w === nameWords[0]);
      return matchCase(pick(isFirst ? FIRST : LAST, h), w);
    })
    .join('');
}

function dayOffset(seed: string): number {
  return 1 + (hash(seed, 'date-shift').readUInt32BE(0) % 365);
}

function shiftYmd(y: number, m: number, d: number, days: number): Date {
  const dt = new Date(Date.UTC(y, m - 1, d));
  dt.setUTCDate(dt.getUTCDate() - days);
  return dt;
}

const pad = (n: number, like: string): string => (like.length >= 2 ? String(n).padStart(2, '0') : String(n));

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

function monthLike(m: number, like: string): string {
  const full = MONTH_NAMES[m - 1]!;
  const base = like.replace(/\.$/, '').length <= 4 && !/^(?:june|july|may)$/i.test(like.replace(/\.$/, '')) ? full.slice(0, 3) + (like.endsWith('.') ? '.' : '') : full;
  return matchCase(base, like);
}

/** Shifts a date in the spelling it was written in; unknown shapes fall back to reshaping. */
function fakeDate(value: string, seed: string): string {
  const off = dayOffset(seed);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(value))) {
    const dt = shiftYmd(+m[1]!, +m[3]!, +m[4]!, off);
    return `${dt.getUTCFullYear()}${m[2]}${pad(dt.getUTCMonth() + 1, m[3]!)}${m[2]}${pad(dt.getUTCDate(), m[4]!)}`;
  }
  if ((m = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(value))) {
    const yStr = m[4];
    const y = yStr === undefined ? 2000 : yStr.length === 2 ? 2000 + +yStr - (+yStr > 40 ? 100 : 0) : +yStr;
    const mo = +m[1]! <= 12 ? +m[1]! : +m[3]!;
    const d = +m[1]! <= 12 ? +m[3]! : +m[1]!;
    const dt = shiftYmd(y, mo, d, off);
    const ys = yStr === undefined ? '' : m[2]! + (yStr.length === 2 ? String(dt.getUTCFullYear() % 100).padStart(2, '0') : String(dt.getUTCFullYear()));
    const first = +m[1]! <= 12 ? pad(dt.getUTCMonth() + 1, m[1]!) : pad(dt.getUTCDate(), m[1]!);
    const second = +m[1]! <= 12 ? pad(dt.getUTCDate(), m[3]!) : pad(dt.getUTCMonth() + 1, m[3]!);
    return `${first}${m[2]}${second}${ys}`;
  }
  // Month-name dates: find the month word, a day number and a year if present.
  const monthWord = /\b([A-Za-z]{3,9}\.?)/g;
  let month: number | undefined;
  let monthText = '';
  let mm: RegExpExecArray | null;
  while ((mm = monthWord.exec(value)) !== null) {
    const k = mm[1]!.toLowerCase().replace(/\.$/, '');
    const n = MONTHS.get(k);
    if (n !== undefined) {
      month = n;
      monthText = mm[1]!;
      break;
    }
  }
  const dayM = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/.exec(value.replace(/\d{4}|'\d\d/g, (s) => ' '.repeat(s.length)));
  const yearM = /\b(\d{4})\b|'(\d\d)\b/.exec(value);
  if (month !== undefined) {
    const y = yearM ? (yearM[1] ? +yearM[1] : 2000 + +yearM[2]!) : 2001;
    const d = dayM ? +dayM[1]! : 15;
    const dt = shiftYmd(y, month, d, off);
    let out = value.replace(monthText, monthLike(dt.getUTCMonth() + 1, monthText));
    if (dayM) out = out.replace(/\b\d{1,2}(st|nd|rd|th)?\b(?!\d)/, (s, suf: string | undefined) => (suf ? ordinal(dt.getUTCDate()) : String(dt.getUTCDate())));
    if (yearM?.[1]) out = out.replace(yearM[1], String(dt.getUTCFullYear()));
    else if (yearM?.[2]) out = out.replace(`'${yearM[2]}`, `'${String(dt.getUTCFullYear() % 100).padStart(2, '0')}`);
    return out;
  }
  if (dayM) {
    const dt = shiftYmd(2001, 1, +dayM[1]!, off);
    return value.replace(/\d{1,2}(st|nd|rd|th)?/, (s, suf: string | undefined) => (suf ? ordinal(dt.getUTCDate()) : String(dt.getUTCDate())));
  }
  return reshape(value, seed, 'DATE');
}

function fakeGeo(value: string, seed: string): string {
  const h = hash(seed, 'GEO', value.toLowerCase());
  if (/^\d+$/.test(value)) return reshape(value, seed, 'GEO');
  const street = /^(\d+[A-Za-z]?)(\s+)(.*?)(\s*\S+\.?)$/.exec(value);
  if (street && /\d/.test(street[1]!)) {
    return `${reshape(street[1]!, seed, 'GEO')}${street[2]}${pick(STREETS, h)}${street[4]}`;
  }
  if (/\b(?:county|parish|borough)$/i.test(value)) return `${pick(STREETS, h)} ${value.split(/\s+/).pop()!}`;
  // A street named without a number ("Elm St") keeps its suffix.
  const named = new RegExp(`\\s(${STREET_SUFFIX})\\.?$`, 'i').exec(value);
  if (named) return `${pick(STREETS, h)} ${value.slice(named.index + 1)}`;
  return matchCase(pick(CITIES, h), value);
}

function fakeFor(span: Span, value: string, seed: string): string {
  const h = hash(seed, span.type, value.toLowerCase());
  switch (span.type) {
    case 'NAME':
      return fakeName(value, seed);
    case 'DATE':
      return fakeDate(value, seed);
    case 'AGE':
      // Safe Harbor folds every age over 89 into one category.
      return '90+';
    case 'EMAIL':
      return `${pick(FIRST, h).toLowerCase()}.${pick(LAST, h, 4).toLowerCase()}@example.com`;
    case 'URL':
      return `https://example.org/${reshape(value.replace(/^.*\//, '') || 'page', seed, 'URL').toLowerCase()}`;
    case 'IP':
      return `192.0.2.${h.readUInt8(0) % 254 + 1}`;
    case 'SSN':
      // Area numbers 900–999 are never issued, so a surrogate cannot be a real SSN.
      return reshape(value, seed, 'SSN').replace(/^\d/, '9');
    case 'GEO':
      return fakeGeo(value, seed);
    case 'PHOTO':
    case 'BIOMETRIC':
      return `[${span.type}]`;
    case 'PHONE':
    case 'FAX':
    case 'MRN':
    case 'HEALTH_PLAN':
    case 'ACCOUNT':
    case 'LICENSE':
    case 'VEHICLE':
    case 'DEVICE':
    case 'OTHER_ID':
      return reshape(value, seed, span.type);
    default:
      return `[REDACTED: ${span.type.slice(6)}]`;
  }
}

export function surrogate(text: string, ctx: DeidContext & { seed: string }): string {
  const spans = detect(text, ctx);
  return applyReplacements(
    text,
    spans.map((span) => ({ span, replacement: fakeFor(span, text.slice(span.start, span.end), ctx.seed) })),
  );
}
