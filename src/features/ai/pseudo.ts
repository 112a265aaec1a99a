// Pseudonymisation of segmented text for remote providers (R35, R42). The de-identification
// engine runs once over the whole input — context across lines helps it, and one person keeps
// one placeholder everywhere — and its spans are then cut at segment boundaries, so each segment
// sent keeps its id and the mapping comes back in one piece. A span that crosses a boundary is
// replaced on both sides: better a placeholder too many than a fragment of a name sent.
import { detect, type DeidContext, type PseudonymMap } from '../../deid/index.ts';
import { labelSpans } from '../../deid/redact.ts';

export function pseudonymizeSegments(texts: readonly string[], ctx: DeidContext): { texts: string[]; mapping: PseudonymMap } {
  const SEP = '\n\n';
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (const t of texts) {
    ranges.push([pos, pos + t.length]);
    pos += t.length + SEP.length;
  }
  const doc = texts.join(SEP);
  const labelled = labelSpans(doc, detect(doc, ctx));
  const entries: Record<string, string> = {};
  for (const l of labelled) {
    if (!l.entity) continue;
    const prev = entries[l.placeholder];
    if (prev === undefined || better(l.entity.type, l.value, prev)) entries[l.placeholder] = l.value;
  }
  // Spans are sorted and disjoint; walk them once alongside the ranges.
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
