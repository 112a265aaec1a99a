// Risk frames by meaning (issue 15, R03, round vrisk): a small grammar that reads a risk however it
// is worded ("hoping she will not wake up", "wishes she could disappear", "fantasised about
// smashing his face in", "has been saving her zopiclone") as a frame
//
//   concept (death of self, self-harm, harm to another, hoarded medication, a rated risk level)
//   × facet (thoughts, plan, intent, act, having) × polarity × time × experiencer × target × method
//
// and compares the draft's frames with the cited sources' frames. The same concept with the other
// polarity at a time both speak of, another target of harm, another method, a relative's act given
// as the client's or another rated level is a contradiction, said in clinician words.
//
// Words are read by role in the clause, not by fixed phrases: a harm verb (a seed set, widened by
// WordNet's more general words: "stab", "strangle" and "punch" are kinds of "attack"/"hurt") whose
// object is the speaker's own self is harm to self, whose object is another person is harm to
// another; a death word after a wish or hope ("not wake up", "disappear", "better off without her")
// is a thought of death; a denial verb or "no/never/without" before a frame in the same clause is
// its polarity, and a "but" or a semicolon ends that scope ("passive SI without plan": the thought
// is stated, the plan denied). "Contracted for safety" is no denial of anything.
import { lemma, licenses } from './wordnet.ts';

export type Concept = 'death' | 'selfharm' | 'other' | 'hoard' | 'level';
type Facet = 'thought' | 'plan' | 'intent' | 'act' | 'have' | 'level';
type Time = 'past' | 'current' | null;

export interface RiskFrame {
  concept: Concept;
  facet: Facet;
  neg: boolean;
  /** "any", "never", "anyone": the denial covers every time. */
  universal: boolean;
  time: Time;
  /** 'client', or the relative the clause makes its subject. */
  who: string;
  /** Harm to another: the person harmed, when named. */
  target: string | null;
  /** Self-directed harm: cut, overdose, hang, jump, traffic, burn, gun. */
  method: string | null;
  /** A rated level: its qualifier (acute, chronic, to others) and value. */
  level: { q: string; v: [number, number] } | null;
  uncertain: boolean;
  /** "last cut 3 weeks ago": none since. */
  last?: boolean;
  /** When it last happened ("most recently on Sunday", "last … a month ago"), as a range of days before now. */
  lastWhen?: [number, number] | null;
}

const KIN = String.raw`(?:brother|sister|mother|mum|mom|father|dad|husband|wife|partner|ex-partner|ex-wife|ex-husband|son|daughter|stepfather|stepmother|stepdad|stepmum|uncle|aunt|cousin|grandmother|grandfather|friend|flatmate|boyfriend|girlfriend|landlord|manager|boss|neighbou?r|colleague|teacher|peer|classmate)`;
const KIN_RE = new RegExp(String.raw`\b${KIN}\b`, 'g');
const SELF = String.raw`(?:her|him|them|my|your|one|our)sel(?:f|ves)`;

// Harm verbs: a seed, and any verb WordNet files under one of them ("stab" is a kind of "attack").
const HARM_SEED = new Set('hurt harm injure kill attack assault hit punch stab beat strangle choke smash shoot murder slap kick strike'.split(' '));
const HARM_GENERAL = ['hurt', 'injure', 'attack', 'kill', 'strike', 'assault'];
const harmMemo = new Map<string, boolean>();
function isHarmVerb(w: string): boolean {
  const hit = harmMemo.get(w);
  if (hit !== undefined) return hit;
  const l = lemma(w) ?? w;
  let out = HARM_SEED.has(l);
  if (!out && l.length > 3 && !/^(?:touch|tell|help|see|say|cut|run|push|fight|take|make|get|go)$/.test(l)) out = HARM_GENERAL.some((g) => licenses(w, g));
  harmMemo.set(w, out);
  return out;
}

// Death of self, however said: the word itself, or a wish/hope of not being here any more.
const DEATH = new RegExp(
  [
    String.raw`\bsuicid\w*`,
    String.raw`\b(?:si)\b(?!\s*(?:units?|:))`,
    String.raw`\bkill(?:s|ed|ing)?\s+${SELF}`,
    String.raw`\b(?:end|ending|ended|ends|take|taking|took|takes)\s+(?:her|his|their|my)\s+(?:own\s+)?life`,
    String.raw`\b(?:not|never)\s+(?:to\s+)?(?:wake|waking|woke)\s+up`,
    String.raw`\bnever\s+come\s+round`,
    String.raw`\bdisappear\w*`,
    String.raw`\bbetter off without`,
    String.raw`\b(?:life|living)\s+(?:is|was|isn't|wasn't|is not|was not)\s+(?:not\s+)?worth`,
    String.raw`\bnot worth living`,
    String.raw`\bdeath wish`,
    String.raw`\b(?:wish|wishes|wished|want|wants|wanted|wanting)\s+(?:to\s+)?(?:be\s+)?(?:dead|die)`,
    String.raw`\b(?:wish|wishes|wished|want|wants|wanted)\s+(?:she|he|they|i)\s+(?:was|were)\s+dead`,
    String.raw`\bthoughts? of (?:death|dying|being dead)`,
    String.raw`\bto die\b`,
    String.raw`\boverdos\w*|\bods?\b`,
    String.raw`\battempt(?:s|ed|ing)?\b`,
    String.raw`\bhang(?:ing|ed)?\s+${SELF}|\bhanging\b`,
    String.raw`\bshoot(?:ing)?\s+${SELF}`,
    String.raw`\b(?:step|stepping|walk|walking|jump|jumping)\w*\s+(?:in front of|off|from)\b`,
  ].join('|'),
  'g',
);
const SELFHARM = new RegExp(String.raw`\bself[- ]?harm\w*|\bdsh\b|\bcut(?:s|ting)?\b(?![-\s]+(?:down|back|off|out|ties|contact|point|score|offs?)\b)|\bburn(?:s|ed|t|ing)?\s+(?:${SELF}|to\s+(?:her|his|their)|(?:her|his|their)\s+(?:hand|arm|leg|wrist))|\bscratch(?:es|ed|ing)?\s+(?:${SELF}|(?:her|his|their)\s+(?:arms?|legs?|wrists?))|\b(?:hurt|harm)(?:s|ed|ing)?\s+${SELF}`, 'g');
const HOARD = /\b(?:stockpil\w*|hoard\w*|stash\w*|saving\s+(?:up\s+)?(?:her|his|their)|saved\s+up|keeping\s+back|kept\s+back|stored|stock\s+of|supply\s+of)\b/g;
const MEDS = /\b(?:medications?|medicines?|meds|tablets?|pills?|capsules?|sedatives?|sleeping tablets|antidepressants?|opioids?|morphine|paracetamol|\w+(?:pam|lam|clone|pine|pram|xetine|line|tine|zine|done|codone|phine|zolam|barbital|mide|ium))\b/;
const LEVEL = /\b(?:(acute|chronic|current|overall|immediate|long[- ]term)\s+)?(?:suicide\s+)?risk(?:\s+(to\s+(?:self|others)))?(?:\s+(?:was|is|has been|remains))?(?:\s+(?:rated|judged|assessed|considered|formulated|felt))?(?:\s+(?:as|to be))?\s+((?:low|moderate|medium|high|elevated|minimal|significant)(?:\s*(?:-|to)\s*(?:low|moderate|medium|high))?)\b/g;

const THOUGHT = /\b(?:thoughts?|thinking|thinks?|thought|ideation|si|urges?|fantas\w+|pictur\w*|imagin\w+|visuali[sz]\w*|daydream\w*|wish\w*|wants?|wanted|hop(?:e|es|ed|ing)|voices?|voice|tell(?:s|ing)|passive|fleeting|intrusive|considered|considering|contemplat\w+)\b/;
const PLAN = /\b(?:plan(?:s|ned|ning)?|method|researched|research(?:ing)?|looked up|chosen|chose)\b/;
const INTENT = /\b(?:intent|intend(?:s|ed|ing)?|intention\w*|meant|mean(?:s|ing)? to|going to|will act|act on|acting on)\b/;
const NEG = /\b(?:den(?:y|ies|ied|ying)|rejected|refuted|no|not|never|without|w\/o|none|nor|nil|neg(?:ative)?\s+for|free of|absence of|has not|have not|had not|hasn't|haven't|hadn't|isn't|wasn't|didn't|doesn't|don't|no longer)\b/;
const UNIVERSAL = /\b(?:any|never|ever|anyone|anybody|others|at all)\b/;
const UNCERT = /\b(?:possibl[ey]|may|might|unclear|uncertain|unsure|unknown|whether|suspected|query|worried|concern(?:ed)?|would not say)\b/;
const PAST = /\b(?:history|hx|previous(?:ly)?|prior|past|used to|as a (?:teen\w*|child)|at (?:age )?\d{1,2}\b|age \d{1,2}|aged \d{1,2}|in (?:her|his|their) (?:teens|twenties|thirties|\d0s)|in (?:19|20)\d\d|years? ago|last year|when (?:she|he|they) was|teenager)\b/;
const CURRENT = /\b(?:current(?:ly)?|now|today|tonight|this (?:week|month|morning|weekend)|last (?:night|week|weekend|few days)|yesterday|recent(?:ly)?|ongoing|daily|most days|still|again|at present|presently|(?:days?|weeks?|wks?) ago|since|\d\/7|this session|in session)\b/;

const METHODS: ReadonlyArray<[string, RegExp]> = [
  ['overdose', /\b(?:overdos\w*|ods?|tablets?|pills?|paracetamol)\b/],
  ['cut', /\b(?:cut\w*|blades?|razors?|knife|knives)\b/],
  ['hang', /\b(?:hang\w*|ligatures?|noose)\b/],
  ['jump', /\b(?:jump\w*|bridge|heights?|off a)\b/],
  ['traffic', /\b(?:bus|train|traffic|lorry|car)\b/],
  ['burn', /\b(?:burn\w*|lighter)\b/],
  ['gun', /\b(?:shoot\w*|gun|rifle|shotgun|pistol)\b/],
];

/** Clauses: a sentence ends a scope, and so do a semicolon, a dash, a bracket and a contrast. */
function clausesOf(text: string): string[] {
  return text
    // ("Mrs A. disclosed", "D. would not say": an initial's or a title's full stop ends no clause.)
    .replace(/\b(Mrs?|Ms|Dr|St|[A-Z])\.(?=\s)/g, '$1')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[.;!?()]\s|[.;!?()]$|[;()]|\s[-–—]\s|\b(?:but|however|although|though|whereas|then clarified|yet)\b/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The person the clause speaks of: a relative as its subject, else the client. */
function experiencer(clause: string, at: number): string {
  let before = clause.slice(0, at);
  const cut = Math.max(before.lastIndexOf(', and '), before.lastIndexOf(' and '));
  if (cut >= 0) before = before.slice(cut + 4);
  // A witness, a knower or a finder is not the one who did it ("witnessed father hitting mother").
  if (/\b(?:witness\w*|saw|seen|heard|overheard)\b/.test(before)) return 'named';
  // "her friend, who has been cutting": the relative clause's subject.
  const rel = new RegExp(String.raw`\b(${KIN}),?\s+who\b[^,]*$`).exec(before);
  if (rel !== null) return rel[1] === 'mum' || rel[1] === 'mom' ? 'mother' : rel[1] === 'dad' ? 'father' : rel[1]!;
  // The last relative named before the cue, not as the object of a preposition ("worried about her friend").
  const kins = [...before.matchAll(KIN_RE)];
  const lastKin = kins[kins.length - 1];
  if (lastKin !== undefined && !/\b(?:to|of|with|by|about|at|for|from|on|over|against)\s+(?:(?:her|his|their|the|a|my)\s+)?(?:[a-z-]+\s+)?$/.test(before.slice(0, lastKin.index)) && !/\b(?:knows?|knew|aware|found|told|tells|said|says|thinks?|worried|unaware|informed)\b/.test(before.slice(lastKin.index))) {
    const w = lastKin[0];
    return w === 'mum' || w === 'mom' ? 'mother' : w === 'dad' ? 'father' : w;
  }
  const m = /^(?:[a-z]+:\s*)?(?:(?:her|his|their|the client's|[a-z.]+'s)\s+)?(?:late\s+)?([a-z-]+)\b/.exec(before.replace(/^(?:intake|client|pt|b|d|s|a|p|r|i|o)\s*[:,]\s*/, ''));
  const w = m?.[1] ?? '';
  // ("Her mother knows about the cutting": the relative is the subject of knowing, not of the act.)
  if (/\b(?:knows?|knew|aware|found|told|tells|said|says|thinks?|worried|about|that|unaware|informed)\b/.test(before)) return /^(?:mr|mrs|ms|miss)\b/.test(before.trim()) ? 'named' : 'client';
  if (new RegExp(String.raw`^${KIN}$`).test(w) && !/\b(?:to|of|with|by|about|at|for)\s+(?:her|his|their)\s+\S+\s*$/.test(before)) return w === 'mum' || w === 'mom' ? 'mother' : w === 'dad' ? 'father' : w;
  // "Mrs A. disclosed she herself…", "Mr B. drinks": a named adult of a family session, not the client.
  if (/^(?:mr|mrs|ms|miss)\b/.test(before.trim())) return 'named';
  return 'client';
}

const DAY_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, couple: 2, several: 4 };
/** How long ago a recency phrase places the last time, as a range of days; null when it gives none. */
function daysAgo(s: string): [number, number] | null {
  const ago = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several)\s+(day|week|wk|month|mo|year|yr)s?\s+ago\b/.exec(s);
  if (ago !== null) {
    const n = DAY_WORDS[ago[1]!.replace(' of', '')] ?? Number(ago[1]);
    const unit = { day: 1, week: 7, wk: 7, month: 30, mo: 30, year: 365, yr: 365 }[ago[2]!]!;
    return [n * unit - unit / 2 - 1, n * unit + unit / 2 + 1];
  }
  if (/\b(?:last night|yesterday|today|tonight|this morning)\b/.test(s)) return [0, 1];
  if (/\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun)\b/.test(s)) return [0, 7];
  if (/\blast week\b|\bthis week\b/.test(s)) return [0, 14];
  if (/\blast month\b/.test(s)) return [14, 62];
  if (/\blast year\b/.test(s)) return [180, 730];
  return null;
}

function methodOf(s: string): string | null {
  for (const [m, re] of METHODS) if (re.test(s)) return m;
  return null;
}

function levelOf(v: string): [number, number] {
  const scale: Record<string, number> = { minimal: 0, low: 1, moderate: 2, medium: 2, significant: 3, elevated: 3, high: 3 };
  const parts = v.split(/\s*(?:-|to)\s*/).map((p) => scale[p.trim()] ?? 2);
  return [Math.min(...parts), Math.max(...parts)];
}

function facetOf(window: string, concept: Concept, cue: string): Facet {
  if (INTENT.test(window)) return 'intent';
  if (PLAN.test(window)) return 'plan';
  if (concept === 'death' && /^(?:attempt|overdos|ods?$|hang|shoot|kill|took|take|end)/.test(cue) && !THOUGHT.test(window)) return 'act';
  if (THOUGHT.test(window) || (concept === 'death' && !/^(?:attempt|overdos|ods?$)/.test(cue))) return 'thought';
  return 'act';
}

const memo = new Map<string, RiskFrame[]>();

/** Every risk frame of a text. */
export function riskFrames(text: string): RiskFrame[] {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out: RiskFrame[] = [];
  for (const clause of clausesOf(text)) {
    const clauseStart = out.length;
    const add = (concept: Concept, at: number, end: number, cue: string, extra: Partial<RiskFrame> = {}): void => {
      // The words before the cue in its clause, back to the last comma-joined verb of report.
      let pre = clause.slice(0, at);
      const cut = Math.max(pre.lastIndexOf(','), pre.lastIndexOf(' and '), pre.lastIndexOf(':'));
      // ("no plan or intent", "denies any plan, intent": a list keeps its denial across a comma.)
      // ("denies low mood, SH, SI", "no plan, no intent", "denies self-harm and SI": a list of short
      // noun items keeps its denial to the end.)
      const ITEM = String.raw`(?!(?:described|describes|reports?|reported|endorses?|endorsed|says|said|states?|stated|has|had|is|was|admits?|admitted)\b)[a-z/-]+(?:\s+[a-z/-]+)?`;
      const LIST = new RegExp(String.raw`(?:\b(?:no|denies|denied|denying|without|w\/o|neg(?:ative)? for|screened negative for)|(?:^|\s)-)\s*(?:any\s+)?(?:${ITEM}\s*(?:,|\band\b|\bor\b|\bnor\b)\s*(?:no\s+|-)?)+$`);
      if (cut >= 0 && !/^[,\s]*(?:or|nor)\b/.test(pre.slice(cut + 1)) && !LIST.test(pre)) pre = pre.slice(cut + 1);
      const window = `${pre} ${cue}`;
      const after = clause.slice(end, end + 40);
      // "Asked directly about suicidal thoughts; client said no", "screened for SI": a question, its answer elsewhere.
      const asked = /\b(?:asked|screened for|screen for|enquired|inquired|explored)\b(?:\s+\w+){0,3}\s*$/.test(pre);
      // "Last cut 3 weeks ago": the last one, and none since.
      const last = /\b(?:last|most recent|latest)\s*$/.test(pre);
      // ("violent fantasies", "suicidal thoughts": the noun after the cue names the facet.)
      const facet = extra.facet ?? (/^\s*(?:fantas\w+|thoughts?|urges?|ideation|images?|impulses?)\b/.test(after) ? 'thought' : /^\s*(?:attempts?|bid|act)\b/.test(after) && !THOUGHT.test(pre) ? 'act' : facetOf(window, concept, cue));
      // Negation before the frame in its scope, or a denial after it ("SI denied", "SI: nil").
      // ("did not deny SI" admits it: a denial itself negated is no denial.)
      pre = pre.replace(/\b(?:did not|didn't|does not|doesn't|do not|don't|not|never)\s+den(?:y|ies|ied)\b/g, ' affirms');
      const neg = /(?:^|\s)-\s*$/.test(pre) || /^[^.;]{0,30}?:\s*(?:all\s+)?(?:denied|nil|neg(?:ative)?|none|no)\b|^[^.;]{0,30}?\b(?:has|have|had)\s+(?:also\s+)?(?:stopped|ceased)\b/.test(after) || NEG.test(pre.replace(/\bnot\s+(?:only|just)\b|\bno\s+(?:change|doubt)\b|\bnever\s+(?:wake|come)\b|\bnot\s+(?:to\s+)?wake\b|\bnot\s+worth\b/g, ' ')) || /^\s*(?:\/\s*\w+\s*)?(?:denied|nil|neg(?:ative)?|absent|none)\b/.test(after);
      // A double reading ("never come round", "not wake up" are the wish itself, not its denial).
      const inner = /\b(?:not|never)\s+(?:to\s+)?(?:wake|waking|woke|come)\b|\bnot worth\b/.test(cue);
      // ("denies suicidal intent with the cutting": the cutting modifies what is denied; it is not denied.)
      const pp = /\b(?:with|during|after|despite|around|behind)\s+(?:the|her|his|their|a|an|this|that)?\s*$/.exec(pre);
      const negated = pp !== null && !/\b(?:no|not|never|without|denies|denied)\b/.test(pre.slice(pp.index)) ? false : inner ? NEG.test(pre) : neg;
      const time: Time = negated && /\bsince\b/.test(clause) ? 'current' : CURRENT.test(clause) && !/\b(?:years? ago)\b/.test(clause) ? (PAST.test(pre) && !/\bsince\b/.test(clause) ? 'past' : 'current') : PAST.test(clause) ? 'past' : null;
      out.push({
        concept,
        facet,
        neg: negated,
        universal: negated && UNIVERSAL.test(pre + after.slice(0, 15)),
        time,
        who: experiencer(clause, at),
        target: null,
        method: concept === 'death' || concept === 'selfharm' ? methodOf(clause.slice(Math.max(0, at - 30), end + 40)) : null,
        level: null,
        uncertain: UNCERT.test(pre) || asked,
        last,
        lastWhen: /\b(?:last|most recent(?:ly)?|latest)\b/.test(clause) ? daysAgo(clause.slice(clause.search(/\b(?:last|most recent(?:ly)?|latest)\b/))) : null,
        ...extra,
      });
    };
    for (const m of clause.matchAll(DEATH)) {
      // A relative's death by suicide, and the attempt of a sentence about an attempt to do something else.
      if (/^attempt/.test(m[0]) && !/\b(?:suicid|overdos|hang|kill|life|die)\w*/.test(clause)) continue;
      if (/^(?:ods?|si)$/.test(m[0]) && /\b(?:units?|ml|mg)\b/.test(clause.slice(m.index, m.index + 12))) continue;
      add('death', m.index, m.index + m[0].length, m[0]);
    }
    for (const m of clause.matchAll(SELFHARM)) add('selfharm', m.index, m.index + m[0].length, m[0]);
    for (const m of clause.matchAll(HOARD)) if (MEDS.test(clause.slice(m.index, m.index + 50)) || /stockpil|hoard/.test(m[0])) add('hoard', m.index, m.index + m[0].length, m[0], { facet: 'have' });
    for (const m of clause.matchAll(LEVEL)) add('level', m.index, m.index + m[0].length, m[0], { facet: 'level', level: { q: `${m[1] ?? ''}${m[2] ?? ''}`, v: levelOf(m[3]!) } });
    // A plan or an intent named on its own ("with a plan", "no intent"): a facet of the risk the
    // clause (or else the text) speaks of.
    for (const m of clause.matchAll(/\b(?:plan|plans|planning|method|methods|intent|intention|intends?|intending)\b/g)) {
      const facet: Facet = /^(?:plan|method)/.test(m[0]) ? 'plan' : 'intent';
      if (out.slice(clauseStart).some((f) => f.facet === facet)) continue;
      if (/^plan/.test(m[0]) && /^\s*(?:to\s+(?:see|meet|review|call|attend|start|continue|go|return|move)|:|for\s+(?:review|treatment|follow)|review|of care)/.test(clause.slice(m.index + m[0].length))) continue;
      if (/\bsafety\s*$|\bcare\s*$|\btreatment\s*$/.test(clause.slice(0, m.index))) continue;
      // (Only in a text that names a risk, or of thoughts or urges: "intends to act on these
      // thoughts"; a plan alone is a care plan or an activity schedule.)
      const near = [...out.slice(clauseStart), ...out].find((f) => f.concept !== 'level' && f.concept !== 'hoard');
      if (near === undefined && !/\b(?:thoughts?|urges?|ideation|voices?)\b/.test(clause)) continue;
      add(near?.concept ?? 'death', m.index, m.index + m[0].length, m[0], { facet, method: null });
    }
    // Harm to another: a harm verb (or violence) whose object is not the speaker's own self.
    const words = [...clause.matchAll(/[a-z][a-z'-]*/g)];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]![0];
      const violence = /^(?:violen(?:t|ce)|homicid\w*|hi)$/.test(w);
      if (!violence && !isHarmVerb(w)) continue;
      const at = words[i]!.index;
      const rest = clause.slice(at + w.length, at + w.length + 50);
      if (new RegExp(String.raw`^\s+${SELF}`).test(rest)) continue;
      const obj = new RegExp(String.raw`^\s+(?:(?:her|his|their|my|the|a)\s+)?(${KIN}|others?|anyone|anybody|someone|people|him|her|them|(?:his|her|their) face|(?:his|her|their) \w+ (?:over|in))\b`).exec(rest);
      if (!violence && obj === null) continue;
      // "hurt" as a feeling ("felt hurt") or a body part ("hurt her back") is not harm to anyone.
      if (/\b(?:felt|feel|feels|feeling)\s*$/.test(clause.slice(0, at))) continue;
      // A target the clause names after the verb, else a person the sentence names elsewhere.
      let target: string | null = obj?.[1] !== undefined && new RegExp(String.raw`^${KIN}$`).test(obj[1]) ? obj[1] : null;
      if (target === null && !/^(?:others?|anyone|anybody|people|someone)$/.test(obj?.[1] ?? '')) {
        const named = [...text.toLowerCase().matchAll(KIN_RE)].map((k) => k[0]).filter((k) => k !== experiencer(clause, at));
        target = named.length > 0 ? named[0]! : null;
      }
      if (violence && w === 'hi') target = null;
      add('other', at, at + w.length, w, { target: target === 'mum' || target === 'mom' ? 'mother' : target === 'dad' ? 'father' : target });
    }
  }
  memo.set(text, out);
  if (memo.size > 5000) memo.clear();
  return out;
}

const group = (c: Concept): string => (c === 'death' || c === 'selfharm' ? 'self' : c);
const facetsMeet = (a: RiskFrame, b: RiskFrame): boolean => a.facet === b.facet;
const whoMeet = (a: RiskFrame, b: RiskFrame): boolean => a.who === b.who || a.who === 'named' || b.who === 'named';
const timesMeet = (d: RiskFrame, s: RiskFrame): boolean => d.time === s.time || s.time === null || (d.time === null && s.time === 'current') || (d.universal && d.neg) || (s.universal && s.neg && s.time !== 'current');
const FACET_WORDS: Record<Facet, string> = { thought: 'thoughts of', plan: 'plan for', intent: 'intent of', act: '', have: '', level: '' };
const CONCEPT_WORDS: Record<Concept, string> = { death: 'suicide or a wish to die', selfharm: 'self-harm', other: 'harming someone else', hoard: 'keeping back medication', level: 'risk level' };
const ACT_WORDS: Record<Concept, string> = { death: 'suicidal act (attempt or overdose)', selfharm: 'self-harm', other: 'harm done to someone else', hoard: 'keeping back medication', level: 'risk level' };
const says = (f: RiskFrame): string => {
  const what = f.facet === 'act' ? ACT_WORDS[f.concept] : `${FACET_WORDS[f.facet]}${FACET_WORDS[f.facet] ? ' ' : ''}${f.facet === 'plan' || f.facet === 'intent' ? CONCEPT_WORDS[f.concept].replace(' or a wish to die', '') : CONCEPT_WORDS[f.concept]}`;
  const when = f.time === 'past' ? ' in the past' : f.time === 'current' ? ' now or recently' : '';
  return `${f.neg ? 'no ' : ''}${what}${when}${f.who !== 'client' && f.who !== 'named' ? ` (the ${f.who}'s)` : ''}`;
};

export interface FrameComparison {
  /** Conflicts between the draft's frames and the sources', in clinician words. */
  contra: string[];
}

/** The draft's risk frames against the cited sources' frames. */
export function compareRiskFrames(sentence: string, sources: readonly string[]): FrameComparison {
  const draft = riskFrames(sentence);
  if (draft.length === 0) return { contra: [] };
  const src = sources.flatMap((s) => riskFrames(s));
  const contra: string[] = [];
  for (const d of draft) {
    if (d.uncertain) continue;
    if (d.concept === 'level') {
      const same = src.filter((s) => s.concept === 'level' && s.level!.q === d.level!.q);
      const LEVEL_WORDS = ['minimal', 'low', 'moderate', 'high'];
      const rated = (f: RiskFrame): string => LEVEL_WORDS.slice(f.level!.v[0], f.level!.v[1] + 1).join(' to ');
      if (same.length > 0 && same.every((s) => s.level!.v[1] < d.level!.v[0] || s.level!.v[0] > d.level!.v[1])) contra.push(`source rates the ${d.level!.q.startsWith('to ') ? `risk ${d.level!.q}` : `${d.level!.q ? `${d.level!.q} ` : ''}risk`} ${rated(same[0]!)}; draft says ${rated(d)}`);
      continue;
    }
    const cands = src.filter((s) => group(s.concept) === group(d.concept) && (s.concept === d.concept || d.facet === 'intent' || d.facet === 'plan' || s.facet === 'intent' || s.facet === 'plan') && facetsMeet(d, s) && whoMeet(d, s) && timesMeet(d, s) && !s.uncertain);
    // A denial "of any" kind against a stated one at any time; a stated one against denials only.
    if (cands.length > 0 && cands.every((s) => s.neg !== d.neg) && !(d.neg && cands.some((s) => s.last === true))) {
      const s = cands[0]!;
      contra.push(`source says ${says(s)}; draft says ${says(d)}`);
      continue;
    }
    const alike = cands.filter((s) => s.neg === d.neg);
    // When it last happened: "last had these thoughts a month ago" against "most recently on Sunday".
    if (!d.neg && d.lastWhen && alike.length > 0) {
      const dated = alike.filter((s) => s.lastWhen);
      if (dated.length > 0 && dated.every((s) => s.lastWhen![1] < d.lastWhen![0] || s.lastWhen![0] > d.lastWhen![1])) {
        contra.push(`source gives another time for the last ${CONCEPT_WORDS[d.concept]}; draft places it ${d.lastWhen[0] > dated[0]!.lastWhen![1] ? 'earlier' : 'later'}`);
        continue;
      }
    }
    // Harm to another: the person harmed.
    if (!d.neg && d.concept === 'other' && d.target !== null && alike.length > 0 && alike.every((s) => s.target !== null && s.target !== d.target) && !sources.some((t) => new RegExp(String.raw`\b${d.target}\b`, 'i').test(t))) {
      contra.push(`source names the ${alike[0]!.target} as the person he or she thought of harming; draft says the ${d.target}`);
      continue;
    }
    // Self-directed harm: the method, when both name one and the source never names the draft's.
    if (!d.neg && d.method !== null && group(d.concept) === 'self') {
      // (Only within the same concept and facet: another method beside a stated one is an addition,
      // "has also been taking overdoses", not a replacement.)
      const withMethod = alike.filter((s) => s.method !== null);
      if (withMethod.length > 0 && withMethod.every((s) => s.method !== d.method) && !src.some((s) => s.method === d.method) && !sources.some((t) => (METHODS.find(([m]) => m === d.method)![1]).test(t.toLowerCase()))) {
        contra.push(`source gives the method as ${withMethod[0]!.method}; draft says ${d.method}`);
        continue;
      }
    }
    // A relative's act given as the client's own (or the client's as a relative's).
    if (!d.neg && d.facet === 'act' && alike.length === 0) {
      const other = src.filter((s) => group(s.concept) === group(d.concept) && s.facet === 'act' && !s.neg && s.who !== d.who && s.who !== 'named' && d.who !== 'named');
      const own = src.some((s) => group(s.concept) === group(d.concept) && s.who === d.who);
      if (other.length > 0 && !own) {
        contra.push(`source gives ${CONCEPT_WORDS[other[0]!.concept]} as ${other[0]!.who === 'client' ? "the client's own" : `the ${other[0]!.who}'s`}; draft says ${d.who === 'client' ? "the client's" : `the ${d.who}'s`}`);
        continue;
      }
    }
  }
  return { contra: [...new Set(contra)] };
}

