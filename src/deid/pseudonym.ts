// Reversible pseudonymisation for the AI gateway, and name extraction for notes (R19).
//
// Placeholders are `[NAME-1]`-style: square brackets, an upper-case type and a number survive a
// language model's rewriting well (they read as opaque tokens and are rarely translated or
// re-cased). `reidentify` also accepts the small variations models do make: `[name 1]`,
// `[NAME_1]`, `[ NAME-1 ]`.
import { detect } from './detect.ts';
import { applyReplacements, labelSpans } from './redact.ts';
import type { DeidContext } from './types.ts';

/** Plain, serialisable: the caller encrypts and stores it; it never leaves the practice. */
export interface PseudonymMap {
  version: 1;
  /** Placeholder (`[NAME-1]`) → original text. */
  entries: Record<string, string>;
}

export function pseudonymize(text: string, ctx?: DeidContext): { text: string; mapping: PseudonymMap } {
  const labelled = labelSpans(text, detect(text, ctx));
  const entries: Record<string, string> = {};
  for (const l of labelled) {
    // The longest surface form of an entity is what comes back ("Maria Lopez", not "Maria").
    if (!l.entity) continue;
    const prev = entries[l.placeholder];
    if (prev === undefined || l.value.length > prev.length) entries[l.placeholder] = l.value;
  }
  return {
    text: applyReplacements(text, labelled.map((l) => ({ span: l.span, replacement: l.placeholder }))),
    mapping: { version: 1, entries },
  };
}

const PLACEHOLDER_RE = /\[\s*([A-Za-z]+(?:_[A-Za-z]+)*)[\s_-]?(\d+)\s*\]/g;

export function reidentify(text: string, mapping: PseudonymMap): string {
  const entries = mapping.entries;
  return text.replace(PLACEHOLDER_RE, (whole, type: string, n: string) => {
    const key = `[${type.toUpperCase()}-${Number(n)}]`;
    return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key]! : whole;
  });
}

export interface ExtractedName {
  placeholder: string;
  value: string;
}

/**
 * R19: names inside a note are stored apart, encrypted under the author's key. Each distinct
 * written form gets its own placeholder so `restoreNames` gives back the note exactly.
 */
export function extractNamesForNote(text: string, ctx?: DeidContext): { text: string; names: ExtractedName[] } {
  const spans = detect(text, ctx).filter((s) => s.type === 'NAME');
  const byValue = new Map<string, string>();
  const names: ExtractedName[] = [];
  const items = spans.map((span) => {
    const value = text.slice(span.start, span.end);
    let placeholder = byValue.get(value);
    if (!placeholder) {
      placeholder = `[NAME-${names.length + 1}]`;
      byValue.set(value, placeholder);
      names.push({ placeholder, value });
    }
    return { span, replacement: placeholder };
  });
  return { text: applyReplacements(text, items), names };
}

export function restoreNames(text: string, names: readonly ExtractedName[]): string {
  const byPlaceholder = new Map(names.map((n) => [n.placeholder, n.value]));
  return text.replace(/\[NAME-\d+\]/g, (p) => byPlaceholder.get(p) ?? p);
}
