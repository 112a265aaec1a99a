// Typed placeholders consistent within a document: the same person is `[NAME-1]` everywhere,
// including when later called by first name only ("Maria Lopez" … "Maria").
import { detect } from './detect.ts';
import type { DeidContext, Span } from './types.ts';

export interface Entity {
  /** `NAME-1`, `DATE-2` … (no brackets). */
  label: string;
  type: string;
  /** The first surface form seen. */
  value: string;
}

export interface Labelled {
  span: Span;
  value: string;
  /** `[NAME-1]` or, for topics, `[REDACTED: immigration]`. */
  placeholder: string;
  entity?: Entity;
}

function normalise(type: string, value: string): string {
  const v = value.toLowerCase().normalize('NFKC');
  switch (type) {
    case 'PHONE':
    case 'FAX':
    case 'SSN':
    case 'ACCOUNT':
    case 'MRN':
    case 'HEALTH_PLAN':
    case 'IP':
      return v.replace(/[^\p{L}\p{N}]/gu, '');
    default:
      return v.replace(/[\s.,'’]+/g, ' ').replace(/'s$/, '').trim();
  }
}

/** Numbers every span; `entities` can be shared across calls to keep numbering stable. */
export function labelSpans(text: string, spans: readonly Span[]): Labelled[] {
  const byKey = new Map<string, Entity>();
  const names: { tokens: Set<string>; entity: Entity }[] = [];
  const counters = new Map<string, number>();
  const next = (type: string, value: string): Entity => {
    const n = (counters.get(type) ?? 0) + 1;
    counters.set(type, n);
    return { label: `${type}-${n}`, type, value };
  };
  const out: Labelled[] = [];
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    if (span.type.startsWith('TOPIC:')) {
      out.push({ span, value, placeholder: `[REDACTED: ${span.type.slice(6)}]` });
      continue;
    }
    const key = `${span.type}\u0000${normalise(span.type, value)}`;
    let entity = byKey.get(key);
    if (!entity && span.type === 'NAME') {
      // "Maria" after "Maria Lopez" (or the reverse): one person when every word is shared.
      const toks = new Set(normalise('NAME', value).split(' ').filter(Boolean));
      const hit = names.find((n) => [...toks].every((t) => n.tokens.has(t)) || [...n.tokens].every((t) => toks.has(t)));
      if (hit) {
        entity = hit.entity;
        for (const t of toks) hit.tokens.add(t);
      } else {
        entity = next('NAME', value);
        names.push({ tokens: toks, entity });
      }
      byKey.set(key, entity);
    }
    if (!entity) {
      entity = next(span.type, value);
      byKey.set(key, entity);
    }
    out.push({ span, value, placeholder: `[${entity.label}]`, entity });
  }
  return out;
}

export function applyReplacements(text: string, items: readonly { span: Span; replacement: string }[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const { span, replacement } of items) {
    parts.push(text.slice(pos, span.start), replacement);
    pos = span.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

export function redact(text: string, ctx?: DeidContext): { text: string; spans: Span[] } {
  const spans = detect(text, ctx);
  const labelled = labelSpans(text, spans);
  return { text: applyReplacements(text, labelled.map((l) => ({ span: l.span, replacement: l.placeholder }))), spans };
}
