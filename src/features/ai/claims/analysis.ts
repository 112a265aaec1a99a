// One shared analysis per distinct text, read by every rule of the claim verifier (issue 15, speed).
//
// Why: a draft sentence and each segment it cites are read by some seventy rules in a dozen
// modules — context.ts's tokens with their negation and ConText scopes, slots.ts's slots and
// quantities, the frames of frames.ts, frames2.ts and frames12.ts, risk.ts's mentions, the
// omitted-risk scan's categories. Each module kept its own cache keyed by the same text (six maps
// to look the same string up in, six to empty for a cold run, six bounds), and the normalised text
// the tokens are read from was made again wherever a rule needed it (the risk check normalised each
// cited segment a second time). Here there is one record per text: its lower-cased and normalised
// forms, made on first use, and every module's reading of it filed under the module's name, so a
// rule that needs a reading another rule already made gets that one, for every sentence of the
// draft that cites the text.
//
// A new rule slots in by asking for its reading through its module's reader (`readerFor`), or
// through `analysisOf(text)` directly; readings are pure functions of the text, so sharing them
// cannot change a verdict (bench/grounding/labels-golden.ts checks it, cold and warm).
//
// This module imports nothing: every other module of the verifier may import it without a cycle
// (the normalised text is text.ts's reading, `normalisedOf`).

/** A text's analysis: forms of it and the readings made of it so far. Shared: never mutate a reading. */
export interface TextAnalysis {
  readonly text: string;
  /** `text.toLowerCase()`, made once. */
  readonly lower: string;
  /** The reading `key` names (unique across modules: see readerFor), made by `f` on first use. */
  reading<T>(key: string, f: (text: string) => T): T;
}

// Each reading's key has a slot number, given on first use; a text's readings are an array by slot.
// (A Map per text cost more to make than the readings of most segments: the omitted-risk scan
// reads only the risk categories of each of a transcript's hundreds of segments.)
const slots = new Map<string, number>();
const slotOf = (key: string): number => {
  let i = slots.get(key);
  if (i === undefined) slots.set(key, (i = slots.size));
  return i;
};

class Analysis implements TextAnalysis {
  private lowerText: string | undefined;
  private readonly readings: unknown[] = [];
  constructor(readonly text: string) {}
  get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }
  reading<T>(key: string, f: (text: string) => T): T {
    return this.readingAt(slotOf(key), f);
  }
  /** The reading in slot `i` (readerFor resolves a kind's slot once). */
  readingAt<T>(i: number, f: (text: string) => T): T {
    const hit = this.readings[i];
    // (A reading that is undefined is made again each time: none of the verifier's is.)
    if (hit !== undefined) return hit as T;
    const v = f(this.text);
    this.readings[i] = v;
    return v;
  }
}

// Bounded: a long session verifies many drafts; emptied whole when full (the readings are pure, so
// dropping them costs only their remaking), and by clearTextAnalyses() for cold measurements.
const MAX_TEXTS = 20_000;
const store = new Map<string, Analysis>();

/** The shared analysis of a text. */
export function analysisOf(text: string): TextAnalysis {
  return recordOf(text);
}
function recordOf(text: string): Analysis {
  let a = store.get(text);
  if (a === undefined) {
    if (store.size >= MAX_TEXTS) store.clear();
    a = new Analysis(text);
    store.set(text, a);
  }
  return a;
}

/** Empties every text's analysis (clearAnalysisCache in index.ts): for cold-cache measurements. */
export function clearTextAnalyses(): void {
  store.clear();
}

/** For the bound's test: how many texts are analysed. */
export const analysedTexts = (): number => store.size;

/** `(kind, text, f)`: a module's reading `kind` of a text, made once per text and shared. */
export type Reader = <T>(kind: string, text: string, f: (text: string) => T) => T;

/**
 * A module's reader: its readings are filed under `module:kind`, so two modules may use the same
 * kind name ("clauses") without reading each other's. The key is built once per kind, not per call.
 */
export function readerFor(module: string): Reader {
  const slotsByKind = new Map<string, number>();
  return <T>(kind: string, text: string, f: (text: string) => T): T => {
    let i = slotsByKind.get(kind);
    if (i === undefined) slotsByKind.set(kind, (i = slotOf(`${module}:${kind}`)));
    return recordOf(text).readingAt(i, f);
  };
}

/** The lower-cased text, made once per text for every rule that reads it. */
export const lowerOf = (text: string): string => recordOf(text).lower;
