// Cue rules of clinical round 8 (issue 14, R35): identifiers in the header blocks, letterheads and
// signatures of clinical documents other than shift notes (discharge summaries, consult notes, ED
// notes, letters, radiology and laboratory reports, social-work notes), found by a generator of
// synthetic documents (bench/deid/clinical-gen8.ts) and described here by the shapes of such
// documents, never by the words of that batch:
//   1. a person after a label that names a person's role in the document ("Patient Name:",
//      "Attending:", "Signed by:", "cc:", "RE:", "Ordering physician:"), in the forms headers write
//      them ("SURNAME, GIVEN", "Given M. Surname", "G. Surname", "Dr. Surname"), in any case, and the
//      next person after a semicolon of a "cc:" list;
//   2. a person after "called to" / "report to" / "handed over to" when the name has two parts or a
//      title ("findings called to R. Amsel at 10:40");
//   3. a signature line: a name alone on its line followed by credentials ("Amsel, Ines, MD, PhD");
//   4. a town before a comma and a two-letter state that closes the phrase or carries a ZIP
//      ("… Drive, Quarry Hollow, VT 05601", "travel from Quarry Hollow, VT.");
//   5. a date written month-day-year with hyphens ("Mar-05-2091");
//   6. an accession, specimen, job, encounter or visit number after its label;
//   7. an employer after "employed at/by", "works/worked (N years) at/for".
// and, in finish, three kinds of false positive these documents provoke:
//   a. a capitalised word before the head of an eponymous sign, scale, exam or disease ("Ballard
//      exam", "McBurney point", "Hashimoto's thyroiditis", "Montreal Cognitive Assessment");
//   b. a clock time written after a date ("Mar-05-2091 0643", "2019-11-26 15:33") read as a phone
//      or as a day;
//   c. a title left at the start of a name ("Dr. D. Amsel": the title is not the name), a title alone,
//      a profession after "nurse" ("nurse aide"), a department line an organisation's span ran over.
// Every rule is gated by a cheap substring check before any regular expression runs.
import { NeedleFinder, scan } from './scan.ts';
import { hasFlag as has, tokenFrom, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'nurse', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sr', 'rev']);
const CREDENTIALS = new Set([
  ...['md', 'do', 'rn', 'np', 'pa', 'pa-c', 'phd', 'psyd', 'lcsw', 'licsw', 'msw', 'lmhc', 'lpc', 'lmft', 'mft', 'aprn', 'fnp', 'fnp-bc', 'pmhnp'],
  ...['pmhnp-bc', 'dnp', 'crnp', 'cnm', 'lpn', 'cna', 'rrt', 'pharmd', 'mph', 'dds', 'dmd', 'ms', 'ma', 'mba', 'bsn', 'msn', 'facp', 'frcp', 'mbbs'],
  ...['od', 'dpm', 'ot', 'otr', 'pt', 'dpt', 'slp', 'ccc-slp', 'ladc', 'cadc', 'bcba', 'm.d', 'd.o'],
]);
// Words a header puts after a person label that are not a person ("Attending: on call", "RE: referral").
const NOT_NAME = new Set([
  ...['team', 'service', 'unit', 'floor', 'call', 'unknown', 'none', 'same', 'self', 'patient', 'pt', 'family', 'staff', 'resident', 'attending'],
  ...['referral', 'consult', 'consultation', 'follow', 'up', 'request', 'records', 'results', 'report', 'transfer', 'discharge', 'admission', 'covering'],
  ...['cardiology', 'neurology', 'psychiatry', 'medicine', 'surgery', 'radiology', 'oncology', 'pediatrics', 'nursing', 'pharmacy', 'lab', 'er', 'ed', 'icu'],
  ...['chart', 'file', 'mrn', 'dob', 'acct', 'account', 'date', 'time', 'tel', 'fax', 'phone', 'pager', 'ext', 'and', 'or', 'the', 'a', 'an', 'on', 'at', 'with'],
]);

/** A word that may be part of a person's name where a header label says a person follows. */
function personWord(t: Token, lowerOk = false): boolean {
  if (t.text.length < 2 || NOT_NAME.has(t.key) || TITLES.has(t.key) || CREDENTIALS.has(t.key)) return false;
  if (/\d/.test(t.text)) return false;
  // In a line that mixes cases, a name is capitalised.
  if (t.caseInformative && t.shape !== 'title' && t.shape !== 'upper' && !(lowerOk && t.shape === 'lower')) return false;
  if (has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Speech | W.Contraction)) return false;
  // A dictionary or clinical word is a name here only when a name list holds it too.
  return !has(t, W.Common | W.Everyday | W.Clinical) || has(t, W.Last | W.First);
}
const isInitial = (text: string, t: Token): boolean => t.text.length === 1 && text.charAt(t.end) === '.';

/**
 * Reads a person's name at token `i` (after a title, if any): up to five tokens joined by single
 * spaces, ". " after an initial, or one comma (the inverted "SURNAME, GIVEN"). Returns the span of
 * the name and whether a title or a credential stood beside it, or undefined.
 */
function readPerson(text: string, tokens: readonly Token[], i: number, lineEnd: number, lowerOk = false): { start: number; end: number; words: number; titled: boolean; credited: boolean; next: number } | undefined {
  let titled = false;
  while (i < tokens.length && tokens[i]!.start < lineEnd && TITLES.has(tokens[i]!.key) && /^\.?[ \t]{1,2}$/.test(text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end))) {
    titled = true;
    i++;
  }
  let start = -1;
  let end = -1;
  let words = 0;
  let initials = 0;
  let comma = false;
  let credited = false;
  let k = i;
  for (; k < tokens.length && k - i < 6; k++) {
    const t = tokens[k]!;
    if (t.start >= lineEnd) break;
    if (k > i) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      if (CREDENTIALS.has(t.key) && /^,?[ \t]{1,2}$/.test(gap)) {
        credited = true;
        break;
      }
      if (/^,[ \t]{1,2}$/.test(gap)) {
        // One comma, after a lone surname: "AMSEL, INES". After a full name it ends the field.
        if (comma || words !== 1 || initials > 0) break;
        comma = true;
      } else if (!/^(?:\.?[ \t]{1,2}|\.)$/.test(gap)) break;
      else if (gap.startsWith('.') && !isInitial(text, tokens[k - 1]!)) break;
    }
    if (t.text.length === 1) {
      if (!/\p{L}/u.test(t.text) || text.charAt(t.end) !== '.') break;
      initials++;
    } else if (personWord(t, lowerOk)) words++;
    else break;
    if (start < 0) start = t.start;
    end = t.end;
  }
  if (start < 0 || words === 0) return undefined;
  return { start, end, words, titled, credited, next: k };
}

// Labels of a header field that hold a person (up to the colon).
const PERSON_LABEL_RE =
  /(?:^|\n|[ \t]{2,}|\|)[ \t]*(?:patient(?:'s)?(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|client(?:[ \t]+name)?|attending(?:[ \t]+(?:physician|md|of record))?|admitting(?:[ \t]+(?:physician|md))?|(?:referring|ordering|requesting|accepting|consulting|primary|treating|reading|interpreting)[ \t]+(?:physician|provider|clinician|doctor|md|radiologist|nurse|psychiatrist)|primary[ \t]+care(?:[ \t]+(?:physician|provider))?|pcp|requested[ \t]+by|referred[ \t]+by|(?:electronically[ \t]+)?signed(?:[ \t]+by)?|dictated[ \t]+by|transcribed[ \t]+by|reviewed[ \t]+by|authored[ \t]+by|author|cc|c\.c|copy[ \t]+to|re|to|from|triage[ \t]+(?:rn|nurse)|nurse|case[ \t]+manager|social[ \t]+worker|therapist|clinician|provider|physician|resident|consultant|guardian|emergency[ \t]+contact|next[ \t]+of[ \t]+kin|follow[ -]?up(?:[ \t]+with)?)[ \t]*:$/iu;

const CALLED_TO_RE = /(?<![\p{L}])(?:called[ \t]+to|report(?:ed)?[ \t]+(?:called[ \t]+)?to|handed[ \t]+over[ \t]+to|discussed[ \t]+with|read[ \t]+back[ \t]+by|signed[ \t]+by|admit(?:ted)?[ \t]+(?:to[ \t]+\p{L}+[ \t]+)?under)[ \t]+$/iu;

// The last word of every label PERSON_LABEL_RE knows, and the labels that are also a speaker's.
const LABEL_LAST_WORDS = new Set([
  ...['patient', 'pt', 'name', 'client', 'attending', 'physician', 'md', 'record', 'provider', 'clinician', 'doctor', 'radiologist', 'nurse', 'psychiatrist'],
  ...['care', 'pcp', 'by', 'author', 'cc', 'c.c', 'to', 're', 'from', 'rn', 'manager', 'worker', 'therapist', 'resident', 'consultant', 'guardian', 'contact'],
  ...['kin', 'up', 'followup', 'with', 'signed', "patient's", 'admitting'],
]);
const SPEAKER_WORDS = new Set(['patient', 'pt', 'client', 'therapist', 'nurse', 'provider', 'physician', 'clinician', 'resident', 'consultant', 'to', 'from', 're', 'doctor']);
const CALLED_TO_CUES = ['called to', 'report to', 'reported to', 'report called', 'handed over', 'discussed with', 'read back', 'signed by', 'under '];
// [A-Za-z.]: the characters of a label's last word.
const labelChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

const lineEndAt = (text: string, p: number): number => {
  const e = text.indexOf('\n', p);
  return e < 0 ? text.length : e;
};

// A signature line: a name, a comma or a space, and credentials to the end of the line.
const SIGNATURE_GATE_RE = /(?:,[ \t]*|[ \t])(?:MD|DO|RN|NP|PhD|PHD|LCSW|MSW|PA-C|PsyD|APRN|LMHC|FNP-BC|M\.D\.|md|rn|np|phd|lcsw)[ \t]*$/mu;

// A line opening with a title: a letter's addressee or a signature.
const ADDRESSEE_RE = /^[ \t]*(?:dr|prof|professor|doctor)\.?[ \t]+/gimu;
const ADDRESSEE_GATE_RE = /^[ \t]*(?:dr|prof|professor|doctor)\.?[ \t]/imu;

const STATES = 'A[LKZR]|C[AOT]|DE|DC|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]';
// ", VT 05601" or ", VT" closing the phrase (end of line, full stop, semicolon, bracket, "with").
const TOWN_STATE_RE = new RegExp(`,[ \\t]+(?:${STATES}|${STATES.toLowerCase()})(?:[ \\t]+(\\d{5})(?:-\\d{4})?(?![\\p{N}-])|(?=[ \\t]*(?:$|\\n|[.;)]|[ \\t](?:with|w\\/|and|for|on|in)(?![\\p{L}]))))`, 'gmu');
const UPPER_STATE_RE = new RegExp(`^,[ \\t]+(?:${STATES})`);

// "Mar-05-2091", "SEP-15-93": month name, day, year joined by hyphens.
const MDY_TAIL_RE = /\.?-(?:0?[1-9]|[12]\d|3[01])-(?:\d{4}|\d{2})(?![\p{N}-])/uy;

// A number after the label of a document's own numbers.
const DOC_ID_LABELS = ['accession', 'acc', 'specimen', 'sample', 'job', 'encounter', 'visit', 'requisition', 'req', 'order', 'episode', 'case', 'study', 'exam', 'dictation', 'document', 'doc', 'fin', 'csn', 'har'];
// (Both lists' places are found in one pass over the text, not one indexOf walk per entry: speed only.)
const CUE_AND_LABEL_FINDER = new NeedleFinder([...CALLED_TO_CUES, ...DOC_ID_LABELS]);
const DOC_ID_RE =
  /[\p{L}]*[ \t]*(?:(?:no\.?|number|num|#|id)[ \t]*:?|:)[ \t]*#?[ \t]*([A-Za-z]{0,4}-?\d[\dA-Za-z-]{3,18})(?![\p{L}\p{N}])/iuy;

// A house number, one to three capitalised words and a street kind ("879 Old Cobbler Street").
const STREET_RE =
  /(?<![\p{L}\p{N}])\d{1,5}[ \t]+(?:\p{Lu}[\p{L}'-]*[ \t]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Terrace|Pike|Highway|Hwy|Parkway|Pkwy|STREET|ROAD|AVENUE|AVE|LANE|DRIVE|COURT|BOULEVARD|TERRACE)(?![\p{L}\p{N}])\.?/gu;
const STREET_GATE_RE = /\d[ \t]+\p{Lu}/u;
// A profession written with "nurse" before it is no person ("nurse aide", "NURSE ASSISTANT").
const NURSE_ROLE_RE = /^(?:aide|assistant|practitioner|manager|educator|navigator|midwife|anesthetist|specialist|supervisor|technician)$/i;

// An employer after a verb of employment.
const EMPLOYED_RE = /(?<![\p{L}])(?:employed[ \t]+(?:at|by|with)|works?[ \t]+(?:at|for)|worked[ \t]+(?:[\p{L}\p{N} ]{1,24}?[ \t]+)?(?:at|for)|retired[ \t]+from)[ \t]+/giu;
const EMPLOYER_JOIN = new Set(['&', 'and', 'of']);

export function detectDocHeaders(text: string, tokens: readonly Token[], push: Push): void {
  // (Each colon's label is read on a short slice before it: one pass of indexOf, no scan of the text
  // by the long alternation of labels.)
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // The word before the colon must end a label, and a speaker's turn must be short to be a field.
    let ws = c;
    while (ws > 0 && labelChar(text.charCodeAt(ws - 1))) ws--;
    const last = text.slice(ws, c).toLowerCase();
    if (!LABEL_LAST_WORDS.has(last)) continue;
    if (SPEAKER_WORDS.has(last) && lineEndAt(text, c) - c > 60) continue;
    const from = Math.max(0, c - 48);
    const lm = PERSON_LABEL_RE.exec(text.slice(from, c + 1));
    if (lm === null) continue;
    let valueStart = c + 1;
    while (text.charCodeAt(valueStart) === 32 || text.charCodeAt(valueStart) === 9) valueStart++;
    const labelText = lm[0].slice(0, -1);
      const le = lineEndAt(text, valueStart);
      // A court caption ("Re: State v. Doe") names parties, not a person filling the field; the
      // caption's own rule takes the party.
      if (/(?:^|[ \t])vs?\.?[ \t]+\p{Lu}/u.test(text.slice(valueStart, le))) continue;
      let i = tokenFrom(tokens, valueStart);
      // A "cc:" or "RE:" field lists people apart by semicolons: read each.
      for (let guard = 0; guard < 4 && i < tokens.length && tokens[i]!.start < le; guard++) {
        // A label written in lower case says its value may be too ("patient name: ines amsel").
        const p = readPerson(text, tokens, i, le, !/\p{Lu}/u.test(labelText));
        if (!p) break;
        const label = labelText.trim().toLowerCase();
        // A one-word value needs a title, a credential or a label that only a person fills.
        const strong = p.words + (p.titled ? 1 : 0) + (p.credited ? 1 : 0) >= 2 || !/^(?:to|from|re|name|nurse|provider|physician|clinician)\b/.test(label);
        // The name fills its field: the line, a run of spaces, a semicolon, a comma or a bracket ends
        // it ("Client: General quality of life" is a speaker's turn, not a field). Outside a speaker's
        // label a name of two parts may go on with "at" or "on" ("Follow-up: Dr. Amsel at …").
        const after = text.slice(p.end, le);
        const speaker = /^(?:client|patient|pt|therapist|counsel+or|nurse|provider|physician|clinician|resident|consultant|to|from|re)\b/.test(label) && !/name/.test(label);
        // After a speaker's label one word and a comma opens a sentence, not a field ("Client: Pip,
        // our terrier, …"): there the word must end its line, or the name have two parts.
        const fieldEnd =
          p.credited || /^(?:[ \t]*$|[ \t]{2,}|\t|\.[ \t]*$)/.test(after) || ((!speaker || p.words >= 2) && /^[ \t]*[;,(]/.test(after));
        const goesOn = !speaker && (p.words >= 2 || p.titled) && /^[ \t]+(?:at|on)[ \t]/i.test(after);
        if (strong && (fieldEnd || goesOn)) push(p.start, p.end, 'NAME', 5, 'document header: a person after a label of a person');
        // Next person of the list: after "; " (skipping a credential or an organisation's words).
        const semi = text.indexOf(';', tokens[p.next - 1]!.end);
        if (semi < 0 || semi >= le) break;
        i = tokenFrom(tokens, semi + 1);
      }
  }
  const lower = text.toLowerCase();
  const hits = CUE_AND_LABEL_FINDER.find(lower);
  for (let ci = 0; ci < CALLED_TO_CUES.length; ci++) {
    const cue = CALLED_TO_CUES[ci]!;
    for (const at of hits[ci]!) {
      let after = at + cue.length;
      while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
      if (after === at + cue.length && !cue.endsWith(' ')) continue;
      if (!CALLED_TO_RE.test(text.slice(Math.max(0, at - 40), after))) continue;
      const k0 = tokenFrom(tokens, after);
      const p = readPerson(text, tokens, k0, lineEndAt(text, after));
      if (p && (p.titled || p.words >= 2 || (p.words === 1 && (p.credited || p.next - k0 > 1)))) push(p.start, p.end, 'NAME', 5, 'document: a person a finding is called or handed to');
    }
  }
  if ((lower.startsWith('dr') || lower.startsWith('prof') || lower.includes('\ndr') || lower.includes('\nprof') || lower.includes('\ndoctor')) && ADDRESSEE_GATE_RE.test(text)) {
    ADDRESSEE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ADDRESSEE_RE.exec(text)) !== null) {
      const le = lineEndAt(text, m.index);
      const p = readPerson(text, tokens, tokenFrom(tokens, m.index), le);
      if (p && p.titled && !/\S/.test(text.slice(p.end, le).replace(/^,?[ \t]*/, '').split(/[ ,]+/).filter((w) => !CREDENTIALS.has(w.toLowerCase())).join(''))) push(p.start, p.end, 'NAME', 5, 'document: a letter addressed to a titled person');
    }
  }
  if (SIGNATURE_GATE_RE.test(text)) {
    let ls = 0;
    while (ls < text.length) {
      const le = lineEndAt(text, ls);
      if (le - ls < 80 && SIGNATURE_GATE_RE.test(text.slice(ls, le))) {
        const i = tokenFrom(tokens, ls);
        const p = readPerson(text, tokens, i, le);
        // The name opens the line and only credentials follow it.
        // (Also a letter's addressee: a title and a name filling the line, "Dr. R. Amsel".)
        if (p && p.credited && (p.words >= 2 || p.titled) && /^[ \t]*(?:(?:dr|prof)\.?[ \t]+)?$/i.test(text.slice(ls, p.start))) {
          const rest = text.slice(p.end, le);
          if (/^(?:,?[ \t]*[\p{L}.-]+)+[ \t]*$/u.test(rest) && rest.split(/[,\s]+/).filter(Boolean).every((w) => CREDENTIALS.has(w.toLowerCase().replace(/\.$/, '')))) push(p.start, p.end, 'NAME', 5, 'document: a signature line');
        }
      }
      ls = le + 1;
    }
  }
  if (text.includes(', ')) {
    // (Through scan(): the regex opens with a comma, so it is tried only at commas; lead-gate.ts.)
    scan(TOWN_STATE_RE, text, (m) => {
      const zip = m[1] !== undefined;
      // A state in lower case tells nothing without a ZIP ("… , me with …").
      if (!zip && !UPPER_STATE_RE.test(m[0])) return;
      let k = tokenFrom(tokens, m.index) - 1;
      const last = k;
      // (A state and ZIP in lower case: the writer capitalises nothing, so the town is lower case too.)
      const lowerOk = zip && !UPPER_STATE_RE.test(m[0]);
      while (k >= 0 && last - k < 3) {
        const t = tokens[k]!;
        if (!townPart(t, zip, lowerOk)) break;
        if (k < last && !/^[ \t]$/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
        k--;
      }
      if (k === last) return;
      const first = tokens[k + 1]!;
      // A lone word of a mixed-case line that is a dictionary word is a clause's own ("… and Home, NH").
      if (last === k + 1 && has(first, W.Common) && !zip) return;
      push(first.start, tokens[last]!.end, 'GEO', 5, 'document: a town before its state');
      if (zip) {
        // Safe Harbor keeps a ZIP's first three digits, as the engine's ZIP rule does: the rest is marked.
        const zi = m.index + m[0].lastIndexOf(m[1]!);
        push(zi + 3, zi + m[1]!.length, 'GEO', 5);
      }
    });
  }
  if (STREET_GATE_RE.test(text)) {
    STREET_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STREET_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'GEO', 5, 'document: a house number and a street');
  }
  if (text.includes('-')) {
    for (const t of tokens) {
      if (!has(t, W.Month) || text.charCodeAt(t.end) !== 45 && text.charCodeAt(t.end) !== 46) continue;
      MDY_TAIL_RE.lastIndex = t.end;
      const m = MDY_TAIL_RE.exec(text);
      if (m) push(t.start, t.end + m[0].length, 'DATE', 6, 'document: month-day-year with hyphens');
    }
  }
  for (let li = 0; li < DOC_ID_LABELS.length; li++) {
    const label = DOC_ID_LABELS[li]!;
    for (const at of hits[CALLED_TO_CUES.length + li]!) {
      if ((at > 0 && /\p{L}/u.test(text.charAt(at - 1))) || (label.length < 5 && /\p{L}/u.test(text.charAt(at + label.length)))) continue;
      DOC_ID_RE.lastIndex = at + label.length;
      const m = DOC_ID_RE.exec(text);
      if (!m) continue;
      const v = m[1]!;
      if ((v.match(/\d/g)?.length ?? 0) < 4) continue;
      const st = m.index + m[0].length - v.length;
      push(st, st + v.length, 'OTHER_ID', 4, 'document: a number after its label');
    }
  }
  if (lower.includes('employed') || lower.includes('works ') || lower.includes('worked') || lower.includes('retired from')) {
    // (Through scan(): the regex opens with a lookbehind refusing letters, so it is tried only at word starts.)
    scan(EMPLOYED_RE, text, (m) => {
      const at = m.index + m[0].length;
      const le = lineEndAt(text, at);
      let k = tokenFrom(tokens, at);
      const k0 = k;
      let own = false;
      let end = -1;
      for (; k < tokens.length && k - k0 < 6 && tokens[k]!.start < le; k++) {
        const t = tokens[k]!;
        if (k > k0 && !/^[ \t]{1,2}(?:&[ \t]{1,2})?$/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
        if (EMPLOYER_JOIN.has(t.key) && k > k0) continue;
        // ("… & Sons": after an ampersand a word of kin is part of a firm's name.)
        const afterAmp = k > k0 && text.slice(tokens[k - 1]!.end, t.start).includes('&');
        if (has(t, W.Function | W.CoreStop | W.Calendar | W.Month | (afterAmp ? 0 : W.Relation)) || /\d/.test(t.text)) break;
        if (t.caseInformative && t.shape !== 'title' && t.shape !== 'upper') break;
        if (!has(t, W.Common | W.Everyday | W.Clinical)) own = true;
        end = t.end;
      }
      if (own && end > at) push(tokens[k0]!.start, end, 'NAME', 4, 'document: an employer after a verb of employment');
    });
  }
}

/** A word that may stand in a town's name before its state. */
function townPart(t: Token, zip: boolean, lowerOk: boolean): boolean {
  if (t.text.length < 2 || /\d/.test(t.text)) return false;
  if (t.caseInformative && t.shape !== 'title' && t.shape !== 'upper' && !(lowerOk && t.shape === 'lower')) return false;
  if (has(t, W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title | W.Locative)) return false;
  // ("Little", "Old", "New" open towns; "to", "from", "and" never do.)
  if (has(t, W.Function) && !has(t, W.CityStart)) return false;
  // Without a ZIP a clinical word before a comma is the sentence's own.
  return zip || !has(t, W.Clinical);
}

// ---------------------------------------------------------------- false positives (finish)
const EPONYM_HEAD_RE =
  /^(?:'s|’s|s')?[ \t]+(?:signs?|exam(?:ination)?|points?|scores?|scales?|index|criteria|classification|manoeuvre|maneuvers?|manoeuvres?|tests?|triad|syndrome|disease|thyroiditis|phenomenon|reflex(?:es)?|respirations|breathing|ulcer|palsy|fracture|procedure|operation|inventory|questionnaire|cognitive[ \t]+assessment|coma[ \t]+scale|depression[ \t]+(?:inventory|scale|rating)|anxiety[ \t]+(?:inventory|scale)|anonymous)(?![\p{L}])/iu;
const TIME_TAIL_RE = /[ \t]+(?:(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3]))$/;
const DATE_HEAD_RE = /(?:\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ -]\d{1,2}(?:st|nd|rd|th)?,?(?:[ -]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+of[ \t]+[a-z]+)$/i;
const YEAR_HEAD_RE = /(?:\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[a-z]+\.?[ -]\d{1,2}(?:st|nd|rd|th)?,?[ -]\d{2,4})$/i;
const MONTH_ONLY_RE = /^(?:the[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const LEAD_TITLE_RE = /^(?:drs?|doctor|prof|professor|nurse)\.?[ \t]+/i;

/**
 * Drops or trims the false positives of these documents: an eponym before its sign, scale or disease;
 * a clock time after a date; a title at the start of a name.
 */
export function trimDocSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s0 of spans) {
    let s = s0;
    const body = text.slice(s.start, s.end);
    if ((s.type === 'NAME' || s.type === 'GEO') && !/[ \t]/.test(body) && EPONYM_HEAD_RE.test(text.slice(s.end, s.end + 40)) && !/(?:drs?|mrs?|ms|prof)\.?[ \t]+$/i.test(text.slice(Math.max(0, s.start - 6), s.start))) continue;
    if (s.type === 'NAME' && NURSE_ROLE_RE.test(body) && /(?<![\p{L}])nurse[ \t]+$/iu.test(text.slice(Math.max(0, s.start - 7), s.start))) continue;
    // A title alone is no name ("prof." read as an initial).
    if (s.type === 'NAME' && /^(?:drs?|doctor|prof|professor|nurse)\.?$/i.test(body)) continue;
    // An organisation's span that opened on a department line runs into the next line's name: the
    // department is no identifier ("Department of Psychiatry\n<hospital>").
    if (body.includes('\n') && /^(?:department|dept|division|section|service|unit)\b[^\n]*\n/i.test(body)) s = { ...s, start: s.start + body.indexOf('\n') + 1 };
    if (s.type === 'NAME' && LEAD_TITLE_RE.test(body)) {
      const cut = LEAD_TITLE_RE.exec(body)![0].length;
      if (cut < body.length) s = { ...s, start: s.start + cut };
    }
    if (s.type === 'PHONE') {
      // A clock time after a date read as a phone number: "Mar-05-2091 0643" loses the time;
      // "2091-11-26 15" (of 15:33) is a date. (A date's own span keeps a time written with it.)
      const b = text.slice(s.start, s.end);
      const tail = TIME_TAIL_RE.exec(b);
      const clock = text.charAt(s.end) === ':' && /^:[0-5]\d/.test(text.slice(s.end, s.end + 3));
      const head = tail ? b.slice(0, tail.index) : '';
      if (tail && clock && (MONTH_ONLY_RE.test(head) || DATE_HEAD_RE.test(head))) {
        // (The hour of "15:33" stays with the date as a date: corpora that mark a time mark it with its date.)
        s = { ...s, type: 'DATE' };
      } else if (tail && tail[0].trim().length === 4 && YEAR_HEAD_RE.test(head)) {
        s = { start: s.start, end: s.start + tail.index, type: 'DATE' };
      } else if (s.type === 'PHONE' && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(b) && /\d[ \t]$/.test(text.slice(Math.max(0, s.start - 2), s.start))) {
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
