// Egress round 10 (places; issue 14 item 6, R35/R27): hand-written therapist notes full of the places
// clients' lives run through — schools, workplaces, churches, parks, neighbourhoods, streets and
// intersections, small towns, named businesses where the client was, camps, shelters, clinics,
// named buildings, landmarks, counties, regions as local people say them — written before the
// detection code (src/deid) was read, with hard negatives (therapy programmes, brands, diagnoses,
// song and show titles, holidays, drug and test names). SOAP, DAP, BIRP, narrative, bullets,
// run-on dictation. Gold inline `[[TYPE:value]]` as notes-dev*.jsonl: only the identifying words
// ("the", a title, a state abbreviation, a national chain's name stay outside); schools, employers
// and teams are ORG (neutral); churches, clinics, hospitals, parks, bars, streets, towns, counties
// GEO. Every identity and place is invented.
//
// DEV (notes-gen10-dev.txt) is what the round is tuned against (`npm run bench:egress -- --dev-only
// --gen10`; token metrics with `node --import tsx bench/deid/egress-dev-errors.ts gen10`). ASIDE
// (notes-gen10-aside.txt), written separately in other words, is scored once at the end, totals
// only (`--gen10-aside`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInline, type EgressNote } from './notes.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `### id | style` opens a note; its body runs to the next such line. */
export function parseNotes(file: string, source: string): EgressNote[] {
  const out: EgressNote[] = [];
  const blocks = readFileSync(join(here, file), 'utf8').split(/^### /m).slice(1);
  for (const b of blocks) {
    const nl = b.indexOf('\n');
    const [id, style] = b.slice(0, nl).split(' | ') as [string, string];
    const body = b.slice(nl + 1).trimEnd();
    const kind = style.includes('bullets') ? 'bullets' : 'free_text';
    out.push({ id: `${source}-${id.trim()}`, ...parseInline(body), source, kind, style: style.trim() });
  }
  return out;
}

export const DEV: EgressNote[] = parseNotes('notes-gen10-dev.txt', 'gen10-dev');
export const ASIDE: EgressNote[] = parseNotes('notes-gen10-aside.txt', 'gen10-aside');
