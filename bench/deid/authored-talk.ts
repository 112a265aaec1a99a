// Shared machinery for talk batches written line by line with inline gold markup
// ("c|I moved to [G:Harlow] when I was [A:twelve]"): parse one authored line, and seed a batch of
// lines into conversations of ten in one of a set of speaker-label styles. Used by the talkfp and
// talk11 batches (inject-devfp.ts, inject-dev11.ts), which differ only in their markup letters
// and label styles; the talk12 batch (inject-dev12.ts) parses its lines here and lays them out as
// speech-to-text transcripts itself.
import type { Corpus } from './corpora.ts';
import type { InjectedDoc } from './inject.ts';
import { mulberry32, pick, shuffle } from '../rng.ts';

export type AuthoredSpan = { start: number; end: number; type: string; value: string };
export type AuthoredLine = { speaker: 'c' | 't'; text: string; spans: AuthoredSpan[] };
/** Speaker labels of one conversation: client's and therapist's ('' for unlabelled talk). */
export type LabelStyle = { c: string; t: string };

/**
 * One authored line without its markup, and its gold spans relative to the line. `goldRe` is a
 * global regex whose first group is the markup letter and second the value; `types` maps the
 * letter to the gold type. A line starting "t|" is the therapist's, anything else the client's.
 */
export function parseAuthoredLine(src: string, goldRe: RegExp, types: Readonly<Record<string, string>>): AuthoredLine {
  const speaker = src.startsWith('t|') ? 't' : 'c';
  const body = src.slice(2);
  const spans: AuthoredSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of body.matchAll(goldRe)) {
    text += body.slice(last, m.index);
    const value = m[2]!;
    spans.push({ start: text.length, end: text.length + value.length, type: types[m[1]!]!, value });
    text += value;
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  return { speaker, text, spans };
}

/**
 * The lines shuffled by `seed` and dealt into conversations of `perDoc` lines, each conversation
 * in one label style drawn from `styles`. Deterministic: the same arguments give the same corpus.
 */
export function buildAuthoredCorpus(
  lines: readonly string[],
  seed: number,
  name: string,
  styles: readonly LabelStyle[],
  parse: (src: string) => AuthoredLine,
  perDoc = 10,
): Corpus {
  const r = mulberry32(seed);
  const order = shuffle(r, [...lines.keys()]);
  const docs: InjectedDoc[] = [];
  for (let d = 0; d * perDoc < order.length; d++) {
    const style = pick(r, styles);
    const out: string[] = [];
    const spans: InjectedDoc['spans'] = [];
    let offset = 0;
    for (const k of order.slice(d * perDoc, (d + 1) * perDoc)) {
      const p = parse(lines[k]!);
      const label = p.speaker === 't' ? style.t : style.c;
      for (const s of p.spans) spans.push({ ...s, start: s.start + offset + label.length, end: s.end + offset + label.length, template: `line ${k}` });
      const line = label + p.text;
      out.push(line);
      offset += line.length + 1;
    }
    docs.push({ id: `${name}-${d}`, text: out.join('\n'), spans, templates: [] });
  }
  return { name, docs, neutral: new Set(['ORG']) };
}
