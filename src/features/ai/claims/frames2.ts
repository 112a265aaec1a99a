/**
 * More frame conflicts (round 11), in the manner of frames.ts: a frame or slot the draft fills with
 * a value the source rules out, read from the surface where the word-level comparison sees only an
 * addition, or sees the same words and no conflict at all. Each rule fires only where both sides
 * fill the same frame, so a rule that does not fire never changes a label.
 *
 *  - who did an act ("the therapist reduced the dose" / "reduced … by his GP"; "removed it himself"):
 *    the agent of the same act on the same thing, another role;
 *  - a role the source says does not prescribe, said to have changed a medication;
 *  - the same relative with the other side or age ("paternal" / "maternal grandmother", "younger" /
 *    "elder daughter");
 *  - a diagnosis the source says was considered and not made, or not yet confirmed, drafted as made;
 *  - a clock time of the same event ("starts at 08:00" / "starts at 09:00", "from 00:30 to 07:30");
 *  - an interval of the same routine ("hourly" / "every 30 minutes");
 *  - the state a change started from, drafted as the state now ("most nights" / "down to twice a
 *    week from most nights");
 *  - keeping on against stopping ("will keep taking" / "agreed to stop taking");
 *  - a mood on the other end of the scale ("elevated" / "euthymic");
 *  - a named measure said to have gone the other way than its value now and before;
 *  - another part of the same whole ("session 8 of 12" / "session 6 of 12", "all three" / "two of
 *    the three");
 *  - another time for the same act ("next week" / "tonight");
 *  - a value's place against its range, a monitoring result's colour.
 */
import { lowerOf, readerFor } from './analysis.ts';
import { frameKey as key, shares, flatMap, matchesOf, recordLookup } from './text.ts';

/** Each text's frames, made once and shared (analysis.ts): a segment is cited by many sentences. */
const once = readerFor('frames2');

const STOP = new Set(['the', 'and', 'was', 'were', 'with', 'for', 'from', 'that', 'this', 'his', 'her', 'their', 'she', 'they', 'has', 'had', 'have', 'been', 'will', 'would', 'can', 'could', 'its', 'him', 'them', 'who', 'which', 'are', 'now', 'not', 'per', 'day', 'days', 'week', 'weeks', 'today', 'last', 'next', 'all', 'any', 'she', 'client', 'patient', 'reports', 'reported', 'says', 'said', 'still', 'new']);
/** A text's content words, with their keys: read once per text and shared (analysis.ts). */
const topicWordsOf = (text: string): string[] => (lowerOf(text).match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !STOP.has(w));
const topicSetOf = (text: string): Set<string> => new Set(once('topic-words', text, topicWordsOf).map(key));
/** The keys of a text's content words but those in `drop`. Shared when nothing is dropped: never mutate it. */
const topicOf = (text: string, drop?: ReadonlySet<string>): Set<string> =>
  drop === undefined ? once('topic', text, topicSetOf) : new Set(once('topic-words', text, topicWordsOf).filter((w) => !drop.has(w)).map(key));
/** Sentences and clauses: "; " and ". " end a frame, a comma does not. */
const segments = (text: string): string[] => text.split(/;|\.(?:\s|$)/).filter((s) => s.trim() !== '');

// ---------------------------------------------------------------------------------------------
// Agents. The roles that act on a client's care; a role compared only with another role, never
// with a pronoun (which could be anyone). "doctor", "prescriber", "consultant" and "clinician" name
// no one specialty: they agree with any medical role.
const ROLE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['gp', 'gp'], ['family doctor', 'gp'], ['primary care', 'gp'], ['pcp', 'gp'],
  ['psychiatrist', 'psychiatrist'], ['pharmacist', 'pharmacist'], ['therapist', 'therapist'], ['counsellor', 'counsellor'], ['counselor', 'counsellor'],
  ['psychologist', 'psychologist'], ['keyworker', 'keyworker'], ['key worker', 'keyworker'], ['social worker', 'social worker'], ['support worker', 'support worker'], ['peer worker', 'peer worker'], ['officer', 'officer'],
  ['nurse', 'nurse'], ['cpn', 'nurse'], ['teacher', 'teacher'], ['dietitian', 'dietitian'], ['dietician', 'dietitian'],
  ['doctor', 'medical'], ['physician', 'medical'], ['prescriber', 'medical'], ['consultant', 'medical'], ['clinician', 'any'], ['team', 'any'], ['staff', 'any'],
];
const MEDICAL = new Set(['gp', 'psychiatrist', 'medical']);
const ROLE_RE = new RegExp(`\\b(${ROLE_WORDS.map(([w]) => w).join('|')})s?\\b`);
const ROLE_BEFORE = new RegExp(`\\b(${ROLE_WORDS.map(([x]) => x).join('|')})s?(?: (?:has|had|have|then|also|just))?$`);
const roleOf = (w: string): string => ROLE_WORDS.find(([x]) => x === w)?.[1] ?? w;
const said = (role: string): string => (role === 'self' ? 'client' : role === 'medical' ? 'prescriber' : role);
const sameAgent = (a: string, b: string): boolean => a === b || a === 'any' || b === 'any' || (a === 'medical' && MEDICAL.has(b)) || (b === 'medical' && MEDICAL.has(a));
/** Acts on a medication or a thing, grouped so that "prescribed" and "started" are one act. */
const ACTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:start|started|starts|starting|prescribed|prescribes|commenced|initiated|began|added|adds|introduced)$/, 'start'],
  [/^(?:stop|stopped|stops|stopping|discontinued|ceased|withdrew|withdrawn)$/, 'stop'],
  [/^(?:increase|increased|increases|raised|raises|titrated|uptitrated|doubled)$/, 'up'],
  [/^(?:reduce|reduced|reduces|decreased|decreases|lowered|halved|tapered|cut)$/, 'down'],
  [/^(?:removed|removes|took|taken|gave|given|administered)$/, 'handle'],
];
// (Round vspeed5b: a word's act and mood class are pure functions of the word, asked of every word of
// every text; each is read once per distinct word and kept, bounded.)
const wordMemo = <T>(f: (w: string) => T): ((w: string) => T) => {
  const memo = new Map<string, T>();
  return (w) => {
    if (memo.has(w)) return memo.get(w) as T;
    const v = f(w);
    if (memo.size >= 50_000) memo.clear();
    memo.set(w, v);
    return v;
  };
};
const actOf = wordMemo((w: string): string | null => ACTS.find(([re]) => re.test(w))?.[1] ?? null);
const PRESCRIBING = new Set(['start', 'stop', 'up', 'down']);
interface Act {
  act: string;
  agent: string;
  topic: Set<string>;
}
/** "The therapist reduced his zopiclone", "senna added by the pharmacist", "removed it himself". */
function actsOf(text: string): Act[] {
  const out: Act[] = [];
  for (const seg of segments(lowerOf(text))) {
    const ws = seg.match(/[a-z][a-z'-]*/g) ?? [];
    ws.forEach((w, i) => {
      const act = actOf(w);
      if (act === null) return;
      // ("not started", "did not increase": an act that did not happen has no agent to compare.)
      if (ws.slice(Math.max(0, i - 3), i).some((x) => /^(?:not|never|no|n't|didn't|wasn't|hasn't)$/.test(x))) return;
      let agent: string | null = null;
      const after = ws.slice(i + 1, i + 8).join(' ');
      const by = /^(?:\S+ ){0,4}?by (?:the |his |her |their |a |an |our )?([a-z]+(?: [a-z]+)?)/.exec(after);
      if (by !== null) {
        const r = ROLE_RE.exec(by[1]!);
        // (One modifier may stand before the role: "by the pain consultant", "by the ward doctor".)
        if (r !== null && (by[1]!.startsWith(r[1]!) || by[1]!.endsWith(` ${r[1]!}`) || by[1]!.endsWith(` ${r[1]!}s`))) agent = roleOf(r[1]!);
      }
      // "removed it himself", "stopped them herself": the client.
      if (agent === null && /^(?:\S+ ){0,2}?(?:himself|herself|themselves|themself)\b/.test(after)) agent = 'self';
      if (agent === null) {
        // The subject right before the verb ("Prescriber increased", "the occupational health
        // psychologist started"), past adjectives of the role but no other verb.
        const before = ws.slice(Math.max(0, i - 4), i).join(' ');
        const r = ROLE_BEFORE.exec(before);
        if (r !== null) agent = roleOf(r[1]!);
      }
      if (agent === null) return;
      out.push({ act, agent, topic: topicOf(seg.replace(ROLE_RE, ' '), new Set([w, 'himself', 'herself', 'themselves'])) });
    });
  }
  return out;
}
/** "Keyworker does not prescribe", "the counsellor cannot prescribe". */
const NON_PRESCRIBER = new RegExp(`\\b(${ROLE_WORDS.map(([w]) => w).join('|')})s? (?:does not|doesn't|do not|don't|cannot|can't|is not able to|isn't able to|is unable to|will not|won't) prescribe\\b`);
function agentConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = actsOf(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('acts', t, actsOf));
  for (const d of drafted) {
    const same = src.filter((s) => s.act === d.act && shares(s.topic, d.topic));
    if (same.length > 0 && !same.some((s) => sameAgent(s.agent, d.agent))) return [`source says the ${said(same[0]!.agent)} did it; draft says the ${said(d.agent)}`];
    if (PRESCRIBING.has(d.act)) {
      for (const t of sources) {
        const np = NON_PRESCRIBER.exec(lowerOf(t));
        if (np !== null && sameAgent(roleOf(np[1]!), d.agent) && roleOf(np[1]!) !== 'any' && d.agent !== 'any' && d.agent !== 'medical') return [`source says the ${roleOf(np[1]!)} does not prescribe; draft says the ${d.agent} changed the medication`];
      }
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// The same relative with the other side of the family or the other end of an age order.
const SIDE: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [new Set(['maternal']), new Set(['paternal'])],
  [new Set(['elder', 'older', 'big']), new Set(['younger', 'little', 'baby'])],
  [new Set(['eldest', 'oldest']), new Set(['youngest'])],
  [new Set(['biological', 'birth']), new Set(['adoptive', 'foster', 'step'])],
];
/** Every word of SIDE (round vspeed5b): one look-up per word instead of a pass over the pairs. */
const SIDE_WORDS: ReadonlySet<string> = new Set(flatMap(SIDE, ([a, b]) => [...a, ...b]));
const KIN = /^(?:mother|father|mum|mom|dad|parents?|sisters?|brothers?|siblings?|daughters?|sons?|child|children|grandmothers?|grandfathers?|grandparents?|grandma|grandpa|granny|aunts?|uncles?|cousins?|stepfather|stepmother|half-sister|half-brother|family)$/;
// (The table is made once, not per call.)
const KIN_KEY = { mum: 'mother', mom: 'mother', dad: 'father', grandma: 'grandmother', granny: 'grandmother', grandpa: 'grandfather' } as Record<string, string>;
// (vspeed4: read through a Map, text.ts recordLookup: the same answers without a string-table search per word.)
const KIN_KEY_OF = recordLookup(KIN_KEY);
const kinKey = (w: string): string => KIN_KEY_OF.get(w) ?? w.replace(/s$/, '');
function relativesOf(text: string): Array<{ mod: string; kin: string }> {
  const ws = lowerOf(text).match(/[a-z][a-z-]*/g) ?? [];
  const out: Array<{ mod: string; kin: string }> = [];
  ws.forEach((w, i) => {
    if (!SIDE_WORDS.has(w)) return;
    const next = ws[i + 1];
    if (next !== undefined && KIN.test(next)) out.push({ mod: w, kin: kinKey(next) });
  });
  return out;
}
function relativeConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = relativesOf(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('relatives', t, relativesOf));
  for (const d of drafted) {
    const side = SIDE.find(([a, b]) => a.has(d.mod) || b.has(d.mod))!;
    const other = side[0].has(d.mod) ? side[1] : side[0];
    const mine = side[0].has(d.mod) ? side[0] : side[1];
    const theirs = src.filter((s) => s.kin === d.kin);
    // (A source that names both, "her older and younger brothers", holds the draft's too.)
    if (theirs.some((s) => other.has(s.mod)) && !theirs.some((s) => mine.has(s.mod)) && !drafted.some((x) => x.kin === d.kin && other.has(x.mod))) return [`source says the ${theirs.find((s) => other.has(s.mod))!.mod} ${d.kin}; draft says the ${d.mod} ${d.kin}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Diagnoses: made, or considered and not made, or not yet confirmed.
const DX_MADE = /\b(?:diagnosed with|(?:a |the )?(?:confirmed )?diagnosis of|meets criteria for|met criteria for)\s+([a-z0-9-]+(?: [a-z0-9-]+){0,2})/g;
const DX_NOT = /\b([a-z0-9-]+(?: [a-z0-9-]+){0,2}?)\s+(?:was|were|is|has been)?\s*(?:considered|queried|explored|assessed|suspected|raised)\s+(?:but|and)\s+(?:was\s+)?(?:not|never)\s+(?:diagnosed|confirmed|made|given|supported)\b|\b([a-z0-9-]+(?: [a-z0-9-]+){0,2}?)\s+(?:was|were|has been|is)\s+(?:ruled out|excluded|not diagnosed)\b|\bno (?:diagnosis|evidence) of\s+([a-z0-9-]+(?: [a-z0-9-]+){0,2})/g;
const UNCONFIRMED = /\bdiagnosis (?:is |was )?(?:not (?:yet )?confirmed|unconfirmed|provisional|deferred|pending|uncertain)\b|\b(?:possible|provisional|working|query|\?) (?:diagnosis|first[- ]episode)\b/;
const dxHead = (phrase: string): string => key((phrase.match(/[a-z0-9-]{3,}/g) ?? []).filter((w) => !STOP.has(w) && !/^(?:diagnosis|diagnosed|the|was|not|but|and|considered|ruled|excluded)$/.test(w))[0] ?? '');
function diagnosisConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (/\b(?:not|no|never|n't|ruled out|excluded|possible|possibly|suspected|query|considered|may|might)\b/.test(lower)) return [];
  const made = matchesOf(lower, DX_MADE).map((m) => ({ head: dxHead(m[1]!), confirmed: /\bconfirmed\b/.test(m[0]) })).filter((x) => x.head !== '');
  if (made.length === 0) return [];
  for (const t of sources) {
    const s = lowerOf(t);
    const notMade = matchesOf(s, DX_NOT).map((m) => dxHead(m[1] ?? m[2] ?? m[3] ?? '')).filter((h) => h !== '');
    for (const d of made) if (notMade.includes(d.head) && !matchesOf(s, DX_MADE).some((m) => dxHead(m[1]!) === d.head)) return [`source says ${d.head} was not diagnosed; draft says it was`];
    // "Diagnosis not yet confirmed": a draft that calls its diagnosis confirmed.
    if (made.some((d) => d.confirmed) && UNCONFIRMED.test(s)) return ['source says the diagnosis is not yet confirmed; draft says confirmed'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Clock times of an event: "starts at 09:00", "from 00:30 to 06:30".
const CLOCK = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:mg|ml|mmol|kg|%))/g;
function timesOf(text: string): Array<{ times: Set<string>; topic: Set<string> }> {
  const out: Array<{ times: Set<string>; topic: Set<string> }> = [];
  for (const seg of segments(text)) {
    // ("0.5 mg", "2.1": decimals with a unit or none are amounts, not times; only hh:mm, or hh.mm after "at".)
    const times = new Set(matchesOf(seg, CLOCK).filter((m) => seg[m.index + m[1]!.length] === ':' || /\bat\s*$/.test(seg.slice(0, m.index))).map((m) => `${Number(m[1])}:${m[2]}`));
    if (times.size === 0) continue;
    out.push({ times, topic: topicOf(seg.replace(CLOCK, ' ')) });
  }
  return out;
}
function clockConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = timesOf(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('times', t, timesOf));
  for (const d of drafted) {
    // The source's times for the same event: the one segment sharing the most words with the
    // draft's ("keyworker starts at 09:00", not "breakfast is at 08:00" beside it).
    const overlap = (s: { topic: Set<string> }): number => [...s.topic].filter((w) => d.topic.has(w)).length;
    const best = Math.max(0, ...src.map(overlap));
    const top = src.filter((s) => overlap(s) === best);
    if (best === 0 || top.length !== 1) continue;
    const missing = [...d.times].filter((x) => !top[0]!.times.has(x));
    if (missing.length > 0) return [`source gives ${[...top[0]!.times].join(' to ')}; draft says ${missing.join(', ')}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Intervals of a routine in minutes: "hourly", "every 30 minutes", "every half hour", "2-hourly".
const WORD_NUM: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, sixty: 60 };
function intervalsOf(text: string): Array<{ minutes: number; topic: Set<string> }> {
  const out: Array<{ minutes: number; topic: Set<string> }> = [];
  for (const seg of segments(lowerOf(text))) {
    const found: number[] = [];
    for (const m of matchesOf(seg, /\bevery (\d+|[a-z]+) (minutes?|mins?|hours?|hrs?)\b|\b(\d+)[- ]?(minutely|hourly)\b|\bevery (half|quarter) hour\b|\b(half-hourly|hourly)\b/g)) {
      if (m[1] !== undefined) {
        const n = Number(m[1]) || WORD_NUM[m[1]] || 0;
        if (n > 0) found.push(n * (m[2]!.startsWith('h') ? 60 : 1));
      } else if (m[3] !== undefined) found.push(Number(m[3]) * (m[4] === 'hourly' ? 60 : 1));
      else if (m[5] !== undefined) found.push(m[5] === 'half' ? 30 : 15);
      else found.push(m[6] === 'hourly' ? 60 : 30);
    }
    if (found.length !== 1) continue;
    out.push({ minutes: found[0]!, topic: topicOf(seg, new Set(['every', 'hourly', 'minutes', 'minute', 'hour', 'hours', 'half', 'quarter', 'plan'])) });
  }
  return out;
}
function intervalConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = intervalsOf(sentence);
  if (drafted.length !== 1) return [];
  const d = drafted[0]!;
  const src = flatMap(sources, (t) => once('intervals', t, intervalsOf)).filter((s) => shares(s.topic, d.topic));
  if (src.length > 0 && !src.some((s) => s.minutes === d.minutes)) return [`source says every ${src[0]!.minutes} minutes; draft says every ${d.minutes}`];
  return [];
}

// ---------------------------------------------------------------------------------------------
// The state a change started from: "down to twice a week from most nights" makes "most nights"
// the earlier state; a draft that states it as now (with no "from", "was", "used to", "before")
// contradicts the change.
const FREQ_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:most|nearly all|almost all) (?:days|nights|evenings|mornings)\b/, 'most days'],
  [/\b(?:daily|nightly|every (?:day|night)|each (?:day|night))\b/, 'daily'],
  [/\b(?:twice|two times) (?:a|per|each) week\b|\btwice weekly\b/, '2/wk'],
  [/\b(?:three times|3 times) (?:a|per|each) week\b/, '3/wk'],
  [/\b(?:once a week|weekly|every week)\b/, '1/wk'],
  [/\b(?:fortnightly|every (?:two|2) weeks|once a fortnight|biweekly)\b/, '2-weekly'],
  [/\b(?:monthly|once a month|every month)\b/, 'monthly'],
];
const freqIn = (text: string): string[] => FREQ_PHRASES.filter(([re]) => re.test(text)).map(([, v]) => v);
const EARLIER_MARK = /\b(?:from|was|were|used to|previously|before|formerly|initially|at intake|at baseline|had been|down from|up from)\b/;
function earlierStateConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (EARLIER_MARK.test(lower) || /\b(?:not|no|never|n't)\b/.test(lower)) return [];
  const mine = freqIn(lower);
  if (mine.length !== 1) return [];
  for (const seg of flatMap(sources, (t) => segments(lowerOf(t)))) {
    // "down to X from Y", "X, moved from Y", "from Y to X".
    const m = /\bfrom ((?:\S+ ){0,3}?\S+?)(?: to ((?:\S+ ){0,3}\S+))?(?=[,.;)]|$| to\b)/.exec(seg);
    if (m === null) continue;
    const fromF = freqIn(m[1]!);
    if (fromF.length !== 1 || fromF[0] !== mine[0]) continue;
    const rest = `${seg.slice(0, m.index)} ${m[2] ?? ''}`;
    const nowF = freqIn(rest).filter((f) => f !== mine[0]);
    if (nowF.length === 0) continue;
    const words = topicOf(lower, new Set(['most', 'nights', 'night', 'days', 'daily', 'weekly', 'monthly', 'fortnightly', 'occur', 'occurs', 'happen', 'happens']));
    if (!shares(words, topicOf(seg))) continue;
    return [`source says ${m[1]} was before the change, now ${nowF[0]}; draft says ${mine[0]} now`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Keeping on against stopping: "will keep taking his phone" against "agreed to stop taking his phone".
const KEEP = /\b(?:keep|keeps|keeping|kept|continue|continues|continuing|continued|carry on|carries on|still)\s+(?:to\s+)?([a-z]+ing)\s+(?:(?:his|her|their|the|a|[a-z]+'s|[a-z]\.'s)\s+)?([a-z]{3,})/;
const STOP_ACT = /\b(?:stop|stops|stopped|stopping|quit|quits|cease|ceases|ceased)\s+([a-z]+ing)\s+(?:(?:his|her|their|the|a|[a-z]+'s|[a-z]\.'s)\s+)?([a-z]{3,})/g;
function keepConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const m = KEEP.exec(lower);
  if (m === null || /\b(?:not|no|never|n't)\b/.test(lower.slice(0, m.index))) return [];
  for (const t of sources) {
    const s = lowerOf(t);
    for (const o of matchesOf(s, STOP_ACT)) {
      // ("did not stop taking": the same act going on.)
      if (/\b(?:not|never|n't|refused to|declined to|won't)\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, o.index - 20), o.index))) continue;
      if (key(o[1]!) === key(m[1]!) && key(o[2]!) === key(m[2]!)) return [`source says stop ${o[1]} ${o[2]}; draft says keep ${m[1]} ${m[2]}`];
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Mood: "Mood: euthymic" against "his mood was elevated". Three exclusive ends of one scale.
const MOOD_CLASS: ReadonlyArray<readonly [string, RegExp]> = [
  ['euthymic', /^(?:euthymic|euthymia)$/],
  ['elevated', /^(?:elevated|euphoric|expansive|hypomanic|manic)$/],
  ['low', /^(?:depressed|low|dysphoric)$/],
];
const moodClassOf = wordMemo((w: string): string | undefined => MOOD_CLASS.find(([, re]) => re.test(w))?.[0]);
function moodsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const seg of lowerOf(text).split(/[;.]\s|[;.]$|,/)) {
    const ws = seg.match(/[a-z]+/g) ?? [];
    ws.forEach((w, i) => {
      const cls = moodClassOf(w);
      if (cls === undefined) return;
      // "euthymic" is always a mood; the others only within three words of "mood", not negated.
      if (cls !== 'euthymic' && !ws.slice(Math.max(0, i - 3), i + 4).includes('mood')) return;
      if (ws.slice(Math.max(0, i - 3), i).some((x) => /^(?:not|no|never|nor|denies|denied)$/.test(x))) return;
      out.add(cls);
    });
  }
  return out;
}
function moodConflicts(sentence: string, sources: readonly string[]): string[] {
  const mine = moodsOf(sentence);
  if (mine.size !== 1) return [];
  const theirs = new Set(flatMap(sources, (t) => [...once('moods', t, moodsOf)]));
  const [m] = mine;
  if (theirs.size === 1 && !theirs.has(m!)) return [`source says mood ${[...theirs][0]}; draft says ${m}`];
  return [];
}

// ---------------------------------------------------------------------------------------------
// A named measure with its value now and an earlier one ("PCL-5 today 41 (intake 63)", "PHQ-9 9,
// was 14"): the direction of the change is fixed, and a draft that says it went the other way on
// the same measure contradicts it.
const MEASURE = /\b([a-z]{2,6}-?\d{0,2})\b/g;
const NOW_MARK = /^(?:today|now|currently|current|this week)$/;
const EARLIER = /^(?:intake|baseline|admission|was|previously|initially|before|last)$/;
function measureChanges(text: string): Map<string, 'up' | 'down'> {
  const out = new Map<string, 'up' | 'down'>();
  for (const seg of segments(lowerOf(text))) {
    const labels = matchesOf(seg, MEASURE).map((m) => m[1]!).filter((l) => /\d/.test(l) && /^[a-z]{2,6}-?\d{1,2}$/.test(l));
    if (labels.length !== 1) continue;
    const rest = seg.slice(seg.indexOf(labels[0]!) + labels[0]!.length);
    const toks = rest.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
    let now: number | null = null;
    let before: number | null = null;
    toks.forEach((t, i) => {
      if (!/^\d/.test(t)) return;
      const prev = toks[i - 1] ?? '';
      const next = toks[i + 1] ?? '';
      // The word before a number marks it first ("today 41 (intake 63)"), else the word after it.
      const mark = EARLIER.test(prev) ? 'before' : NOW_MARK.test(prev) ? 'now' : EARLIER.test(next) ? 'before' : NOW_MARK.test(next) ? 'now' : null;
      if (mark === 'before') before ??= Number(t);
      else if (mark === 'now') now ??= Number(t);
    });
    if (now !== null && before !== null && now !== before) out.set(labels[0]!.replace('-', ''), now > before ? 'up' : 'down');
  }
  return out;
}
const DRAFT_UP = /\b(?:gone up|went up|increased|risen|rose|higher|climbed)\b/;
const DRAFT_DOWN = /\b(?:gone down|went down|decreased|fallen|fell|dropped|lower|reduced)\b/;
function measureConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (/\b(?:not|no|never|n't)\b/.test(lower) || /\d/.test(lower.replace(MEASURE, ' '))) return [];
  const dir = DRAFT_UP.test(lower) ? 'up' : DRAFT_DOWN.test(lower) ? 'down' : null;
  if (dir === null) return [];
  const labels = matchesOf(lower, MEASURE).map((m) => m[1]!.replace('-', '')).filter((l) => /\d/.test(l));
  for (const t of sources) {
    for (const [label, d] of once('measures', t, measureChanges)) if (labels.includes(label) && d !== dir) return [`source's ${label} went ${d}; draft says ${dir}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// A part of a whole: "session 6 of 12", "two of the three sites", "all three sites". The same whole
// (its size and its noun) with another part is another fact.
const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, none: 0, no: 0 };
const count = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : COUNT_WORDS[w] ?? null);
const N = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|none|no)';
const PART_OF = new RegExp(`\\b${N} of (?:the |his |her |their |its )?${N} ([a-z]{3,})`, 'g');
const ALL_OF = new RegExp(`\\b(?:all|both)(?: of)? (?:the |his |her |their )?${N} ([a-z]{3,})`, 'g');
const NUMBERED = new RegExp(`\\b([a-z]{3,}) (\\d+) of (\\d+)\\b`, 'g');
function partsOf(text: string): Array<{ n: number; m: number; noun: string }> {
  const lower = lowerOf(text);
  const out: Array<{ n: number; m: number; noun: string }> = [];
  for (const x of matchesOf(lower, PART_OF)) {
    const n = count(x[1]!);
    const m = count(x[2]!);
    if (n !== null && m !== null && m > 0) out.push({ n, m, noun: key(x[3]!) });
  }
  for (const x of matchesOf(lower, ALL_OF)) {
    const m = count(x[1]!);
    if (m !== null && m > 0) out.push({ n: m, m, noun: key(x[2]!) });
  }
  for (const x of matchesOf(lower, NUMBERED)) out.push({ n: Number(x[2]), m: Number(x[3]), noun: key(x[1]!) });
  return out;
}
function partConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = partsOf(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('parts', t, partsOf));
  for (const d of drafted) {
    const same = src.filter((x) => x.m === d.m && x.noun === d.noun);
    if (same.length > 0 && !same.some((x) => x.n === d.n)) return [`source says ${same[0]!.n} of ${d.m}; draft says ${d.n} of ${d.m}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// When an act is done, as days from the note: "install it tonight" against "next week". Two spans
// that cannot overlap, for the same act (two words in common), are two different times.
const WHEN: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\b(?:tonight|this evening|today|this morning|this afternoon)\b/, 0, 0],
  [/\btomorrow\b/, 1, 1],
  [/\b(?:yesterday|last night)\b/, -1, -1],
  [/\bnext week\b/, 1, 13],
  [/\blast week\b/, -13, -1],
  [/\bnext month\b/, 7, 62],
  [/\blast month\b/, -62, -7],
];
const TIME_WORDS = new Set(['tonight', 'evening', 'today', 'morning', 'afternoon', 'tomorrow', 'yesterday', 'night', 'month', 'agreed', 'plans', 'planned', 'will']);
function whensOf(text: string): Array<{ span: [number, number]; topic: Set<string> }> {
  const out: Array<{ span: [number, number]; topic: Set<string> }> = [];
  for (const seg of lowerOf(text).split(/;|\.(?:\s|$)|\band\b|\bbut\b/)) {
    const hits = WHEN.filter(([re]) => re.test(seg));
    if (hits.length !== 1) continue;
    out.push({ span: [hits[0]![1], hits[0]![2]], topic: topicOf(seg, TIME_WORDS) });
  }
  return out;
}
function whenConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = whensOf(sentence);
  if (drafted.length !== 1 || /\b(?:not|no|never|n't)\b/.test(lowerOf(sentence))) return [];
  const d = drafted[0]!;
  const src = flatMap(sources, (t) => once('whens', t, whensOf)).filter((x) => [...x.topic].filter((w) => d.topic.has(w)).length >= 2);
  const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] <= b[1] && b[0] <= a[1];
  if (src.length > 0 && !src.some((x) => overlaps(x.span, d.span))) return ['source gives another time for the same act'];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Where a value stands against its range ("within range" / "above the range"), and a monitoring
// result's colour ("green result" / "red"): each one value of a small closed class.
const RANGE = /\b(within|in|inside|above|over|below|under|outside)\s+(?:the\s+)?(?:normal\s+|therapeutic\s+|reference\s+|target\s+)?range\b/g;
const RANGE_SIDE: Readonly<Record<string, string>> = { within: 'within', in: 'within', inside: 'within', above: 'above', over: 'above', below: 'below', under: 'below', outside: 'outside' };
const COLOUR = /\b(red|amber|green)\s+(?:result|light|flag)\b|\bresult\s+(?:was\s+|is\s+)?(red|amber|green)\b/g;
function classesOf(text: string): Array<{ cls: string; value: string; topic: Set<string> }> {
  const out: Array<{ cls: string; value: string; topic: Set<string> }> = [];
  for (const seg of segments(lowerOf(text))) {
    for (const m of matchesOf(seg, RANGE)) out.push({ cls: 'range', value: RANGE_SIDE[m[1]!]!, topic: topicOf(seg, new Set(['range', 'within', 'above', 'below', 'outside', 'normal'])) });
    for (const m of matchesOf(seg, COLOUR)) out.push({ cls: 'colour', value: (m[1] ?? m[2])!, topic: topicOf(seg, new Set(['red', 'amber', 'green', 'result'])) });
  }
  return out;
}
function classConflicts(sentence: string, sources: readonly string[]): string[] {
  if (/\b(?:not|no|never|n't)\b/.test(lowerOf(sentence))) return [];
  const drafted = classesOf(sentence);
  if (drafted.length !== 1) return [];
  const d = drafted[0]!;
  // The same class in the cited segments: one value only, and (for a range) about the same thing.
  const src = flatMap(sources, (t) => once('classes', t, classesOf)).filter((x) => x.cls === d.cls && (d.cls === 'colour' || shares(x.topic, d.topic)));
  if (src.length > 0 && !src.some((x) => x.value === d.value) && new Set(src.map((x) => x.value)).size === 1) return [`source says ${src[0]!.value}; draft says ${d.value}`];
  return [];
}

export function moreFrameConflicts(sentence: string, sources: readonly string[]): string[] {
  return [
    ...agentConflicts(sentence, sources),
    ...relativeConflicts(sentence, sources),
    ...diagnosisConflicts(sentence, sources),
    ...clockConflicts(sentence, sources),
    ...intervalConflicts(sentence, sources),
    ...earlierStateConflicts(sentence, sources),
    ...keepConflicts(sentence, sources),
    ...moodConflicts(sentence, sources),
    ...measureConflicts(sentence, sources),
    ...partConflicts(sentence, sources),
    ...whenConflicts(sentence, sources),
    ...classConflicts(sentence, sources),
  ];
}
