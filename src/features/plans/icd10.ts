// The ICD-10-CM list shipped as data (resources/icd10, public source named in its README).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Icd10Code {
  code: string;
  description: string;
}

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/icd10/icd10cm-mental-health.json');

export const ICD10_CODES: readonly Icd10Code[] = (JSON.parse(fs.readFileSync(FILE, 'utf8')) as { codes: Icd10Code[] }).codes;
const BY_CODE = new Map(ICD10_CODES.map((c) => [c.code, c]));

/** ICD-10-CM shape: letter, two characters, optional dot and up to four more (e.g. F43.10, F32.A). */
export const ICD10_FORMAT = /^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

export function icd10(code: string): Icd10Code | undefined {
  return BY_CODE.get(code);
}

/** Search by code prefix or by every word of the query appearing in the description. */
export function searchIcd10(q: string, limit = 25): Icd10Code[] {
  const query = q.trim().toLowerCase();
  if (query === '') return ICD10_CODES.slice(0, limit);
  const words = query.split(/\s+/);
  return ICD10_CODES.filter((c) => c.code.toLowerCase().startsWith(query) || words.every((w) => c.description.toLowerCase().includes(w))).slice(0, limit);
}
