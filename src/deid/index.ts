// Tacet's de-identification engine (issue 6; R35, R36, R37, R19, R25). Pure functions: no
// network, no logging of text. Word lists load lazily at first use, or up front with
// `await loadDeidResources()` (see resources.ts).
import { loadDeidResources as loadWordLists } from './resources.ts';
import { warmTopics } from './topics.ts';
import { wordnet } from './talk-not-names.ts';
import { eponyms } from './clinical-eponyms.ts';

export type { BuiltinTopic, CustomTopic, DeidContext, PhiType, Span, SpanType } from './types.ts';
export { PHI_TYPES } from './types.ts';
export { detect, explain } from './detect.ts';
export type { Evidence } from './detect.ts';
export { redact } from './redact.ts';
export { surrogate } from './surrogate.ts';
export { pseudonymize, reidentify, extractNamesForNote, restoreNames } from './pseudonym.ts';
export type { PseudonymMap, ExtractedName } from './pseudonym.ts';
export { scrubFreeText } from './scrub.ts';
/** Loads the word lists (WordNet's kinds and the eponyms too) and compiles the topic rules, so the first request pays for none of them. */
export async function loadDeidResources(): Promise<void> {
  await loadWordLists();
  wordnet();
  eponyms();
  warmTopics();
}
export { BUILTIN_TOPICS } from './topics.ts';
