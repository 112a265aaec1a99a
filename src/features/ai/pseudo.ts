// Pseudonymisation of segmented text for remote providers (R35, R42). The de-identification
// engine runs once over the whole input — context across lines helps it, and one person keeps
// one placeholder everywhere — and its spans are then cut at segment boundaries, so each segment
// sent keeps its id and the mapping comes back in one piece. A span that crosses a boundary is
// replaced on both sides: better a placeholder too many than a fragment of a name sent.
import { detect, type DeidContext, type PseudonymMap } from '../../deid/index.ts';
import { labelSpans } from '../../deid/redact.ts';

/** Where the first texts came from: the clinician's source and each segment's offsets in it. */
export interface SourceLayout {
  text: string;
  segments: ReadonlyArray<{ start: number; end: number }>;
}

const SEP = '\n\n';

/**
 * `texts` are pseudonymised together. When `layout` says the first of them are slices of one
 * source (the note's segments), the engine reads that source as the clinician wrote it — the
 * words between segments, line breaks and list marks included — rather than the segments joined
 * by blank lines: a segment cut after an abbreviation's full stop ("Ladder Co." / "22 came") or a
 * place named on the line after its cue is then read as one phrase, as it is in the note.
 */
export function pseudonymizeSegments(texts: readonly string[], ctx: DeidContext, layout?: SourceLayout): { texts: string[]; mapping: PseudonymMap } {
  const ranges: Array<[number, number]> = [];
  let doc: string;
  let rest = 0;
  if (layout !== undefined && fitsLayout(texts, layout)) {
    for (const seg of layout.segments) ranges.push([seg.start, seg.end]);
    rest = layout.segments.length;
    doc = layout.text;
  } else {
    doc = '';
  }
  const tail = texts.slice(rest);
  let pos = rest > 0 ? doc.length + SEP.length : 0;
  for (const t of tail) {
    ranges.push([pos, pos + t.length]);
    pos += t.length + SEP.length;
  }
  if (tail.length > 0) doc = rest > 0 ? doc + SEP + tail.join(SEP) : tail.join(SEP);
  const labelled = labelSpans(doc, detect(doc, ctx));
  const entries: Record<string, string> = {};
  for (const l of labelled) {
    if (!l.entity) continue;
    const prev = entries[l.placeholder];
    if (prev === undefined || better(l.entity.type, l.value, prev)) entries[l.placeholder] = l.value;
  }
  // Spans are sorted and disjoint, and so are the ranges: walk them once alongside each other.
  const out: string[] = [];
  let k = 0;
  for (const [start, end] of ranges) {
    while (k < labelled.length && labelled[k]!.span.end <= start) k++;
    const parts: string[] = [];
    let at = start;
    for (let j = k; j < labelled.length && labelled[j]!.span.start < end; j++) {
      const { span, placeholder } = labelled[j]!;
      const s = Math.max(span.start, start);
      const e = Math.min(span.end, end);
      parts.push(doc.slice(at, s), placeholder);
      at = e;
    }
    parts.push(doc.slice(at, end));
    out.push(parts.join(''));
  }
  return { texts: out, mapping: { version: 1, entries } };
}

/** The layout is used only when it is what it claims: in order, not overlapping, each text its slice. */
function fitsLayout(texts: readonly string[], layout: SourceLayout): boolean {
  if (layout.segments.length > texts.length) return false;
  let last = 0;
  for (let i = 0; i < layout.segments.length; i++) {
    const { start, end } = layout.segments[i]!;
    if (start < last || end < start || end > layout.text.length) return false;
    if (layout.text.slice(start, end) !== texts[i]) return false;
    last = end;
  }
  return true;
}

// What a placeholder is restored to. The engine's choice is the longest surface form ("Maria
// Lopez" over "Maria"); for a person, a form shaped like a name wins over one that is not — an
// e-mail address holding the client's pseudonym can join the person's entity, and the draft
// must then say the name, not the address.
const NAME_SHAPE = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
function better(type: string, value: string, prev: string): boolean {
  if (type === 'NAME') {
    const a = NAME_SHAPE.test(value);
    const b = NAME_SHAPE.test(prev);
    if (a !== b) return a;
  }
  return value.length > prev.length;
}
