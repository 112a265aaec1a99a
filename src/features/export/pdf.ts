// One PDF per signed note (R09): the chart header a records request expects (client label,
// session date, service code, duration, clinician and credential), the sections, the signature
// with its content hash, and every addendum. Made with pdfkit (MIT) and its built-in Helvetica, so
// no font file is read; text is Unicode-normalised to what the standard fonts can draw.
import PDFDocument from 'pdfkit';
import type { Clinician, ExportNote, SessionRow } from './collect.ts';

export interface NotePdfFacts {
  note: ExportNote;
  clientLabel: string;
  session: Pick<SessionRow, 'starts_at' | 'service_code' | 'duration_minutes'> | undefined;
  clinician: Clinician | undefined;
  cosigner: Clinician | undefined;
}

// The standard 14 fonts cover WinAnsi only: map what they cannot draw to the nearest they can.
function ansi(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\n\t\x20-\x7E\xA0-\xFF]/g, '?');
}

const who = (c: Clinician | undefined, id: string | null): string =>
  c === undefined ? (id ?? 'unknown') : `${c.name}${c.credential !== null ? `, ${c.credential}` : ''}`;

export function notePdf(f: NotePdfFacts): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 56, info: { Title: `Clinical note ${f.note.id}`, Producer: 'Tacet', Creator: 'Tacet export' }, compress: true });
    const parts: Buffer[] = [];
    doc.on('data', (c: Buffer) => parts.push(c));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    const n = f.note;
    doc.font('Helvetica-Bold').fontSize(14).text(n.kind === 'progress' ? 'Progress note' : 'Psychotherapy note');
    doc.moveDown(0.5).font('Helvetica').fontSize(10);
    const header: Array<[string, string]> = [
      ['Client', f.clientLabel],
      ['Session date', f.session !== undefined ? f.session.starts_at.toISOString().slice(0, 10) : 'none'],
      ['Service code', f.session?.service_code ?? 'none'],
      ['Duration', f.session !== undefined ? `${f.session.duration_minutes} minutes` : 'none'],
      ['Clinician', who(f.clinician, n.ownerId)],
      ['Format', n.format.toUpperCase()],
      ['Note id', n.id],
    ];
    for (const [k, v] of header) doc.font('Helvetica-Bold').text(`${k}: `, { continued: true }).font('Helvetica').text(ansi(v));
    doc.moveDown();
    for (const s of n.sections) {
      doc.font('Helvetica-Bold').fontSize(11).text(ansi(s.title));
      doc.font('Helvetica').fontSize(10).text(ansi(s.text === '' ? '(empty)' : s.text));
      doc.moveDown(0.5);
    }
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text('Signature');
    doc.font('Helvetica').fontSize(10).text(ansi(`Electronically signed by ${who(f.clinician, n.signedBy)} at ${n.signedAt ?? ''}`));
    if (n.contentSha256 !== null) doc.text(`Content SHA-256: ${n.contentSha256}`);
    if (n.cosignerId !== null && n.cosignedAt !== null) doc.text(ansi(`Co-signed by ${who(f.cosigner, n.cosignerId)} at ${n.cosignedAt}`));
    for (const a of n.addenda) {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(`Addendum (${a.signedAt})`);
      doc.font('Helvetica').fontSize(10).text(ansi(a.text));
      doc.text(`Addendum SHA-256: ${a.contentSha256}`);
    }
    doc.end();
  });
}
