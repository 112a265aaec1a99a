// R35 talk10: ages, dates, codes and e-mail addresses said in counselling talk, recognised by a small
// GRAMMAR composed from one reader of said numbers (said-numbers.ts), not by lists of phrasings:
//   1. AGE (over 89, the convention of docs/deid.md): a number 90–125 in any number form, in a frame
//      that makes it a person's age — after a person and a verb of being or reaching ("my nan was",
//      "he'll be", "grandpa turned", "she made it to"), after "at" / "aged" / "the age of" / "a woman
//      of", before "-year-old" / "years old" / "y/o", beside a person noun in commas or brackets
//      ("my grandfather, 94,"), as the answer to "how old", as an ordinal before "birthday"; a decade
//      of life ("in her late nineties": the decade word). Never before a unit ("95 pounds", "92 on
//      the freeway"), never after "hit"/"reach" without a person and an end of clause.
//   2. DATE: a numeric date said aloud after a birth-date cue ("DOB two twelve oh four", "born six
//      slash five slash ninety-five"); a month and day with a year in any said form ("September 14th
//      oh-three", "the first of may two thousand and three").
//   3. Codes said in pieces (HEALTH_PLAN, VEHICLE, OTHER_ID): a run of letters and digits said one by
//      one, in pairs, with "oh", "double"/"triple", spelling-alphabet words and "K as in king", joined
//      by "dash", "hyphen", "space", commas or "then"; typed by the label before it (member/policy/
//      plan → plan, plate/tag/registration → vehicle, case/claim/file … → other) or, with no label, by
//      the line's words, and then only when the run is long and said the way codes are said.
//   4. E-mail said aloud: "<local part> at|at sign|at symbol <host> dot <tld>", the local part read
//      back over letters, said digits and words joined by dot/underscore/dash.
import { FUNCTION_WORDS } from './lexicon.ts';
import type { Push } from './scan.ts';
import type { Span } from './types.ts';
import { CODE_LINKS, lexRange, readAtom, readNumber, readYear, wordValue, type Atom, type Lex } from './said-numbers.ts';

/** Equal, or one slip of two neighbouring letters ("tunred" for "turned"): talk is typed fast. */
function swapEq(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
const inSet = (k: string, words: readonly string[]): boolean => words.some((w) => swapEq(k, w));

// People whose age is told: kin, elders, carers' charges.
const PERSON_NOUNS = [
  'mother', 'mom', 'mum', 'mam', 'mama', 'mommy', 'father', 'dad', 'daddy', 'grandmother', 'grandma', 'gran', 'granny', 'grammy', 'nan', 'nana', 'nanna', 'nonna', 'nonno',
  'abuela', 'abuelo', 'grandfather', 'grandpa', 'grandad', 'granddad', 'gramps', 'grandparent', 'aunt', 'auntie', 'aunty', 'uncle', 'great-aunt', 'great-uncle',
  'great-grandma', 'great-grandmother', 'great-grandpa', 'great-grandfather', 'great-gran', 'neighbour', 'neighbor', 'patient', 'client', 'husband', 'wife', 'sister', 'brother',
  'cousin', 'friend', 'lady', 'man', 'woman', 'gentleman', 'fella', 'fellow', 'guy', 'veteran', 'widow', 'widower', 'resident', 'mother-in-law', 'father-in-law', 'stepmother',
  'stepfather', 'stepdad', 'stepmom', 'parent', 'son', 'daughter', 'godmother', 'godfather', 'godparent', 'great-grandparent', 'relative', 'dude', 'gal', 'person', 'oma', 'opa', 'bubbe', 'zayde', 'lola', 'lolo',
];
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'you', 'we', 'who', 'him', 'her', 'them']);
const BE = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', "'s", '’s', "'m", '’m', "'re", '’re']);
const MODALS = new Set(['will', "'ll", '’ll', 'would', 'gonna', 'going', 'to', 'must', 'might', 'could', 'should', 'now', 'already', 'still', 'only', 'just', 'nearly', 'almost', 'about', 'around', 'like', 'over', 'maybe', 'probably', 'pushing', 'on', 'turning', 'soon', 'finally', 'actually', 'literally']);
const HEDGES = new Set(['like', 'about', 'almost', 'nearly', 'around', 'over', 'just', 'only', 'maybe', 'pushing', 'probably', 'roughly', 'barely', 'already', 'now', 'well', 'um', 'uh', 'a', 'full', 'exactly']);
const REACH_VERBS = ['turned', 'turns', 'turn', 'turning', 'hit', 'hits', 'hitting', 'reached', 'reaches', 'reach', 'reaching', 'celebrated', 'celebrates', 'celebrate', 'celebrating', 'gone'];
// R35 talk11: words a speaker puts between a person's verb and the age without changing what binds
// them ("he is, I think, ninety-one"; "she's, um, gosh, ninety-four"): one-word asides and the
// two-word ones of a speaker's own doubt. Commas and dashes around them are skipped too.
const ASIDE_1 = new Set(['what', 'gosh', 'god', 'oh', 'um', 'uh', 'er', 'erm', 'honestly', 'apparently', 'actually', 'seriously', 'like', 'believe', 'hmm', 'wow', 'well', 'yeah']);
const ASIDE_2 = new Set(['i think', 'i guess', 'i believe', 'i reckon', 'i suppose', 'you know', 'i mean', 'i swear', 'i bet', 'get this', 'if you can believe it', 'bless him', 'bless her']);
/** Walks back from lexeme `j` over hedges, asides and the commas and dashes around them; the first index that is none. */
function backOverAsides(lx: readonly Lex[], j: number): number {
  for (;;) {
    const k = lx[j]?.k;
    if (k === undefined) return j;
    if (HEDGES.has(k) || ASIDE_1.has(k) || k === ',' || k === '—' || k === '–' || k === '-' || k === '…') {
      j--;
      continue;
    }
    if (j >= 1 && ASIDE_2.has(`${lx[j - 1]!.k} ${k}`)) {
      j -= 2;
      continue;
    }
    return j;
  }
}
// Words that offer a second guess at the same number: "ninety-one, maybe ninety-two", "92 or 93"; or
// correct it, or add a second person's, or the next year's (R35 talk13): "eighty-nine, sorry, ninety",
// "ninety - actually ninety-one", "ninety? ninety-one?", "96 and 93", "93 going on 94".
const ALTERNATIVE = new Set([
  'or', 'maybe', 'perhaps', 'possibly', 'probably', ',', 'even', 'nearly', 'almost', 'and', 'no', 'wait', 'sorry', 'actually', 'i', 'mean', 'make', 'that', 'going', 'on', '?', '-', '—', '–', 'um', 'uh',
]);
const TO_VERBS = ['made', 'make', 'makes', 'making', 'lived', 'live', 'lives', 'living', 'got', 'get', 'gets', 'getting', 'survived'];
// The words after a verb of living that reach the age: "lived to", "lived until", "lived till", "lived to see" (R35 talk13).
const TO_WORDS = new Set(['to', 'until', 'till', 'til', 'into']);
// A number before one of these counts or measures something; it is no age.
const UNITS = new Set([
  'minutes', 'minute', 'mins', 'min', 'seconds', 'secs', 'hours', 'hour', 'hrs', 'days', 'day', 'weeks', 'week', 'months', 'percent', '%', 'pounds', 'pound', 'lbs', 'lb',
  'kilos', 'kilo', 'kg', 'kgs', 'degrees', 'degree', 'miles', 'mile', 'mph', 'km', 'kph', 'dollars', 'dollar', 'bucks', 'grand', 'cents', 'times', 'points', 'point', 'feet',
  'foot', 'ft', 'inches', 'mg', 'milligrams', 'ml', 'beats', 'bpm', 'calories', 'steps', 'pages', 'people', 'kids', 'texts', 'calls', 'messages', 'tabs', 'pills', 'drinks',
  'beers', 'shots', 'cigarettes', 'bags', 'mil', 'k', 'thousand', 'hundred', 'million', 'out', 'over', 'plus', 'x', 'per', 'bucks', 'quid', 'euros',
]);
// A clause goes on after an age with these (or ends).
const AFTER_AGE_OK = new Set([
  'and', 'but', 'so', 'now', 'this', 'next', 'last', 'come', 'when', 'before', 'after', 'then', 'still', 'already', 'years', 'year', 'yrs', 'yr', 'soon', 'or', 'if',
  'she', 'he', 'they', 'i', 'we', 'you', 'my', 'his', 'her', 'their', 'our', 'nobody', 'everyone', 'and', 'already', 'today', 'tomorrow', 'yesterday', 'in', 'on', 'lol', 'haha', 'though', 'too', 'y/o',
  'yo', 'because', 'cause', 'cos', 'which', 'who', 'is', 'was', 'has', 'had', 'does', 'did', 'can', 'will', 'would', 'lives', 'living', 'still',
  'going', 'since', 'as', 'by', 'at',
]);

/** A person noun, or its plural ("my grandparents are 91 and 93", "both aunts"; R35 talk13). */
const isPersonNoun = (k: string): boolean => inSet(k, PERSON_NOUNS) || (k.length > 4 && k.endsWith('s') && inSet(k.slice(0, -1), PERSON_NOUNS));
const clauseEnd = (t: Lex | undefined): boolean => t === undefined || /^[.,;:!?)—–…]$/.test(t.s) || t.s === '-';
const isPersonWord = (t: Lex | undefined, lineStart: boolean): boolean => {
  if (t === undefined) return false;
  const k = t.k.replace(/['’]s$/, '');
  if (SUBJECT_PRONOUNS.has(k) || inSet(k, PERSON_NOUNS) || isPersonNoun(k)) return true;
  // A name: a capitalised word that is not the line's first word and no function word.
  return !lineStart && /^\p{Lu}\p{Ll}+$/u.test(t.s) && !FUNCTION_WORDS.has(k);
};

/**
 * A person noun right before lexeme `j` (a comma, bracket or dash), or up to four words back in the same
 * noun phrase ("the oldest patient on the ward, 103,"); a pronoun is no noun to stand beside.
 */
function besidePerson(lx: readonly Lex[], j: number): boolean {
  if (isPersonWord(lx[j - 1], false) && !SUBJECT_PRONOUNS.has(lx[j - 1]!.k)) return true;
  for (let b = j - 2; b >= 0 && b >= j - 5; b--) {
    const w = lx[b]!;
    if (clauseEnd(w) || BE.has(w.k) || SUBJECT_PRONOUNS.has(w.k)) return false;
    if (isPersonNoun(w.k.replace(/['’]s$/, ''))) return true;
  }
  return false;
}

const BIG_NUMBER_WORD_RE = /^(?:9\d|1[01]\d|ninety|ninety-\w+|hundred|hundredth)$/;
/** Whether a number of ninety up may start within the five lexemes from `k`. */
function bigNumberAhead(lx: readonly Lex[], k: number): boolean {
  for (let e = k; e < lx.length && e < k + 6; e++) if (BIG_NUMBER_WORD_RE.test(lx[e]!.k)) return true;
  return false;
}

/** Whether the sentence going on from lexeme `k` ends with ", my granddad" / ", our nan" (a person said last). */
function personClosesSentence(lx: readonly Lex[], k: number): boolean {
  for (let e = k; e < lx.length; e++) {
    const w = lx[e]!;
    if (w.s === '.' || w.s === '!' || w.s === '?') return false;
    if (w.s !== ',' || !/^(?:my|our|his|her|their|your)$/.test(lx[e + 1]?.k ?? '')) continue;
    let n = e + 2;
    if (/^(?:great|old|dear|poor)$/.test(lx[n]?.k ?? '')) n++;
    if (lx[n] !== undefined && isPersonNoun(lx[n]!.k.replace(/['’]s$/, '')) && (lx[n + 1] === undefined || /^[.!?,]$/.test(lx[n + 1]!.s))) return true;
  }
  return false;
}

/** Ages over 89 in the frames of a person's age; pushes the age words only. */
function agesIn(text: string, lx: readonly Lex[], push: Push): void {
  const line = lx.map((t) => t.k);
  const howOld = line.findIndex((k, i) => k === 'how' && line[i + 1] === 'old');
  // R35 talk13: a person's age named as a noun ("his age is", "my granny's age?", "asked her age").
  const ageNoun = line.findIndex((k, i) => k === 'age' && i > 0 && (/^(?:his|her|their|my|your|our)$/.test(line[i - 1]!) || /['’]s$/.test(lx[i - 1]!.s)));
  // The end of the last number read in the frame of an age, whatever its value: a correction or a
  // second guess after it ("eighty-nine, sorry, ninety") is an age too.
  let lastAge = -1;
  for (let i = 0; i < lx.length; i++) {
    const t = lx[i]!;
    // A decade of life: "in her late nineties", "in his 90s".
    if (t.k === 'nineties' || t.k === '90s' || t.k === "90's") {
      let j = i - 1;
      if (j >= 0 && /^(?:early|mid|late|mid-)$/.test(lx[j]!.k)) j--;
      if (j >= 0 && /^(?:her|his|their|my|your|our)$/.test(lx[j]!.k)) push(t.start, t.end, 'AGE', 6);
      continue;
    }
    const r = readNumber(lx, i);
    if (r === undefined) continue;
    // ("at 0100": a clock time written with its leading zero is no age.) A number under 90 is read only
    // when a number of ninety up follows it closely, which it could be corrected to.
    if (/^0\d/.test(t.k) || (r.value < 90 && !bigNumberAhead(lx, r.end))) {
      i = r.end - 1;
      continue;
    }
    // Inside a longer run of numbers ("ninety-nine ninety-nine", "one forty over ninety"), or a code.
    const prev = lx[i - 1];
    const next = lx[r.end];
    const afterAge = lastAge >= 0 && i - lastAge <= 4;
    if (r.value > 125 || (prev !== undefined && (readNumber(lx, i - 1)?.end === r.end || /^(?:dash|double|triple|point|over|number|#|\$|£|room|page|step|route|bus|highway|ward|bed|exit|apt|apartment|flight|channel|level|day|chapter|section|version|score)$/.test(prev.k) || (prev.k === 'no' && !afterAge) || (prev.k === 'of' && lx[i - 2]?.k === 'out')))) {
      i = r.end - 1;
      continue;
    }
    if (next !== undefined && (readNumber(lx, r.end) !== undefined || next.s === '%' || next.s === '/' || next.s === ':' || next.s === '.' && /^\d/.test(lx[r.end + 1]?.s ?? ''))) {
      i = r.end - 1;
      continue;
    }
    const start = t.start;
    const end = lx[r.end - 1]!.end;
    let age = false;
    // After: "-year-old", "year old", "years old/young", "yr old", "y/o", an ordinal's "birthday".
    const n1 = next?.k;
    const n2 = lx[r.end + 1]?.k;
    if (n1 === '-' && n2 !== undefined && /^(?:year|yr|years|yrs)(?:-old)?$|^year-old|^yr-old/.test(n2)) age = true;
    else if (n1 !== undefined && /^(?:year|years|yr|yrs)(?:-old)?$/.test(n1) && (n1.endsWith('-old') || n2 === 'old' || n2 === 'young')) age = true;
    else if (n1 === 'y' && n2 === '/') age = true;
    else if (n1 === 'y/o' || n1 === 'yo') age = true;
    else if (r.ordinal && n1 !== undefined && /^(?:birthday|bday|b-day)$/.test(n1)) age = true;
    // R35 talk13: an ordinal of ninety up that stands for the birthday itself: owned ("for her
    // ninety-fifth we rented a hall", "Nana's 95th, if …") or wished ("Happy ninety-ninth"), with no
    // noun after it ("her 95th time" is no age).
    else if (r.ordinal && prev !== undefined && (/^(?:her|his|their|my|your|our|happy)$/.test(prev.k) || /\p{L}['’]s$/u.test(prev.s)) && (clauseEnd(next) || SUBJECT_PRONOUNS.has(n1 ?? '') || AFTER_AGE_OK.has(n1 ?? ''))) age = true;
    if (!age && r.ordinal) {
      i = r.end - 1;
      continue;
    }
    const unitAfter = (n1 !== undefined && UNITS.has(n1)) || measuredNumber(text, start, end);
    if (!age && !unitAfter) {
      // Before: walk back over hedges and modals to the cue; then, if that finds none, over the
      // speaker's asides too (R35 talk11: "he is, I think, ninety-one").
      let j = i - 1;
      while (j >= 0 && HEDGES.has(lx[j]!.k)) j--;
      if (j >= 0 && !BE.has(lx[j]!.k) && !/['’](?:s|m|re)$/.test(lx[j]!.s) && !inSet(lx[j]!.k, REACH_VERBS)) {
        const a = backOverAsides(lx, j);
        if (a !== j && a >= 0 && (BE.has(lx[a]!.k) || /['’](?:s|m|re)$/.test(lx[a]!.s) || inSet(lx[a]!.k, REACH_VERBS))) j = a;
      }
      const cue = lx[j];
      const ck = cue?.k ?? '';
      const endsOk = clauseEnd(next) || AFTER_AGE_OK.has(n1 ?? '') || n1 === '(' ;
      if (cue !== undefined) {
        if (/^(?:aged|age)$/.test(ck)) age = true;
        // A question that puts the verb first: "was he ninety?", "is your gran 95 now?" (R35 talk13).
        else if (j > 0 && isPersonWord(cue, false) && (BE.has(lx[j - 1]!.k) || (j > 1 && BE.has(lx[j - 2]!.k) && /^(?:your|his|her|their|my|the)$/.test(lx[j - 1]!.k))) && endsOk) age = true;
        else if (ck === 'of' && j > 0 && (lx[j - 1]!.k === 'age' || inSet(lx[j - 1]!.k, ['woman', 'man', 'lady', 'gentleman']))) age = true;
        else if (ck === 'at' && endsOk) age = true;
        else if (BE.has(ck) || /['’](?:s|m|re)$/.test(cue.s) && cue.s.length > 2) {
          // The subject: the contraction's own word ("she's", "nan's"), or the word before the verb and its modals.
          let subj: Lex | undefined;
          if (/['’](?:s|m|re)$/.test(cue.s) && cue.s.length > 2) subj = { ...cue, k: cue.k.replace(/['’](?:s|m|re)$/, ''), s: cue.s.replace(/['’](?:s|m|re)$/, '') };
          else {
            let s = j - 1;
            while (s >= 0 && MODALS.has(lx[s]!.k)) s--;
            // "Grandpa, he is, I think, …" and "she's, um, …": the subject before the speaker's asides.
            if (s >= 0 && (lx[s]!.k === ',' || ASIDE_1.has(lx[s]!.k))) {
              const a = backOverAsides(lx, s);
              if (a >= 0 && isPersonWord(lx[a], lx[a]!.start === lx[0]!.start)) s = a;
            }
            // "she'll be", "he'd be": the subject is the contraction's own word.
            const ll = lx[s] !== undefined ? /^(.+)['’](?:ll|d)$/.exec(lx[s]!.s) : null;
            if (ll !== null) subj = { ...lx[s]!, s: ll[1]!, k: ll[1]!.toLowerCase() };
            // "lived to be 99", "made it to be …": the verb of living stands for its person.
            else if (lx[s]?.k === 'to' || (s >= 0 && inSet(lx[s]!.k, TO_VERBS))) subj = { ...lx[s]!, k: 'she', s: 'she' };
            else subj = lx[s];
          }
          if ((isPersonWord(subj, subj !== undefined && subj.start === lx[0]!.start) || subj?.k === 'age') && endsOk) age = true;
        } else if (inSet(ck, REACH_VERBS) || (TO_WORDS.has(ck) && j > 0 && inSet(lx[j - 1]!.k, TO_VERBS)) || (ck === 'see' && j > 1 && lx[j - 1]!.k === 'to' && inSet(lx[j - 2]!.k, TO_VERBS))) {
          // "grandpa turned 95", "she made it to 99": a person before the verb, and the clause ends or goes on in time.
          const back = lx.slice(Math.max(0, j - 4), j);
          if (back.some((b, bi) => isPersonWord(b, b.start === lx[0]!.start && bi === 0)) && (endsOk || ((n1 === 'with' || n1 === 'at') && /^(?:celebrat|turn)/.test(ck)))) age = true;
        } else if ((ck === ',' || ck === '(' || ck === '—' || ck === '–' || ck === '-') && j > 0 && besidePerson(lx, j) && (clauseEnd(next) || n1 === 'come' || n1 === 'this' || n1 === 'next' || ((n1 === 'and' || n1 === 'on') && ck !== '-'))) {
          // Beside a person noun: "my grandfather, 94, …", "my great aunt (96)", "Grandma — 94 — still …",
          // "the oldest patient on the ward, 103, …", "my nan, 98 and fierce" (R35 talk13).
          age = true;
        } else if ((ck === '?' || ck === ':') && j > 0 && lx[j - 1]!.k === 'age' && (clauseEnd(next) || AFTER_AGE_OK.has(n1 ?? ''))) {
          // "my granny's age? ninety-two", "age: 91" (R35 talk13).
          age = true;
        } else if (inSet(ck.replace(/['’]s$/, ''), PERSON_NOUNS) && j === i - 1 && (clauseEnd(next) || AFTER_AGE_OK.has(n1 ?? '') || /^(?:lives|lived|still|is|was|has|had|does|can|just|never|always)$/.test(n1 ?? ''))) {
          // Chat drops the commas: "my grandfather 92 lives with us".
          age = true;
        }
      }
      // The person said after the clause the age opens: "ninety-one and still smokes, my granddad" (R35 talk13).
      if (!age && r.value >= 90 && (prev === undefined || clauseEnd(prev)) && personClosesSentence(lx, r.end)) age = true;
      // The answer to "how old": "… how old she was and I said 93", "How old is she now? Ninety?"
      if (!age && howOld >= 0 && howOld < i && (clauseEnd(next) || n1 === 'or' || n1 === 'i')) age = true;
      // … or told before the question it answers, as a clause of its own: "Ninety-four. That's how old
      // she is.", "I said ninety-two when the nurse asked his age" (R35 talk13).
      const asked = Math.max(howOld, ageNoun);
      if (!age && asked > r.end && (prev === undefined || clauseEnd(prev) || /^(?:said|say|says|told|answered|wrote|put)$/.test(prev.k)) && (clauseEnd(next) || n1 === 'when')) age = true;
      // A second guess at an age just read: "ninety-one, maybe ninety-two", "92 or 93" (R35 talk11).
      if (!age && afterAge && lx.slice(lastAge, i).every((w) => ALTERNATIVE.has(w.k)) && (clauseEnd(next) || AFTER_AGE_OK.has(n1 ?? ''))) age = true;
      // The same frame said twice in one line: "she was ninety when she moved in and ninety-four when she
      // died" — after an age, "and" and a number that goes on in time as the first did (R35 talk13).
      if (!age && lastAge >= 0 && prev?.k === 'and' && (n1 === 'when' || n1 === 'by' || n1 === 'at')) age = true;
      // A line that opens with the age before "years old" was read above; one that opens with it and a person is not.
    }
    if (age) {
      // (Under 90 no identifier: it only lets a correction or second guess after it be read.)
      if (r.value >= 90) push(start, end, 'AGE', 6);
      lastAge = r.end;
    }
    i = r.end - 1;
  }
}

const MEASURE_AFTER_RE = /^[\s,]*(?:(?:minutes?|mins?|seconds?|hours?|hrs|days|weeks|percent|%|pounds?|lbs?|kilos?|kg|degrees?|miles?|mph|km|kph|dollars?|bucks|cents|times|points?|feet|foot|inches|mg|milligrams?|ml|beats|bpm|calories|steps|pages|k)\b|on[ \t]+the[ \t]+(?:freeway|highway|interstate|motorway|road|test|exam|scale|speedometer|dial|clock|thermometer)\b|in[ \t]+a[ \t]+\d*[ \t]*(?:zone|limit)\b)/i;

/**
 * An age proposal that is a measure: the number goes on with a unit ("a hundred and two percent",
 * "a hundred and eight miles an hour") or a place of speed or marks ("hit 92 on the freeway"). The
 * age rules read the number alone; finish() drops such proposals (R35 talk10).
 */
export function measuredNumber(text: string, start: number, end: number): boolean {
  let e = end;
  // The proposal may hold only the head of the number ("a hundred" of "a hundred and two").
  const rest = /^(?:[ \t]+and)?[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+)\b/i.exec(text.slice(e, e + 24));
  if (rest !== null) e += rest[0].length;
  return MEASURE_AFTER_RE.test(text.slice(e, e + 40)) && start >= 0;
}

// R35 talk11: a number bound to a measure is no age, whichever rule read it. The binding is the
// clause's: a measure noun as the subject of the verb right before the number ("my score was 96",
// "her blood sugar is like 94"), or a frame after it that converts or grades ("90 in dog years",
// "96 on the final"). (No noun that is also a common first name: "mark", "bill" — "my dad Mark … is 94".)
const MEASURE_SUBJECT_RE =
  /\b(?:scores?|grades?|sugars?|glucose|pressure|temp|temperature|fever|weight|pulse|rate|levels?|count|iq|average|gpa|speed|speedometer|battery|rent|balance|credit|tests?|exam|quiz|percentile|oxygen|sats?|bp|cholesterol|a1c|phq(?:-?9)?|gad(?:-?7)?|pcl|bdi|rank|ranking|number|room|bed|bus|route|flight|channel|volume|thermostat|odometer|mileage|price|total|tab|debt)\b(?:[ \t]+[\p{L}’']+){0,2}?[ \t]+(?:is|was|were|are|be|been|came[ \t]+(?:in|back)[ \t]+at|went[ \t]+up[ \t]+to|got[ \t]+to|hit|reached|at|read|reads|said|says|of)[ \t]+(?:(?:like|about|around|just|only|almost|nearly|over|under|a|an|exactly|still|now|already)[ \t]+)*$/iu;
const MEASURE_AFTER_FRAME_RE = /^[ \t]*(?:in[ \t]+(?:dog|cat|horse|human|people)[ \t]+years\b|on[ \t]+(?:the|my|his|her|a|an|that|this)[ \t]+(?:final|finals|test|exam|quiz|midterm|mid-term|paper|essay|assignment|sats?|act|report|scale|speedometer|gauge|thermometer)\b|out[ \t]+of\b)/iu;
export function measureBound(text: string, start: number, end: number): boolean {
  if (MEASURE_AFTER_FRAME_RE.test(text.slice(end, end + 32))) return true;
  const before = text.slice(Math.max(0, start - 48), start);
  const clause = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;][^.!?;]*$/)) + 1);
  return MEASURE_SUBJECT_RE.test(clause);
}

// R35 talk13: an age a speaker compares themselves or someone to is no one's age: "I feel ninety
// years old", "he acts like he's ninety", "she looks about a hundred". The verb of seeming, then "like"
// or a hedge, then (for "like") the person's "he's"/"I'm", then the number.
const SEEMING_BEFORE_RE =
  /\b(?:feel|feels|felt|feeling|look|looks|looked|looking|act|acts|acted|acting|sound|sounds|sounded|sounding|behave|behaves|behaving|walk|walks|walked|walking|move|moves|moved|moving|dress|dresses|dressed|dressing|talk|talks|talked|talking)[ \t]+(?:(?:like|about|almost|nearly|at[ \t]+least|as[ \t]+if|as[ \t]+though|as[ \t]+old[ \t]+as|every[ \t]+bit[ \t]+of)[ \t]+)?(?:(?:i['’]m|he['’]s|she['’]s|they['’]re|i[ \t]+am|he[ \t]+is|she[ \t]+is|i[ \t]+was|he[ \t]+was|she[ \t]+was|i['’]d[ \t]+be)[ \t]+)?(?:(?:about|almost|nearly|like|a)[ \t]+)?$/i;
export function seemingAge(text: string, start: number): boolean {
  return SEEMING_BEFORE_RE.test(text.slice(Math.max(0, start - 60), start));
}

// R35 talk13: the capitalised words right before a plate or its label name the state or country that
// issued it or the car's make and model ("a Georgia tag", "a New York plate", "a Vauxhall Corsa SN63
// BFX", "dark blue Astra, LV15 KRW"): no person or place of the speaker's.
const PLATE_WORD_AFTER_RE = /^[ \t]+(?:licen[cs]e[ \t]+)?(?:plates?|tags?|rego|registration|reg)\b/i;
/** Names and places that only name a plate's issuer or its car; `proposals` sorted or not. */
export function plateIssuers<T extends { start: number; end: number; type: string }>(text: string, proposals: readonly T[]): Set<T> {
  const out = new Set<T>();
  const plates = proposals.filter((p) => p.type === 'VEHICLE');
  const cands = proposals.filter((p) => p.type === 'NAME' || p.type === 'GEO').sort((a, b) => b.start - a.start);
  const starts = new Set(plates.map((p) => p.start));
  for (const c of cands) {
    const gap = /^,?[ \t]+/.exec(text.slice(c.end, c.end + 4));
    if (PLATE_WORD_AFTER_RE.test(text.slice(c.end, c.end + 24)) || (gap !== null && starts.has(c.end + gap[0].length))) {
      out.add(c);
      // The word before it is the make of the model just dropped ("Vauxhall Corsa").
      starts.add(c.start);
    }
  }
  return out;
}

// ---- the edges of spans other rules made ---------------------------------------------------------------

const ORDINAL_HEAD_RE = /^(?:\d{1,2}(?:st|nd|rd|th)\b|(?:twenty|thirty)?-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b)/i;
const MONTH_HEAD_RE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
// A value's pieces said with words the gold of a code never holds after its end: "… and the make".
// (Lower case only: "A", "IN" may be letters of the plate.)
const CODE_TAIL_RE = /(?:[ \t,]+(?:and|the|then|make|model|colou?r|car|it|its|it's|was|is|of|a|an|on|in))+$/;

const DAY_OF_MONTH_RE = /^\S+[ \t]+of[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** `start` moved back over a "the " before it. */
function withThe(text: string, start: number): number {
  const the = /(?:^|[^\p{L}])(the[ \t]+)$/iu.exec(text.slice(Math.max(0, start - 8), start));
  return the === null ? start : start - the[1]!.length;
}
/**
 * R35 talk11: joins and trims the said parts of a date or a code that several rules read apart.
 *   - a day and the month after "of" are one date, with its "the" ("the 30th" + "of" + "may");
 *   - a plate, plan or other code ends at its last piece, not at "and the make" a rule ran on into.
 */
export function joinSaidParts(text: string, spans: Span[]): Span[] {
  if (!spans.some((s) => s.type === 'DATE' || s.type === 'VEHICLE' || s.type === 'HEALTH_PLAN' || s.type === 'OTHER_ID')) return spans;
  const out: Span[] = [];
  for (const sp of spans) {
    let s = sp;
    if (s.type === 'DATE') {
      // "the 30th" + "of" + "may": one date.
      const prev = out[out.length - 1];
      if (prev !== undefined && prev.type === 'DATE' && /^[ \t]+of[ \t]+$/i.test(text.slice(prev.end, s.start)) && MONTH_HEAD_RE.test(text.slice(s.start, s.end)) && ORDINAL_HEAD_RE.test(text.slice(prev.start, prev.end))) {
        prev.end = s.end;
        prev.start = withThe(text, prev.start);
        continue;
      }
      // "the 8th of March" takes its "the" (a day alone, "on the 8th", does not: the gold of the older batches).
      if (ORDINAL_HEAD_RE.test(text.slice(s.start, s.end)) && DAY_OF_MONTH_RE.test(text.slice(s.start, s.end))) s = { ...s, start: withThe(text, s.start) };
    } else if (s.type === 'VEHICLE' || s.type === 'HEALTH_PLAN' || s.type === 'OTHER_ID') {
      const v = text.slice(s.start, s.end);
      const tail = CODE_TAIL_RE.exec(v);
      if (tail !== null && tail.index > 0 && /[\p{N}\p{Lu}]$/u.test(v.slice(0, tail.index).replace(/[ \t,]+$/, ''))) s = { ...s, end: s.start + v.slice(0, tail.index).replace(/[ \t,]+$/, '').length };
    }
    out.push({ ...s });
  }
  return out;
}

// ---- codes said in pieces -----------------------------------------------------------------------------

const PLAN_LABELS = ['member', 'subscriber', 'policy', 'medicare', 'medicaid', 'insurance', 'beneficiary', 'group', 'plan', 'membership', 'card', 'medi-cal', 'tricare'];
const PLATE_LABELS = ['plate', 'plates', 'tag', 'tags', 'registration', 'reg', 'rego', 'regos', 'numberplate', 'vin'];
// A licence alone is a driver's or a professional one; "licence plate" meets "plate" first, walking back.
const LICENSE_LABELS = ['license', 'licence'];
const OTHER_LABELS = ['case', 'claim', 'file', 'client', 'report', 'docket', 'reference', 'confirmation', 'ticket', 'booking', 'inmate', 'account', 'order', 'tracking', 'record', 'patient', 'student', 'employee', 'badge', 'incident', 'complaint'];
const NUMBER_LABELS = ['number', 'numbers', 'id', 'no', 'num', '#', 'code'];
// Words that may stand between a label and its value.
const GAP = new Set([
  'number', 'no', 'num', 'id', 'is', 'was', 'as', 'says', 'said', 'reads', 'read', 'on', 'the', 'card', 'it', "it's", 'its', 'like', 'um', 'uh', 'er', 'hold', 'wait', 'okay', 'ok',
  'so', 'you', 'i', 'have', 'your', 'were', 'are', 'down', 'wrote', ':', ',', '?', '#', '-', 'me', 'be', 'should', 'ready', 'just', 'again', 'of', 'my', 'that', 'this', 'one',
  'then', 'back', 'sorry', 'let', 'see', 'got', 'gave', 'a', 'an', 'with', 'had', 'give', 'here', 'thats', "that's", 'yeah', 'right',
  // R35 talk13: "a Georgia tag reading …", "the plate ended in …", "started with …".
  'reading', 'saying', 'showing', 'in', 'ended', 'ends', 'ending', 'started', 'starts', 'starting', 'began', 'begins', 'beginning',
]);
// R35 talk13: words that say only part of the value follows ("the plate ended in four two seven",
// "started with B X"): a piece of two or more is enough.
const PARTIAL = new Set(['ended', 'ends', 'ending', 'started', 'starts', 'starting', 'began', 'begins', 'beginning']);
// Words after a code that offer the next run as another reading of the same code ("KPL 491 or KPL 419",
// "TNR 582, no, TNR 528") or its other end ("starts 6 W, ends 3 3").
const SAME_CODE = new Set(['or', 'no', 'sorry', 'maybe', 'wait', 'actually', 'i', 'mean', 'either', ',', '-', 'um', 'uh', 'and', ...PARTIAL]);
// R35 talk13: letters said by their names in a run ("seven, kay, tee, why, four"). Names that are also
// words ("see", "why", "you", "are") are letters only between two pieces.
const LETTER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  bee: 'B', cee: 'C', dee: 'D', eff: 'F', gee: 'G', aitch: 'H', jay: 'J', kay: 'K', ell: 'L', pee: 'P', cue: 'Q', ess: 'S', tee: 'T', vee: 'V', wye: 'Y', zed: 'Z', zee: 'Z',
  see: 'C', why: 'Y', you: 'U', are: 'R', ar: 'R', em: 'M', en: 'N', ex: 'X', el: 'L', eye: 'I', queue: 'Q',
}));
const PLAIN_LETTER_NAMES = new Set(['bee', 'cee', 'dee', 'eff', 'gee', 'aitch', 'jay', 'kay', 'ell', 'cue', 'ess', 'tee', 'vee', 'wye', 'zed', 'zee']);
// The shape of a current British registration, two letters, two digits and three letters ("LV15 KRW"):
// a plate wherever it is said, even with no word of a car (R35 talk13).
const UK_PLATE_RE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}[ \t]?[A-Z]{3}(?![\p{L}\p{N}])/gu;
// Capital runs that are words, not letters of a code.
const NOT_LETTERS = new Set(['ID', 'OK', 'DOB', 'DL', 'TV', 'ER', 'AA', 'NA', 'PT', 'OT', 'RN', 'MD', 'DR', 'GAD', 'PHQ', 'US', 'USA', 'UK', 'CDL', 'VIN', 'SSN', 'PIN', 'ZIP', 'AM', 'PM', 'IV', 'ICU', 'CPS', 'DUI', 'DWI', 'ADHD', 'PTSD', 'OCD', 'BP', 'HR', 'LOL', 'OMG', 'IDK', 'TBH', 'NGL', 'BTW', 'I', 'A']);

function labelType(word: string): 'HEALTH_PLAN' | 'VEHICLE' | 'OTHER_ID' | 'LICENSE' | 'NUMBER' | 'SSN' | undefined {
  // "her plate's 3 K Z …": the label with its verb run on (R35 talk11).
  const k = word.length > 4 ? word.replace(/['’]s$/, '') : word;
  // A social security number has rules of its own (patterns.ts, talk-spoken.ts): left to them.
  if (k === 'social' || k === 'ssn' || k === 'security') return 'SSN';
  if (inSet(k, PLAN_LABELS)) return 'HEALTH_PLAN';
  if (inSet(k, LICENSE_LABELS)) return 'LICENSE';
  if (inSet(k, PLATE_LABELS)) return 'VEHICLE';
  if (inSet(k, OTHER_LABELS)) return 'OTHER_ID';
  if (inSet(k, NUMBER_LABELS)) return 'NUMBER';
  return undefined;
}

function atomAt(lx: readonly Lex[], i: number, inRun = false, upper = false): Atom | undefined {
  const t = lx[i]!;
  // In a line written in capitals, runs of capitals are words ("MY", "IS") and "I"/"A" are words.
  if (upper && /^[A-Z]{2,3}$/.test(t.s)) return undefined;
  if (upper && /^[AI]$/.test(t.s) && lx[i + 1]?.k !== 'as') return undefined;
  // Letters that are words ("I", "a", "ID", "OK") are no part of a code, unless spelled "A as in apple",
  // said inside a code ("9 W B a dash …") or a capital before another letter ("A K M …").
  if (/^[ai]$/i.test(t.s)) {
    const spelled = lx[i + 1]?.k === 'as' && lx[i + 2]?.k === 'in';
    const nextAtom = lx[i + 1] !== undefined && (CODE_LINKS.has(lx[i + 1]!.k) || /^(?:[A-Z]|\d+)$/.test(lx[i + 1]!.s) || (inRun && readAtom(lx, i + 1) !== undefined));
    // R35 talk13: a capital closing a run ("P 7 1 1 T L A") or a group read out ("5 8 A, 2 3 4 …").
    const closes = inRun && /^[AI]$/.test(t.s) && (lx[i + 1] === undefined || lx[i + 1]!.s === '.' || (lx[i + 1]!.s === ',' && lx[i + 2] !== undefined && /^(?:[A-Z]|\d+)$/.test(lx[i + 2]!.s)));
    if (!spelled && !closes && !(nextAtom && (inRun || /^[AI]$/.test(t.s)))) return undefined;
  } else if (NOT_LETTERS.has(t.s)) return undefined;
  // A letter said by its name, inside a run (R35 talk13).
  const ln = LETTER_NAMES.get(t.k);
  if (ln !== undefined && inRun && /^[a-z]+$/i.test(t.s)) {
    if (PLAIN_LETTER_NAMES.has(t.k)) return { kind: 'letter', value: ln, i, end: i + 1, marked: true };
    const n = lx[i + 1];
    const m = lx[i + 2];
    if (n !== undefined && (CODE_LINKS.has(n.k) || n.s === ',' || n.s === '-') && m !== undefined && readAtom(lx, i + 2) !== undefined) return { kind: 'letter', value: ln, i, end: i + 1, marked: true };
  }
  // A year said at the head of a piece ("twenty fifteen dash …", "two thousand and six dash …").
  const y = readYear(lx, i);
  if (y !== undefined && y.end - i > 1 && /^(?:dash|hyphen|-)$/.test(lx[y.end]?.k ?? '')) return { kind: 'digits', value: String(y.value), i, end: y.end, marked: true };
  return readAtom(lx, i);
}

/** Runs of code atoms; pushes those that a label names or that are said as codes are said. */
function codesIn(lx: readonly Lex[], lowerLine: boolean, upperLine: boolean, push: Push, labelledOnly = false): void {
  // The last code pushed: its type and the index after its last piece.
  let prevType: ReturnType<typeof labelType>;
  let prevEnd = -1;
  for (let i = 0; i < lx.length; i++) {
    const first = atomAt(lx, i, false, upperLine);
    if (first === undefined) continue;
    const atoms: Atom[] = [first];
    let links = 0;
    let j = first.end;
    for (;;) {
      let k = j;
      let linked = false;
      // Between pieces: "dash", "space", a comma, "and then", "-".
      while (k < lx.length && (CODE_LINKS.has(lx[k]!.k) || lx[k]!.s === ',' || lx[k]!.s === '-' || (lx[k]!.k === 'and' && lx[k + 1]?.k === 'then'))) {
        if (lx[k]!.k !== ',') linked = true;
        k++;
      }
      const a = k < lx.length ? atomAt(lx, k, true, upperLine) : undefined;
      if (a === undefined) break;
      // After a comma alone, a plain atom that the clause goes on from ("…, four times to the guy") is no piece.
      if (k > j && !linked && !a.marked && a.end < lx.length && atomAt(lx, a.end, true, upperLine) === undefined && !CODE_LINKS.has(lx[a.end]!.k) && /^\p{L}/u.test(lx[a.end]!.s)) break;
      if (linked) links++;
      atoms.push(a);
      j = a.end;
    }
    const digits = atoms.filter((a) => a.kind === 'digits').reduce((n, a) => n + a.value.length, 0);
    const letters = atoms.filter((a) => a.kind === 'letter').reduce((n, a) => n + a.value.length, 0);
    const marked = atoms.some((a) => a.marked);
    // Plain single letters in a lower-case or an all-capitals line could be any word's; they need more proof.
    const lowerLetters = atoms.some((a) => a.kind === 'letter' && !a.marked && (/^[a-z]$/.test(lx[a.i]!.s) || upperLine));
    // The label: walk back over the words said between a label and its value.
    let type: ReturnType<typeof labelType>;
    let b = i - 1;
    let steps = 0;
    let partial = false;
    // Another reading or the other end of the code just read (R35 talk13).
    if (prevEnd >= 0 && i - prevEnd <= 4 && lx.slice(prevEnd, i).every((w) => SAME_CODE.has(w.k))) {
      type = prevType;
      partial = lx.slice(prevEnd, i).some((w) => PARTIAL.has(w.k));
      b = -1;
    }
    while (b >= 0 && steps < 8) {
      if (PARTIAL.has(lx[b]!.k)) partial = true;
      const lt = labelType(lx[b]!.k);
      if (lt !== undefined && (lt !== 'NUMBER' || type === undefined)) {
        type = lt === 'NUMBER' ? (type ?? 'NUMBER') : lt;
        if (lt !== 'NUMBER') break;
      } else if (!GAP.has(lx[b]!.k)) {
        // "the file number on the letter is …": a place the number is read from.
        if (b >= 2 && lx[b - 1]!.k === 'the' && /^(?:on|from|in|at)$/.test(lx[b - 2]!.k)) {
          b -= 3;
          steps += 3;
          continue;
        }
        break;
      }
      b--;
      steps++;
    }
    const total = digits + letters;
    const labelled = type !== undefined;
    const ok = labelled
      ? (partial && type === 'VEHICLE' ? total >= 2 && (atoms.length >= 2 || digits >= 2) && (!lowerLetters || lowerLine || marked) : digits >= 2 && total >= 5 && atoms.length >= 2) &&
        (!lowerLetters || lowerLine || marked || digits >= 3)
      : digits >= 4 && total >= 7 && (atoms.length >= 4 || (atoms.length === 3 && marked && digits >= 6)) && (marked || letters > 0 || links > 0) && (!lowerLetters || lowerLine);
    // A run of 7, 10 or 11 digits with no label of a code, in a line with no word of a plan or a car, is a
    // phone number's shape: the phone rules read it.
    const phoneShape = letters === 0 && (digits === 7 || digits === 10 || digits === 11) && (type === undefined || type === 'NUMBER') && lineType(lx) === 'OTHER_ID';
    if (ok && !phoneShape && type !== 'SSN' && (!labelledOnly || (type !== undefined && type !== 'NUMBER'))) {
      if (type === undefined || type === 'NUMBER') type = lineType(lx);
      // Low priority: where another detector typed the same words (a phone, a licence), its type stands.
      push(lx[first.i]!.start, lx[atoms[atoms.length - 1]!.end - 1]!.end, type, 3);
      prevType = type;
      prevEnd = j;
    }
    i = j - 1;
  }
}

/** A code with no label of its own is typed by the words of its line ("…, the ID on the back of my card"). */
function lineType(lx: readonly Lex[]): 'HEALTH_PLAN' | 'VEHICLE' | 'OTHER_ID' {
  let t: 'HEALTH_PLAN' | 'VEHICLE' | 'OTHER_ID' = 'OTHER_ID';
  for (const l of lx) {
    const lt = labelType(l.k);
    if (lt === 'HEALTH_PLAN' || lt === 'VEHICLE') return lt;
    if (lt === 'SSN') return 'OTHER_ID';
    if (/^(?:car|truck|van|sedan|suv)$/.test(l.k)) t = 'VEHICLE';
  }
  return t;
}

// ---- e-mail said aloud --------------------------------------------------------------------------------

const TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'us', 'uk', 'ca', 'io', 'co', 'info', 'me', 'biz', 'au', 'de', 'ie', 'nz', 'mil']);
const LOCAL_STOP = new Set(['email', 'e-mail', 'mail', 'address', 'addy', 'write', 'send', 'reach', 'from', 'to', 'as', 'is', 'was', "it's", 'its', 'at', 'me', 'him', 'her', 'old', 'new', 'work', 'uses', 'use', 'called', 'named', 'daughter', 'son']);
const CONNECT = new Set(['dot', 'underscore', 'dash', 'hyphen', 'period', '.', '_', '-']);

// The words that introduce an address said aloud, right before its local part.
const ADDRESS_CUES = new Set(['is', 'was', "it's", 'its', 'it’s', "mine's", 'mine’s', 'to', 'from', 'email', 'e-mail', 'address', 'use', 'try', 'at', ':', 'me']);
function introducesAddress(lx: readonly Lex[], j: number): boolean {
  const k = lx[j]!.k;
  if (ADDRESS_CUES.has(k)) return true;
  // "my email is my name, ingrid voss at …": a comma after a word of the address.
  return k === ',' && j >= 1 && /^(?:name|email|e-mail|address|one|it|mine)$/.test(lx[j - 1]!.k);
}

function emailsIn(text: string, lx: readonly Lex[], push: Push): void {
  for (let i = 1; i < lx.length; i++) {
    if (lx[i]!.k !== 'at' && lx[i]!.s !== '@') continue;
    let h = i + 1;
    if (lx[h]?.k === 'sign' || lx[h]?.k === 'symbol') h++;
    else if (lx[h]?.k === 'the' && lx[h + 1]?.k === 'rate') h += 2;
    if (lx[h] === undefined || !/^\p{L}[\p{L}\d-]*$/u.test(lx[h]!.s) || FUNCTION_WORDS.has(lx[h]!.k)) continue;
    // host (dot part)+, the last a top-level domain; a host said as two or three words run together
    // ("at corvin fairweather dot net", "at petals and pots dot co dot uk") when a dot follows them.
    let e = h + 1;
    for (let w = 0; w < 3 && lx[e] !== undefined && lx[e]!.k !== 'dot' && lx[e]!.s !== '.'; w++) {
      if (!/^\p{L}[\p{L}\d-]*$/u.test(lx[e]!.s) || (FUNCTION_WORDS.has(lx[e]!.k) && lx[e]!.k !== 'and')) break;
      e++;
    }
    if (e > h + 1 && lx[e]?.k !== 'dot' && lx[e]?.s !== '.') e = h + 1;
    let lastTld = -1;
    while ((lx[e]?.k === 'dot' || lx[e]?.s === '.') && lx[e + 1] !== undefined && /^\p{L}+$/u.test(lx[e + 1]!.s)) {
      if (TLDS.has(lx[e + 1]!.k)) lastTld = e + 1;
      e += 2;
    }
    // A written domain that goes on with a path is a URL's ("at facebook.com/…").
    if (lastTld < 0 || text.charAt(lx[lastTld]!.end) === '/') continue;
    // Back over the local part: letters, said digits, words joined by dot/underscore/dash; two plain words in a row end it.
    let s = i;
    let plainBefore = false;
    let singleBefore = false;
    while (s - 1 >= 0) {
      const t = lx[s - 1]!;
      if (CONNECT.has(t.k) && s - 2 >= 0 && /^[\p{L}\d]/u.test(lx[s - 2]!.s)) {
        s -= 2;
        // The word before the connector counts as read: an initial ("t dot …") takes no plain word before it.
        singleBefore = lx[s]!.k.length === 1;
        plainBefore = !singleBefore && !/^\d+$/.test(lx[s]!.k) && wordValue(lx[s]!.k, true) === undefined;
        continue;
      }
      if (!/^[\p{L}\d]/u.test(t.s) || LOCAL_STOP.has(t.k)) break;
      // ("a new one …", "the old one …": a pronoun, not a digit of the address.)
      if (t.k === 'one' && s - 2 >= 0 && /^(?:a|the|new|old|this|that|other|another|main|work|second|fake|same)$/.test(lx[s - 2]!.k)) break;
      const numeric = /^\d+$/.test(t.k) || wordValue(t.k, true) !== undefined || t.k === 'double' || t.k === 'triple';
      const single = t.k.length === 1;
      if (!numeric && !single && FUNCTION_WORDS.has(t.k)) break;
      const plain = !numeric && !single;
      // Two plain words in a row, or a plain word before an initial ("a fake account t dot …"), end it.
      if (plain && (plainBefore || singleBefore)) break;
      singleBefore = single;
      plainBefore = plain;
      s--;
    }
    // R35 talk11: a local part said as several words ("sunny day four five", "crafty nan fifty-two",
    // "fig and thistle … all one word") reaches back to the cue that introduces the address ("my email
    // is", "it's", "send it to", "emails from", a comma after "my name"), over at most three more words.
    const oneWord = /^[ \t,]*(?:all[ \t]+)?(?:one[ \t]+word|no[ \t]+spaces|together)\b/i.test(text.slice(lx[lastTld]!.end, lx[lastTld]!.end + 24));
    let x = s;
    while (x - 1 >= 0 && s - x < 3) {
      const t = lx[x - 1]!;
      const word = /^\p{L}[\p{L}\d]*$/u.test(t.s) || /^\d+$/.test(t.s);
      if (!word || LOCAL_STOP.has(t.k) || ADDRESS_CUES.has(t.k) || (FUNCTION_WORDS.has(t.k) && !(t.k === 'and' && oneWord) && wordValue(t.k, true) === undefined && t.k !== 'day')) break;
      x--;
    }
    if (x < s && x - 1 >= 0 && introducesAddress(lx, x - 1)) s = x;
    if (s === i) continue;
    push(lx[s]!.start, lx[lastTld]!.end, 'EMAIL', 9);
    i = lastTld;
  }
}

// ---- dates said aloud ---------------------------------------------------------------------------------

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_IDX = new Map(MONTHS.map((m, i) => [m, i + 1]));
const DATE_SEP = new Set([',', '/', 'slash', '-', 'dash', '.']);

/** A said number that can be part of a numeric date: 1–31, a two-digit year ("oh four", "ninety-five") or four. */
function dateNum(lx: readonly Lex[], i: number): { value: number; end: number } | undefined {
  const t = lx[i];
  if (t === undefined) return undefined;
  if (/^\d{1,2}$|^\d{4}$/.test(t.k)) return { value: Number(t.k), end: i + 1 };
  if (t.k === 'oh' || t.k === 'zero') {
    const u = wordValue(lx[i + 1]?.k ?? '');
    if (u !== undefined && u < 10) return { value: u, end: i + 2 };
    return undefined;
  }
  const r = readNumber(lx, i);
  if (r === undefined || r.ordinal || r.value > 99) return undefined;
  return { value: r.value, end: r.end };
}

/** Month, day and year said as three numbers from `j` (either order of month and day); the end, or undefined. */
function numericDate(lx: readonly Lex[], j: number, slashes: boolean): number | undefined {
  const a = dateNum(lx, j);
  if (a === undefined) return undefined;
  let p = a.end;
  const s1 = lx[p]?.k ?? '';
  if (DATE_SEP.has(s1)) p++;
  const b = dateNum(lx, p);
  if (b === undefined) return undefined;
  let q = b.end;
  const s2 = lx[q]?.k ?? '';
  if (DATE_SEP.has(s2)) q++;
  const c = dateNum(lx, q);
  if (c === undefined) return undefined;
  if (slashes && !(s1 === 'slash' && s2 === 'slash')) return undefined;
  const monthDay = (a.value >= 1 && a.value <= 12 && b.value >= 1 && b.value <= 31) || (b.value >= 1 && b.value <= 12 && a.value >= 1 && a.value <= 31);
  return monthDay && (c.value <= 99 || (c.value >= 1900 && c.value <= 2035)) ? c.end : undefined;
}

// Words after which a said date places an event: prepositions of time, a verb of being, a verb of
// moving or leaving with its particle.
const TIME_FRAME = new Set(['on', 'since', 'was', 'is', 'til', 'till', 'until', 'by', 'from', 'before', 'after', 'out', 'in', 'away', 'date', 'dated', 'born', 'died', 'left', 'married', 'divorced', 'arrested', 'released', 'started', 'stopped', 'quit', 'relapsed', 'happened', 'moved', 'returned', 'back', 'up', 'off']);

/** A date said as three numbers with no cue: the third a year said as a pair ("oh four", "ninety-eight", "04", "1998"). */
function saidNumericDate(lx: readonly Lex[], i: number): number | undefined {
  const e = numericDate(lx, i, false);
  if (e === undefined) return undefined;
  // Month first (as said in talk), then a day.
  const a = dateNum(lx, i)!;
  if (a.value < 1 || a.value > 12) return undefined;
  let q = dateNum(lx, DATE_SEP.has(lx[a.end]?.k ?? '') ? a.end + 1 : a.end)!.end;
  if (DATE_SEP.has(lx[q]?.k ?? '')) q++;
  // The year said as a pair: "oh X", two or four digits, a number from ten up; never a lone unit word.
  const c = dateNum(lx, q);
  if (c === undefined || !(c.value >= 10 || lx[q]!.k === 'oh' || lx[q]!.k === 'zero' || /^\d{2}$/.test(lx[q]!.k))) return undefined;
  // Not one piece of a longer run of numbers (a phone, a code), nor a count with its unit.
  const after = lx[e];
  if (after !== undefined && (readNumber(lx, e) !== undefined || UNITS.has(after.k) || after.s === '%' || after.s === ':')) return undefined;
  return e;
}

function datesIn(text: string, lx: readonly Lex[], push: Push): void {
  for (let i = 0; i < lx.length; i++) {
    const k = lx[i]!.k;
    // 1. A birth date said as numbers after its cue ("DOB two twelve oh four", "born 6, 5, 95"), or
    //    anywhere with "slash" said between them ("seven slash 23 slash eighty-six").
    if (/^(?:born|dob|birth|birthday|birthdate|d\.o\.b)$/.test(k)) {
      let j = i + 1;
      while (j < lx.length && /^(?:is|was|on|:|,|-|my|her|his|date|of|the|it's|its|like|um)$/.test(lx[j]!.k)) j++;
      const e = numericDate(lx, j, false);
      if (e !== undefined) {
        push(lx[j]!.start, lx[e - 1]!.end, 'DATE', 7);
        i = e - 1;
      }
      continue;
    }
    if (lx[i + 1]?.k === 'slash' || lx[i + 2]?.k === 'slash') {
      const e = numericDate(lx, i, true);
      if (e !== undefined) {
        push(lx[i]!.start, lx[e - 1]!.end, 'DATE', 7);
        i = e - 1;
        continue;
      }
    }
    // 1b. A numeric date said with no cue (R35 talk11): month, day and a year said as a pair ("two
    //    twelve oh four", "three fourteen ninety-eight"), right after a word that places an event in
    //    time ("on", "since", "was", "moved out"), with no number before it or after it and no unit.
    if (i > 0 && TIME_FRAME.has(lx[i - 1]!.k)) {
      const e = saidNumericDate(lx, i);
      // ("the score was two six ten": numbers bound to a measure are readings, not a date.)
      if (e !== undefined && !measureBound(text, lx[i]!.start, lx[e - 1]!.end)) {
        push(lx[i]!.start, lx[e - 1]!.end, 'DATE', 7);
        i = e - 1;
        continue;
      }
    }
    // 2. A month and day with a year said in any form: "September 14th oh-three", "the 1st of may two thousand and three".
    const m = MONTH_IDX.get(k);
    if (m === undefined) continue;
    let startIdx = i;
    let end = -1;
    let j = i + 1;
    if (lx[j]?.k === 'the') j++;
    const asYear = readYear(lx, j);
    const d = asYear !== undefined && asYear.end > j + 1 ? undefined : readNumber(lx, j);
    if (d !== undefined && d.value >= 1 && d.value <= 31 && (d.ordinal || /^\d/.test(lx[j]!.s) || lx[j - 1]!.k === 'the' || wordValue(lx[j]!.k) !== undefined)) end = d.end;
    else if (i >= 2 && lx[i - 1]!.k === 'of') {
      const back = readNumber(lx, i - 2);
      const b2 = lx[i - 3]?.k === 'the' ? readNumber(lx, i - 2) : undefined;
      const dd = b2 ?? back;
      if (dd !== undefined && dd.end === i - 1 && dd.value <= 31 && dd.ordinal) {
        startIdx = lx[i - 3]?.k === 'the' ? i - 3 : i - 2;
        end = i + 1;
      }
    }
    if (end < 0) continue;
    // "may"/"march" in lower case are words unless a day follows.
    let y = end;
    if (lx[y]?.s === ',') y++;
    if (lx[y]?.k === 'of') y++;
    const yr = readYear(lx, y);
    if (yr === undefined) continue;
    push(lx[startIdx]!.start, lx[yr.end - 1]!.end, 'DATE', 7);
    i = yr.end - 1;
  }
}

// ---- driver -------------------------------------------------------------------------------------------

// A line is read only if it has a digit or a word of a number, an "at" before a "dot", or a birth cue.
const GATE_RE = /\d|\b(?:(?:plates?|tags?|rego|reg|registration|vin)\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|oh|zero|double|triple|nineties|dot|alpha|bravo|charlie|delta|kilo|lima|mike|tango|victor|whiskey|x-ray|zulu|yankee|romeo|sierra|echo|foxtrot|golf|hotel|juliet|november|papa)/i;

// A line of talk outside a dialogue: one opened by a speaker's label, or by a transcript's timestamp
// and diarised label ("[01:36] Speaker 1:", "[01:36] ", "SPEAKER_00:", R35 talk13).
const TALK_LINE_RE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]|(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:client|counsell?or|therapist|patient|clinician|caller|user|me|t|c|p|speaker[ _]?\d{0,2})[ \t]*:)/i;
// The label a line of talk opens with, to leave out of its reading.
const LINE_LABEL_RE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:[A-Za-z][A-Za-z]{0,20}(?:[ _]?\d{1,2})?:[ \t])?/;
// R35 talk13: talk with no labels is someone telling their own life: "I", "my", "me" as words.
// Speech-to-text with no diarisation ("my gran is 94 and still drives", one run-on paragraph) has no
// labels at all; a clinical note speaks of "pt" and "she", and its "we" is the team's. Such a line is
// read; and every line of a text when a third of its lines (two at least) are such lines.
// ("I" before a verb or with its contraction, "my" before a word, "me" as a word: never the "I" of
// "I:E" or "I/O", nor "MY"/"ME" in capitals.)
const FIRST_PERSON_RE = /(?:^|[\s"“(])(?:I(?:['’](?:m|ve|d|ll)[ \t]|[ \t]+[a-z]{2,}\b)|[Mm]y[ \t]+\p{Ll}|me(?=[\s.,!?]|$))/u;
function toldInFirstPerson(text: string): boolean {
  let lines = 0;
  let first = 0;
  for (const l of text.split('\n')) {
    if (l.trim().length === 0) continue;
    lines++;
    if (FIRST_PERSON_RE.test(l)) first++;
  }
  return first >= 2 && first * 3 >= lines;
}

/**
 * Ages, dates, codes and e-mail addresses said in talk (R35 talk10): read in a dialogue (speaker
 * labels that come back, `dialogue` from detect()), or on a line opened by a speaker's label; never
 * in clinical notes, whose runs of values and codes ("HR 92 BP 120 80 RR 18") are no said identifiers.
 */
export function detectGrammar(text: string, push: Push, dialogue = false): void {
  // Talk known by its labels, or only by its first person (R35 talk13): in the second, a code is read
  // only after its label ("the plate was …"); a note's runs of readings ("rate 24-28, TVs 300-370") are no codes.
  const firstPerson = !dialogue && toldInFirstPerson(text);
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    // (The label test first, on the line's first characters; the first-person test, which reads the
    // whole line, only after the number gate has let it through.)
    const long = to - from > 2;
    const talkLine = long && (dialogue || TALK_LINE_RE.test(text.slice(from, Math.min(to, from + 24))));
    if (long && GATE_RE.test(text.slice(from, to)) && (talkLine || firstPerson || FIRST_PERSON_RE.test(text.slice(from, to)))) {
      // Outside a dialogue, a line without a talk label is read for codes only after a label word.
      const labelledOnly = !talkLine;
      // The speaker's label is no part of the talk.
      const label = LINE_LABEL_RE.exec(text.slice(from, Math.min(to, from + 40)));
      const s = from + (label ? label[0].length : 0);
      const lx = lexRange(text, s, to);
      if (lx.length > 0) {
        const body = text.slice(s, to);
        const lowerLine = !/[A-Z]/.test(body);
        const upperLine = !/[a-z]/.test(body);
        agesIn(text, lx, push);
        codesIn(lx, lowerLine, upperLine, push, labelledOnly);
        if (!upperLine && /[A-Z]{2}\d\d/.test(body)) for (const m of body.matchAll(UK_PLATE_RE)) push(s + m.index, s + m.index + m[0].length, 'VEHICLE', 3);
        if (/\bat\b|@/i.test(body) && /\bdot\b|\./i.test(body)) emailsIn(text, lx, push);
        datesIn(text, lx, push);
      }
    }
    from = to + 1;
  }
}
