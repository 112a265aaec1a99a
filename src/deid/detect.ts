// The detector pipeline: every detector proposes typed spans, then overlapping proposals merge
// into one span (the union of their extents, so a partial match never leaves a fragment of an
// identifier behind) typed by the strongest proposal. Topic sentences absorb what they contain.
import { detectAddressContext, detectInitials, detectOrganisations } from './context.ts';
import { detectAges, detectDates } from './dates.ts';
import { detectFacilities, extendPlaces } from './facilities.ts';
import { detectNamesAndPlaces, NAME_RULES } from './names.ts';
import { detectNoteCues, joinNoteSpans } from './note-cues.ts';
import { detectNotePlaces } from './note-places.ts';
import { detectRound7Cues, joinRound7 } from './note-cues-r7.ts';
import { detectRound8Cues, isDialogue } from './note-cues-r8.ts';
import { detectRound9Cues, joinRound9 } from './note-cues-r9.ts';
import { detectShiftNotes, dropProcedureNames } from './shift-notes.ts';
import { detectDocHeaders, trimDocSpans } from './doc-headers.ts';
import { dropClinicalReadings, isClinicalEponym, skipSlashLetter } from './clinical-eponyms.ts';
import { detectWardNotes, trimWardSpans } from './ward-notes.ts';
import { detectStaffCues, trimStaffSpans } from './staff-cues.ts';
import { detectAddresses, detectCodes, detectContacts, detectKeyedIds, detectPhotos, type TypedSpan } from './patterns.ts';
import { resources } from './resources.ts';
import { foldKey, tokenFrom, tokenizeWithFlags, type Token } from './tokens.ts';
import { detectSpoken } from './talk-spoken.ts';
import { detectTold } from './talk-told.ts';
import { detectSaid } from './talk-said.ts';
import { detectPieces, thingAge } from './talk-pieces.ts';
import { detectCasual } from './talk-casual.ts';
import { detectShapes } from './talk-shapes.ts';
import { detectGrammar, joinSaidParts, measureBound, measuredNumber, plateIssuers, seemingAge } from './talk-grammar.ts';
import { detectTopics } from './topics.ts';
import { afterArticle, brandSpans, isPetName, isProduct, mentionsAnimal } from './talk-not-people.ts';
import { notPersonOrPlace } from './talk-not-names.ts';
import { detectTranscript, inLabel, speakerLabels } from './talk-transcript.ts';
import type { DeidContext, PhiType, Span } from './types.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { W } from './wordflags.ts';

export function detect(text: string, ctx: DeidContext = {}): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const proposals: TypedSpan[] = [];
  const push = (start: number, end: number, type: PhiType, prio: number): void => {
    if (end > start && start >= 0 && end <= text.length) proposals.push({ start, end, type, prio });
  };
  const { tokens, dialogue } = propose(text, ctx, push);
  return finish(text, ctx, proposals, tokens, dialogue);
}

/** One detector's proposal and the evidence behind it, as explain() reports it. */
export interface Evidence {
  start: number;
  end: number;
  type: PhiType;
  /** The detector and, for names and places, the rule that fired. */
  evidence: string;
}

/**
 * Debug aid: the final spans, each with every proposal that made it and why. Used by
 * `bin/tacet deid --explain` and the benchmark's error listings; never logged (it holds text offsets
 * only, but the caller prints the words).
 */
export function explain(text: string, ctx: DeidContext = {}): { spans: Span[]; proposals: Evidence[] } {
  if (typeof text !== 'string' || text.length === 0) return { spans: [], proposals: [] };
  const proposals: TypedSpan[] = [];
  const evidence: Evidence[] = [];
  let source = '';
  const push = (start: number, end: number, type: PhiType, prio: number, why?: string): void => {
    if (end > start && start >= 0 && end <= text.length) {
      proposals.push({ start, end, type, prio });
      evidence.push({ start, end, type, evidence: why ?? source });
    }
  };
  const { tokens, dialogue } = propose(text, ctx, push, (s) => (source = s));
  return { spans: finish(text, ctx, proposals, tokens, dialogue), proposals: evidence.sort((a, b) => a.start - b.start) };
}

type ExplainPush = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

// (A module-level no-op: a default of `() => {}` would allocate a closure on every call.)
const noSource = (_source: string): void => {};

function propose(text: string, ctx: DeidContext, push: ExplainPush, at: (source: string) => void = noSource): { tokens: Token[]; dialogue: boolean } {
  const r = resources();
  // Tokens first: the union of their lexicon flags tells which cue-gated scans can be skipped.
  const { tokens, flags: hints } = tokenizeWithFlags(text);
  at('contact details (e-mail, URL, phone, SSN, card, IP)');
  detectContacts(text, push);
  at('number named by the word before it (MRN, member ID, licence …)');
  detectKeyedIds(text, push);
  const monthStarts: number[] = [];
  if (hints & W.Month) for (const t of tokens) if (t.flags & W.Month) monthStarts.push(t.start);
  at('date');
  detectDates(text, push, hints, monthStarts);
  at('identifier said aloud or typed to dodge scrapers (spoken number, spelling, "at … dot")');
  detectSpoken(text, tokens, push, monthStarts);
  at('identifier told in a story: cue words apart from the value, or said in two turns');
  detectTold(text, push, tokens);
  at('age, date, e-mail, plan or licence number as said in talk (hedged ages, seasons, spelled addresses, codes read out)');
  detectSaid(text, push);
  at('identifier said in pieces or in chat: plan numbers and plates in parts, regions, lower-case towns, initials (R35 talk9)');
  detectPieces(text, tokens, push);
  at('casual talk: a weekday and its day, a nickname in quotes, a street by its ordinal, a phone in odd groups');
  detectCasual(text, push);
  at('identifier by its shape, or the value a label word (plate, VIN, member ID, IMEI …) names');
  detectShapes(text, tokens, push);
  at('age over 89');
  detectAges(text, push, hints);
  at('street address or ZIP code');
  detectAddresses(text, push, r.commonWords, hints, r.everydayWords);
  at('code mixing letters and digits, or a long number');
  detectCodes(text, push);
  at('reference to a full-face photograph');
  if (hints & W.PhotoWord) detectPhotos(text, push);
  at('text after an address label');
  if (hints & (W.AddressWord | W.LocVerb)) detectAddressContext(text, push, hints);
  at('employer, school or facility');
  if (hints & W.OrgCue) detectOrganisations(text, push);
  at('dotted initials');
  detectInitials(text, push, hints);
  // The rule's description is spelled out only for explain(): detect() would build a string per span.
  const explaining = at !== noSource;
  const named = detectNamesAndPlaces(text, tokens);
  // A pet's name is not a person's (R36): "our dog Biscuit", "Cooper, our puppy"; and the name a
  // text gives a pet stays the pet's when it comes up again ("… Biscuit is the only reason I get up").
  const pets = mentionsAnimal(text) ? new Set(named.filter((s) => s.type === 'NAME' && isPetName(text, s.start, s.end)).map((s) => text.slice(s.start, s.end).toLowerCase())) : undefined;
  // (R35 talk8: "Virginia Slims", "Bud Light", "Wells Fargo": a product named after a person or a place.)
  let brandList: Array<[number, number]> | undefined;
  const brands = (): Array<[number, number]> => (brandList ??= brandSpans(text));
  for (const s of named) {
    if (isProduct(text, s.start, s.end, brands)) continue;
    if (pets !== undefined && pets.size > 0 && s.type === 'NAME' && pets.has(text.slice(s.start, s.end).toLowerCase())) continue;
    // ("the Juul", "did the Heimlich": a person's name takes no article.)
    if (s.type === 'NAME' && afterArticle(text, s.start, s.end)) continue;
    // (R35 clin10: "Barrett's esophagus", "s/p Whipple" in a clinical text; "D/W Ann Lee, RN".)
    if (isClinicalEponym(text, tokens, s.start, s.end, s.rule)) continue;
    if (s.type === 'NAME') s.start = skipSlashLetter(text, s.start, s.end);
    push(s.start, s.end, s.type, s.type === 'GEO' ? 5 : 4, explaining ? `${s.type === 'GEO' ? 'place' : 'name'}: ${NAME_RULES[s.rule]}` : undefined);
  }
  detectFacilities(text, tokens, push);
  detectNotePlaces(text, tokens, push);
  detectNoteCues(text, tokens, push);
  detectRound7Cues(text, tokens, push);
  // Whether the text is a dialogue (speaker labels): note-only rules stay out of talk. Worked out once
  // here for the cue modules and the joins in finish().
  const dialogue = isDialogue(text);
  at('age, date, code or e-mail read by the grammar of said numbers (R35 talk10)');
  detectGrammar(text, push, dialogue);
  at('therapist-note cues of round 8: initials for a person, a place stayed at or attended, a street without its number, a court caption');
  detectRound8Cues(text, tokens, push, dialogue);
  at('therapist-note cues of round 9: attendance lists, a name and its initial, unknown words after a person cue, clinics, landmarks, user names');
  detectRound9Cues(text, tokens, push, dialogue);
  at('shift-note shorthand: title or credential, kin in brackets, pager, day range, town of residence');
  detectShiftNotes(text, tokens, push);
  at('clinical document: header field, signature, town before its state, document number, employer');
  detectDocHeaders(text, tokens, push);
  at('ward note: a town, hospital or employer after its verb, children named as a pair, the owner of a house');
  detectWardNotes(text, tokens, push);
  at('clinical round 11: a clinician or staff member named by a role or a verb of handing over, kin glued to the relation word, "91F", "x5521", a street after a word of dwelling');
  detectStaffCues(text, push, dialogue, (o) => tokens[tokenFrom(tokens, o + 1) - 1]?.caseInformative ?? false);
  at('speech-to-text transcript: letters said one by one, codes read out after their label, web addresses and streets said aloud, lower-case names in a slot only a person fills (R35 talk12)');
  detectTranscript(text, push);
  at('known name of this record');
  if (ctx.knownNames?.length) detectKnownNames(text, ctx.knownNames, push);
  return { tokens, dialogue };
}

// A word that names a kind of network or device identifier ("IP", "MAC", "IMEI") is the label, not
// the value, when the noun of what it labels or the value itself comes next: "from IP 10.0.0.1",
// "the mac address of my laptop", "the mac filter". Read after a place preposition it looks like a
// facility ("from IP …") and in lower case like a name ("mac"); neither is.
const NET_LABEL_RE = /^(?:ip|ips|ipv4|ipv6|mac|imei|ssid|url|wifi|wi-fi|vpn|dns|bluetooth)$/i;
const NET_LABEL_AFTER_RE =
  /^[ \t]*(?:(?:address|addresses|addr|addy|filter|filtering|filters|ranges?|logs?|lookups?|numbers?|spoofing|block|blocks|blocked|ban|bans|banned|tracking|history|settings?)\b|#?[ \t]*(?:\d{1,3}\.){3}\d{1,3}\b|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b)/;
function isNetLabel(text: string, p: TypedSpan): boolean {
  return (p.type === 'NAME' || p.type === 'GEO') && NET_LABEL_RE.test(text.slice(p.start, p.end)) && NET_LABEL_AFTER_RE.test(text.slice(p.end, p.end + 30));
}

function finish(text: string, ctx: DeidContext, proposals: TypedSpan[], tokens: readonly Token[], dialogue: boolean): Span[] {
  // (A word named a facility elsewhere in the text goes with it: "named as a facility elsewhere"
  // read the same label word.)
  const labels = new Set<string>();
  for (const p of proposals) if (isNetLabel(text, p)) labels.add(text.slice(p.start, p.end).toLowerCase());
  if (labels.size > 0) proposals = proposals.filter((p) => !isNetLabel(text, p) && !(p.type === 'GEO' && labels.has(text.slice(p.start, p.end).toLowerCase())));
  // (R35 talk9: an age over 89 of a house, a tree or a car is no person's: "a 120-year-old farmhouse".)
  // (R35 talk10: nor is a number that goes on with a unit: "a hundred and two percent", "hit 92 on the freeway".)
  // (R35 talk11: nor one bound to a measure by its clause: "my score was 96", "ninety in dog years".)
  // (R35 talk12: a diariser's label or a timestamp is no identifier: "SPEAKER_00:", "[01:36] Speaker 1:".)
  const labelled = speakerLabels(text);
  if (labelled.length > 0) proposals = proposals.filter((p) => !inLabel(labelled, p.start, p.end));
  // (R35 talk13: nor one a speaker compares to: "I feel ninety years old", "he acts like he's ninety".)
  // (R35 talk13: the state or make named right before a plate: "a Georgia tag", "Vauxhall Corsa SN63 BFX".)
  if (proposals.some((p) => p.type === 'VEHICLE')) {
    const issuers = plateIssuers(text, proposals.filter((p) => p.prio < 10));
    if (issuers.size > 0) proposals = proposals.filter((p) => !issuers.has(p));
  }
  const noAge = (p: TypedSpan): boolean => p.type === 'AGE' && (thingAge(text, p.start, p.end) || measuredNumber(text, p.start, p.end) || measureBound(text, p.start, p.end) || seemingAge(text, p.start));
  if (proposals.some(noAge)) proposals = proposals.filter((p) => !noAge(p));
  // (R35 talkfp: a capitalised word of a kind that is no person or place, whichever rule read it so:
  // an oath, a planet, a language, an eponym, a title, emphasis, a brand; the record's own names stay.)
  proposals = proposals.filter((p) => p.prio >= 10 || (p.type !== 'NAME' && p.type !== 'GEO') || !notPersonOrPlace(text, p.start, p.end, p.type, dialogue));
  const merged = trimStaffSpans(text, joinSaidParts(text, dropClinicalReadings(text, trimWardSpans(text, tokens, trimDocSpans(text, dropProcedureNames(text, joinRound9(text, tokens, joinRound7(text, tokens, joinNoteSpans(text, tokens, extendPlaces(text, mergeSpans(proposals)))), dialogue)))))));
  const topicSpans = detectTopics(text, ctx.topics, ctx.customTopics, tokens);
  if (topicSpans.length === 0) return merged;
  return absorbIntoTopics(merged, topicSpans);
}

/** Sort, then merge every overlap; the merged span takes the type of its highest-priority part. */
export function mergeSpans(proposals: TypedSpan[]): Span[] {
  proposals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let cur: TypedSpan | undefined;
  for (const p of proposals) {
    if (cur && p.start < cur.end) {
      if (p.prio > cur.prio || (p.prio === cur.prio && p.end - p.start > cur.end - cur.start)) {
        cur = { start: cur.start, end: Math.max(cur.end, p.end), type: p.type, prio: p.prio };
      } else if (p.end > cur.end) {
        cur = { ...cur, end: p.end };
      }
      continue;
    }
    if (cur) out.push({ start: cur.start, end: cur.end, type: cur.type });
    cur = { ...p };
  }
  if (cur) out.push({ start: cur.start, end: cur.end, type: cur.type });
  return out;
}

function absorbIntoTopics(phi: Span[], topics: Span[]): Span[] {
  const out: Span[] = [];
  let ti = 0;
  for (const s of phi) {
    while (ti < topics.length && topics[ti]!.end <= s.start) out.push(topics[ti++]!);
    const t = topics[ti];
    if (t && s.start < t.end && s.end > t.start) {
      // An identifier straddling the sentence edge stretches the topic span so nothing leaks.
      t.start = Math.min(t.start, s.start);
      t.end = Math.max(t.end, s.end);
      continue;
    }
    out.push(s);
  }
  while (ti < topics.length) out.push(topics[ti++]!);
  // Stretching can make neighbours overlap: merge once more, keeping the first topic's type.
  const final: Span[] = [];
  for (const s of out.sort((a, b) => a.start - b.start)) {
    const last = final[final.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (s.type.startsWith('TOPIC:') && !last.type.startsWith('TOPIC:')) last.type = s.type;
      continue;
    }
    final.push({ ...s });
  }
  return final;
}

/**
 * The record's own names (client pseudonym and initials, clinicians, known people) are always
 * caught: the full name in any case, and each part of it — a part that is an ordinary word
 * ("Hope") only when written with a capital, so "I hope" survives.
 */
function detectKnownNames(text: string, names: readonly string[], push: (s: number, e: number, t: PhiType, p: number) => void): void {
  const { commonWords } = resources();
  const alts = new Set<string>();
  const capOnly = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    alts.add(name);
    const compact = name.replace(/[.\s]/g, '');
    // Initials: "J.D." also as "JD" and "J. D."
    if (/^(?:\p{Lu}\.?\s?){2,4}$/u.test(name)) {
      alts.add(compact);
      alts.add(compact.split('').join('.') + '.');
      alts.add(compact.split('').join('. ') + '.');
      continue;
    }
    for (const part of name.split(/[\s,]+/)) {
      const key = foldKey(part.replace(/\.$/, ''));
      if (key.length < 2 || FUNCTION_WORDS.has(key)) continue;
      if (commonWords.has(key)) capOnly.add(part);
      else alts.add(part);
    }
  }
  // Spaces match any run of whitespace and either apostrophe matches both ("O'Brien", "O’Brien").
  const esc = (s: string): string =>
    s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const byLength = [...alts].sort((a, b) => b.length - a.length);
  if (byLength.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${byLength.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // Two-letter initials only in capitals: "JD", not "jd" inside a word-like token.
      if (m[0].length <= 3 && m[0] !== m[0].toUpperCase()) continue;
      push(m.index, m.index + m[0].length, 'NAME', 10);
    }
  }
  if (capOnly.size) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...capOnly].map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) push(m.index, m.index + m[0].length, 'NAME', 10);
  }
}
