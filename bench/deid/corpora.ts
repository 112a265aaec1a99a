// Loads the development corpora from ../shared/corpora (TACET_CORPORA overrides), split into a
// development half and a held-out half so tuning on one can be checked against the other.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from './score.ts';

export const corporaDir =
  process.env.TACET_CORPORA ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora');

export interface Corpus {
  name: string;
  docs: Doc[];
  neutral: ReadonlySet<string>;
}

export function therapyPhiDev(): { dev: Corpus; heldOut: Corpus } | undefined {
  const file = join(corporaDir, 'therapy-phi-dev', 'therapy_phi_dev.jsonl');
  if (!existsSync(file)) return undefined;
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  const half = Math.ceil(docs.length / 2);
  const neutral = new Set(['ORG']);
  return {
    dev: { name: 'therapy-phi-dev (first half, dev)', docs: docs.slice(0, half), neutral },
    heldOut: { name: 'therapy-phi-dev (second half, held out)', docs: docs.slice(half), neutral },
  };
}

interface PresidioRow {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

// Presidio's entity types in Tacet's terms. Organisations, job titles and honorifics are not Safe
// Harbor identifiers: neutral. Credit cards and IBANs are account numbers.
const PRESIDIO_TYPES: Record<string, string> = {
  PERSON: 'NAME',
  ADDRESS: 'GEO',
  LOCATION: 'GEO',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'ACCOUNT',
  IBAN_CODE: 'ACCOUNT',
  DATE_TIME: 'DATE',
  EMAIL_ADDRESS: 'EMAIL',
  IP_ADDRESS: 'IP',
  DOMAIN_NAME: 'URL',
  US_SSN: 'SSN',
  US_DRIVER_LICENSE: 'LICENSE',
  ORGANIZATION: 'ORG',
  TITLE: 'TITLE',
  PREFIX: 'TITLE',
};

export function presidio(file: 'generated_small.json' | 'generated_large.json', name: string): Corpus | undefined {
  const path = join(corporaDir, 'presidio-research', file);
  if (!existsSync(path)) return undefined;
  const rows = JSON.parse(readFileSync(path, 'utf8')) as PresidioRow[];
  const docs: Doc[] = rows.map((r, i) => ({
    id: `${file}-${i}`,
    text: r.full_text,
    spans: r.spans.map((s) => ({ start: s.start_position, end: s.end_position, type: PRESIDIO_TYPES[s.entity_type] ?? s.entity_type })),
  }));
  return { name, docs, neutral: new Set(['ORG', 'TITLE']) };
}

/**
 * The PhysioNet nursing notes, split by patient (never by note): patients whose number is 3 mod 4
 * are held out — about a quarter of them — and every rule is tuned on the others only.
 */
export function physionetDeid(): { dev: Corpus; heldOut: Corpus } | undefined {
  const file = join(corporaDir, 'physionet-deid-dev', 'physionet_deid_dev.jsonl');
  if (!existsSync(file)) return undefined;
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  const patient = (d: Doc): number => Number(/^physionet-(\d+)-/.exec(d.id)?.[1] ?? NaN);
  const neutral = new Set<string>();
  return {
    dev: { name: 'PhysioNet nursing notes (patients ≢ 3 mod 4, dev)', docs: docs.filter((d) => patient(d) % 4 !== 3), neutral },
    heldOut: { name: 'PhysioNet nursing notes (patients ≡ 3 mod 4, held out)', docs: docs.filter((d) => patient(d) % 4 === 3), neutral },
  };
}
