// Round 12 (false alarms): equivalences a faithful drafter uses that are not synonyms of single
// words. Kept apart from the comparison code so that it merges cleanly with other rounds.
//   - quantities written another way: "eight weeks" for "2 months", "24 months" for "two years",
//     "50 %" for "half", "a month and a half" for "6 weeks", "twelve months" for "the past year";
//   - class words (hypernyms) for a member the source names: "an SSRI" for sertraline, "an
//     antipsychotic" for olanzapine, "relatives" for "her mother and sister". A class word covers
//     a member; it never stands for another member (a drug of another class stays an addition);
//   - paraphrase classes of the clinical register (lay words and idioms) appended to PHRASES.
// Pure functions and data.
import { flatMap, matchesOf } from './loops.ts';
import { lowerOf, readerFor } from './analysis.ts';
import { guardReplacements, replaceAll } from './guards.ts';

// ---- quantities -------------------------------------------------------------------------------------

const NUMBER: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20, thirty: 30, 'twenty-four': 24, 'thirty-six': 36,
};
/** Days in one of each unit (a month is a twelfth of a year). */
// (A fortnight the lexicon already writes as two weeks.)
const DAYS: ReadonlyArray<[RegExp, number]> = [[/^days?$/, 1], [/^weeks?$/, 7], [/^months?$/, 365.25 / 12], [/^years?$/, 365.25]];
const daysPer = (unit: string): number | null => {
  for (const [re, k] of DAYS) if (re.test(unit)) return k;
  return null;
};
const QUANTITY = /\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|twenty-four|thirty-six)[- ](days?|weeks?|months?|years?)\b/gi;
/** "the past year", "over the last month": a unit with no count is one of it. */
const ONE_UNIT = /\b(?:the (?:past|last|previous)|a|one|per|each|this)\s+(day|week|month|year)\b/gi;

interface Quantity {
  text: string;
  days: number;
  unit: string;
  /** Written with no count ("the past year"). */
  bare?: boolean;
}
function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesOf(text, QUANTITY)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER[m[1]!.toLowerCase()];
    const k = daysPer(m[2]!.toLowerCase());
    if (n !== undefined && k !== null) out.push({ text: m[0], days: n * k, unit: m[2]!.toLowerCase().replace(/s$/, '') });
  }
  for (const m of matchesOf(text, ONE_UNIT)) {
    const k = daysPer(m[1]!.toLowerCase());
    if (k !== null) out.push({ text: m[0], days: k, unit: m[1]!.toLowerCase(), bare: true });
  }
  return out;
}

/** Fractions and compound durations written out, on both sides, before anything else reads them. */
export const FRACTIONS: ReadonlyArray<[RegExp, string]> = [
  // (Not "half an hour", "half a year": the lexicon makes those minutes and months.)
  [/\b(?:a|one) (week|month|year) and a half\b/gi, ' 1.5 $1s '],
  [/\b(?:a|one) quarter of a year\b/gi, ' 3 months '],
  [/\b(?:on )?alternat(?:e|ing) (day|night|week)s\b/gi, ' every 2 $1s '],
  // (Not "by half an hour": a duration, which the lexicon makes 30 minutes. Round vfa.)
  [/\bby (?:a )?half\b(?! (?:an?|one) (?:hour|day|week|month|year)\b)/gi, ' by 50 percent '],
  [/(?<!\band a )\b(about |around |roughly |approximately )?half (?:of )?(?=(?:the|his|her|their|its)\b)/gi, ' $150 percent of '],
  [/\bthree[- ]quarters (?:of )?(?=(?:the|his|her|their|its)\b)/gi, ' 75 percent of '],
  // Not sleeping said with a modal is a sleep difficulty: "couldn't sleep" is "had trouble sleeping".
  [/\b(?:couldn't|could not|can't|cannot|can not|unable to|was unable to|is unable to) (?:get to )?sleep\b/gi, ' had trouble sleeping '],
  [/\bby three[- ]quarters\b/gi, ' by 75 percent '],
  [/(\d)\s*(?:%|per ?cent\b)/gi, '$1 percent'],
  // A fortnight is two weeks before any slot reads the raw text ("once a fortnight" / "every two weeks").
  [/\b(?:once a|once every|every|each) fortnight\b|\bfortnightly\b/gi, ' every 2 weeks '],
  [/\b(?:a|one) fortnight\b/gi, ' 2 weeks '],
  // Prescription times in Latin shorthand.
  [/\bnocte\b/gi, ' at night '],
  [/\bmane\b/gi, ' in the morning '],
  [/\btds\b/gi, ' three times a day '],
  [/\bqds\b/gi, ' four times a day '],
  // A kind of beer is beer: "cans of lager" names the drink a draft calls "beer", as the risk readings need.
  [/\b(lagers?|ales?|stouts?|ciders?)\b(?! beer)/gi, '$1 beer'],
  // Reported future: "agreed that he would make an appointment" is the plan "he will".
  [/\b(agreed|planned|arranged|decided|promised|said|confirmed) (?:that )?(he|she|they|we|the client|the patient) would\b/gi, '$1 that $2 will'],
  // "clear of heroin" is "free of heroin" (a negative screen), which the lexicon reads as a denial.
  [/\b(been|is|are|was|were|remains?|remained|came back|stayed?) clear of\b/gi, '$1 free of'],
  // A risk screen worded as harm: "harming herself or others" is harming herself, or harming others.
  [/\b(harm|harming|hurt|hurting) (herself|himself|themselves|themself|oneself|self) (or|and|nor) (?:others|other people|anyone else|someone else)\b/gi, '$1 $2 $3 $1 others'],
];
/** (Read once per text and shared, analysis.ts: a note's segments are read for every sentence that cites them.) */
const once = readerFor('equivalence');
// (Each pattern tried only on a text that holds its required words: most texts hold none of them.)
const GUARDED_FRACTIONS = guardReplacements(FRACTIONS);
const fractionsRewritten = (t: string): string => replaceAll(t, GUARDED_FRACTIONS);
const rewriteFractions = (t: string): string => once('fractions', t, fractionsRewritten);
const quantitiesOf = (t: string): Quantity[] => once('quantities', t, quantities);

/**
 * The draft with each duration the source gives in another unit rewritten in the source's words
 * ("for eight weeks" citing "for 2 months" becomes "for 2 months"). Equal within a tenth only
 * across weeks and months, whose ratio is not whole; exactly otherwise. The sources are returned
 * with their fractions written as numbers, as the draft is.
 */
export function alignQuantities(sentence: string, sources: readonly string[]): [string, string[]] {
  const srcs = sources.map(rewriteFractions);
  let draft = rewriteFractions(sentence);
  const srcQ = flatMap(srcs, quantitiesOf);
  if (srcQ.length === 0) return [draft, srcs];
  for (const d of quantities(draft)) {
    if (srcQ.some((s) => s.unit === d.unit && Math.abs(s.days - d.days) < 1e-6)) continue;
    const tolerance = (s: Quantity): number => ((s.unit === 'month') !== (d.unit === 'month') && s.unit !== 'year' && d.unit !== 'year' ? 0.1 : 0.001);
    const same = srcQ.find((s) => s.unit !== d.unit && Math.abs(s.days - d.days) / Math.max(s.days, d.days) <= tolerance(s));
    // (In the source's unit, as a count: "the past year" is "1 year".)
    if (same !== undefined) draft = draft.replace(d.text, same.bare === true ? `1 ${same.unit}` : same.text);
  }
  return [draft, srcs];
}

// ---- class words ------------------------------------------------------------------------------------

/** Medication classes by member, and the class words (stemmed by the caller's lexicon) that name them. */
const CLASS_MEMBERS: ReadonlyArray<[string, RegExp]> = [
  ['ssri antidepressant serotonin', /^(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine)$/],
  ['antidepressant snri', /^(?:venlafaxine|duloxetine|desvenlafaxine)$/],
  ['antidepressant', /^(?:mirtazapine|amitriptyline|nortriptyline|trazodone|bupropion|vortioxetine|agomelatine|clomipramine|imipramine|phenelzine)$/],
  ['antipsychotic neuroleptic', /^(?:olanzapine|quetiapine|risperidone|aripiprazole|paliperidone|clozapine|haloperidol|amisulpride|lurasidone|zuclopenthixol|flupentixol|chlorpromazine|ziprasidone|cariprazine)$/],
  ['mood stabiliser stabilizer', /^(?:lithium|valproate|lamotrigine|carbamazepine)$/],
  ['stimulant', /^(?:lisdexamfetamine|methylphenidate|dexamfetamine|dextroamphetamine|amphetamine)$/],
  ['opioid analgesic painkiller', /^(?:codeine|morphine|tramadol|oxycodone|dihydrocodeine|fentanyl)$/],
  ['opioid substitution replacement', /^(?:methadone|buprenorphine)$/],
  ['cholinesterase inhibitor antidementia', /^(?:donepezil|rivastigmine|galantamine)$/],
  ['benzodiazepine sedative', /^(?:diazepam|lorazepam|clonazepam|alprazolam|temazepam|chlordiazepoxide)$/],
  ['hypnotic sedative sleeping', /^(?:zopiclone|zolpidem|zaleplon)$/],
];
/** Does the draft word name a class that a drug the source names belongs to? */
export function drugClassCovers(word: string, sourceWords: readonly string[]): boolean {
  const w = word.toLowerCase();
  const classes = CLASS_MEMBERS.filter(([names]) => names.split(' ').some((n) => n === w || `${n}s` === w));
  if (classes.length === 0) return false;
  return classes.some(([, members]) => sourceWords.some((s) => members.test(s)));
}
/** The class words of this module: a risk module must not read "opioid" in "an opioid painkiller" as drug use when the source names the painkiller. */
export const isDrugClassWord = (w: string): boolean => CLASS_MEMBERS.some(([names]) => names.split(' ').some((n) => n === w || `${n}s` === w));

/** Drinks by kind: "beer" for lager, "spirits" for vodka. */
const DRINK_KIND: ReadonlyArray<[RegExp, RegExp]> = [
  [/^beers?$/, /^(?:lager|lagers|ale|ales|stout|bitter|cider|pints?)$/],
  [/^wines?$/, /^(?:prosecco|champagne|rose|merlot|red|white)$/],
  [/^spirits?$/, /^(?:vodka|gin|whisky|whiskey|rum|brandy|tequila)$/],
];
export const drinkCovers = (word: string, sourceWords: readonly string[]): boolean => DRINK_KIND.some(([kind, members]) => kind.test(word) && sourceWords.some((s) => members.test(s)));

const KIN = /^(?:mother|father|mum|mom|dad|parents?|sisters?|brothers?|siblings?|sons?|daughters?|husband|wife|grandmother|grandfather|grandparents?|grandchildren|aunt|uncle|cousins?|nephew|niece|stepfather|stepmother|granddaughter|grandson)$/;
/** "family", "relatives", "family members" for the kin the source names. */
export function kinCovers(word: string, sourceWords: readonly string[]): boolean {
  return (/^(?:family|families|relative|relatives|kin|loved)$/.test(word) && sourceWords.some((s) => KIN.test(s))) || KIN_CLASSES.some(([cls, members]) => cls.test(word) && sourceWords.some((s) => members.test(s)));
}
/**
 * The kind of relative a draft names for the one the source names ("a parent" for "mum", "her
 * spouse" for "her husband", "a sibling" for "his brother"): the class covers its members, never
 * another class (R03, round vfa3).
 */
const KIN_CLASSES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^parents?$/, /^(?:mother|father|mum|mom|dad|stepmother|stepfather)$/],
  [/^(?:spouses?|partners?)$/, /^(?:husband|wife)$/],
  [/^siblings?$/, /^(?:brothers?|sisters?)$/],
  [/^(?:child|children|offspring)$/, /^(?:sons?|daughters?)$/],
  [/^grandparents?$/, /^(?:grandmother|grandfather|grandma|grandpa|nan|gran)$/],
];

// ---- paraphrase classes ---------------------------------------------------------------------------

/**
 * Lay words, idioms and clinical register for the same finding, mapped onto canonical words the
 * lexicon already uses ("insomnia sleep", "overwhelmed", "fatigue"). Appended to PHRASES.
 */
export const REGISTER_PHRASES: ReadonlyArray<[string, string]> = [
  ['struggled to sleep|struggling to sleep|struggles to sleep|difficulty initiating sleep|initial insomnia|lies awake|lying awake|lay awake|struggled to get to sleep', 'insomnia sleep'],
  ['at the end of her rope|at the end of his rope|at the end of their rope|at the end of my rope|end of her rope|end of his rope|at the end of her tether|at the end of his tether|end of her tether|end of his tether|at breaking point|at her wits end|at his wits end|drowning in|snowed under|cannot cope|can not cope|not coping', 'overwhelmed'],
  ['useless|worthless|worthlessness|feelings of worthlessness|no good to anyone', 'worthless'],
  ['sleep deprived|sleep deprivation|sleep-deprived', 'fatigue'],
  ['booked|book|books|booking', 'scheduled'],
  ['further|additional', 'another'],
  // An organ's function is the organ's tests: "renal function" is what an eGFR measures.
  ['renal function|kidney function|renal functioning|kidney functioning', 'renal'],
  ['thyroid function|thyroid functioning|thyroid function tests', 'thyroid'],
  ['liver function|liver function tests|lfts', 'liver'],
  ['in low spirits|down in the dumps|feeling blue', 'depressed'],
  ['on edge|wound up|keyed up|stressed out', 'anxiety'],
];

/**
 * Class phrases in the draft written as the member the source names: "an SSRI" citing "sertraline
 * 50 mg" is read "sertraline", so the dose, the polarity and the risk readings compare the drug
 * itself. Only where the cited segments name exactly one member of that class; a class the source
 * names no member of stays what it is (an addition).
 */
const CLASS_PHRASES: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:an? )?(?:SSRIs?|selective serotonin reuptake inhibitors?)\b/gi, CLASS_MEMBERS[0]![1]],
  [/\b(?:an? )?opioid (?:analgesics?|painkillers?|pain ?relief)\b/gi, CLASS_MEMBERS[6]![1]],
  [/\b(?:an? )?opioid (?:substitution|replacement|substitute)(?: therapy| treatment)?\b/gi, CLASS_MEMBERS[7]![1]],
  [/\b(?:an? )?(?:cholinesterase inhibitors?|anti-?dementia (?:drug|medication)s?)\b/gi, CLASS_MEMBERS[8]![1]],
  [/\b(?:an? )?(?:his |her |their )?(?:stimulant|mood stabili[sz]er|benzodiazepine|hypnotic)(?= dose| medication|\b)/gi, /^(?:lisdexamfetamine|methylphenidate|dexamfetamine|lithium|valproate|lamotrigine|carbamazepine|diazepam|lorazepam|clonazepam|alprazolam|temazepam|zopiclone|zolpidem)$/],
  [/\b(?:an? )?(?:his |her |their )?(?:antidepressant|antipsychotic|neuroleptic)s?\b/gi, /^(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|venlafaxine|duloxetine|mirtazapine|amitriptyline|nortriptyline|trazodone|bupropion|vortioxetine|clomipramine|olanzapine|quetiapine|risperidone|aripiprazole|paliperidone|clozapine|haloperidol|amisulpride|lurasidone|zuclopenthixol|flupentixol)$/],
];
export function nameClassMembers(sentence: string, sources: readonly string[]): string {
  let out = sentence;
  const words = flatMap(sources, (t) => lowerOf(t).match(/[a-z]+/g) ?? []);
  for (const [phrase, members] of CLASS_PHRASES) {
    out = out.replace(phrase, (m) => {
      const named = [...new Set(words.filter((w) => members.test(w)))];
      // (The class word must be the member's: "antidepressant" does not name olanzapine.)
      const fits = named.filter((w) => CLASS_MEMBERS.some(([names, re]) => re.test(w) && names.split(' ').some((n) => m.toLowerCase().replace(/[^a-z ]/g, ' ').split(' ').some((x) => x === n || x === `${n}s` || (n === 'ssri' && /serotonin/.test(x))))));
      return fits.length === 1 ? ` ${fits[0]} ` : m;
    });
  }
  return out;
}

/** Phrasal verbs whose particle says nothing of amount ("gave up swimming", "follow him up"). */
const PHRASAL_UP = /^(?:give|gave|given|giving|gives|follow|followed|following|follows|set|sets|setting|pick|picked|show|showed|shows|turn|turned|turns|sign|signed|wake|woke|woken|wakes|waking|get|gets|got|getting|end|ended|ends|catch|caught|open|opened|take|took|taken|takes|look|looked|make|made|bring|brought|back|backed|check|checked|keep|kept|mix|mixed|line|lined)$/;
const PHRASAL_DOWN = /^(?:calm|calmed|calms|calming|settle|settled|settles|settling|sit|sat|lie|lay|lying|break|broke|broken|breaks|let|wind|winding|winds|wound|write|wrote|written|note|noted|track|tracked|narrow|narrowed|turn|turned|turns|shut|close|closed|back|backed|step|stepped|stand|stood)$/;
const OBJECT = /^(?:him|her|them|it|me|us|you|everything|things)$/;
/** Is the word at i of these lower-case words the particle of a phrasal verb, not a change of amount? */
export function isPhrasalParticle(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w !== 'up' && w !== 'down') return false;
  const next = words[i + 1] ?? '';
  if (/^\d/.test(next) || next === 'by' || next === 'from' || next === 'to') return false;
  const verbAt = i > 1 && OBJECT.test(words[i - 1]!) ? i - 2 : i - 1;
  const verb = words[verbAt] ?? '';
  return w === 'up' ? PHRASAL_UP.test(verb) : PHRASAL_DOWN.test(verb);
}

// ---- amounts derived from the source's numbers ------------------------------------------------

/** The numbers of a text, instrument names ("GAD-7") and denominators ("/10") left out. */
const figures = (t: string): number[] =>
  matchesOf(lowerOf(t).replace(/\b[a-z]+-?\d+\b/g, ' ').replace(/\/\s?\d+(?:\.\d+)?/g, ' '), /(?<![\d.])\d+(?:\.\d+)?/g).map((m) => Number(m[0]));
/**
 * A draft number the source states in another form: the size of a change between two figures of
 * one segment ("fallen by three points" for "14, down from 17"; "by 75 percent" for "40 times to
 * 10"), a share ("75 percent" for "9 of 12"), or a figure the draft rounds and marks as approximate
 * ("approximately 17" for "16.8").
 */
export function restatedNumber(v: number, unit: string | null, changeBefore: boolean, approximate: boolean, sources: readonly string[]): boolean {
  const percent = unit !== null && /^percent/.test(unit);
  for (const seg of sources) {
    const ns = figures(seg);
    if (approximate && ns.some((n) => n !== v && Number.isInteger(v) && Math.round(n) === v)) return true;
    if (percent) {
      for (const m of matchesOf(seg.toLowerCase(), /(\d+)\s+(?:of|out of)\s+(\d+)/g)) if (Number(m[2]) > 0 && Math.abs((100 * Number(m[1])) / Number(m[2]) - v) <= 2) return true;
    }
    if (!changeBefore) continue;
    for (const a of ns) {
      for (const b of ns) {
        if (a <= b) continue;
        if (percent && Math.abs((100 * (a - b)) / a - v) <= 2) return true;
        if (!percent && (unit === null || /^points?$/.test(unit)) && Math.abs(a - b - v) < 1e-9) return true;
      }
    }
  }
  return false;
}

// ---- clinical register over lay content -------------------------------------------------------

/**
 * Clinical words that name, in the register of a report, content the source states in everyday
 * words: "adherent" where the source has the patient completing or taking what was prescribed,
 * "renal function" for an eGFR, "pulse" or "heart rate", "weight" for kilograms lost, "an argument"
 * for "a row". Like the lexicon's summary domains, they only stop counting as additions: they are
 * never compared for polarity, time or direction, and the source word must be stated, not denied.
 */
export const REGISTER_DOMAINS: ReadonlyArray<[ReadonlySet<string>, RegExp]> = [
  [new Set(['adherent', 'adherence', 'compliant', 'compliance', 'concordant', 'concordance']), /^(?:complet|prescrib|adher|complian|kept$|attend)/],
  [new Set(['renal', 'kidney', 'kidneys']), /^(?:egfr|creatinin|renal|kidney|urea)/],
  [new Set(['therapeutic']), /^(?:range|within)$/],
  [new Set(['oral', 'intake', 'fluids', 'hydration']), /^(?:eat|ate$|drink|drank|fluid|meal|food)/],
  [new Set(['independent', 'independently', 'unaided']), /^(?:manag|unaided|independ)/],
  [new Set(['washing', 'dressing', 'hygiene', 'bathing', 'showering', 'grooming']), /^(?:personal$|hygien|bath|shower|groom|wash|dress)/],
  [new Set(['heart', 'pulse']), /^(?:pulse|heart|bpm|hr)$/],
  [new Set(['injection', 'injections', 'injected', 'injectable', 'intramuscular']), /^(?:depot|deltoid|glut|palmitat|decanoat|inject|intramuscular)/],
  [new Set(['arm']), /^(?:deltoid|bicep|forearm)/],
  [new Set(['cessation']), /^(?:stop|quit)/],
  [new Set(['trauma', 'traumatic']), /^(?:flashback|nightmare|hypervigil|reexperienc)/],
  [new Set(['respite']), /^(?:break|breaks)$/],
  [new Set(['argument', 'arguments', 'row', 'quarrel', 'dispute', 'disagreement']), /^(?:argu|row$|rows$|quarrel|disput|disagree|fight|fought)/],
  [new Set(['academic', 'academically', 'studies', 'coursework', 'assignments']), /^(?:deadline|lectur|coursework|assignment|exam|tutorial|essay|studi|semester|term$)/],
  [new Set(['cell', 'prison', 'jail', 'custody']), /^(?:prison|remand|jail|inmate|wing$)/],
  [new Set(['meal']), /^(?:eat|ate$|food)/],
  // "homework" (HW) is the class word of the tasks set between sessions (round vfa7).
  [new Set(['homework']), /^(?:diary|diaries|log$|logs$|thoughtrecord|record|worksheet|journal|schedul|exercis|practi[cs]|assignment|task|handout|reading)/],
  [new Set(['weight']), /^(?:kg|kgs|kilo|kilos|kilograms?|lb|lbs|pounds?|stone|bmi)$/],
  [new Set(['money', 'financial', 'finances', 'finance', 'financially']), /^(?:debt|arrear|rent$|bills?$|loan|money|financ|pounds$)/],
  [new Set(['daytime']), /^(?:day|days|daily)$/],
  [new Set(['accepted', 'accepts', 'accept']), /^(?:agree|consent)/],
  [new Set(['adequate', 'adequately', 'satisfactory']), /^(?:well|good|fine|ok|okay)$/],
  // "serum lithium": the level in the blood.
  [new Set(['serum', 'plasma']), /^(?:level|levels|blood|bloods)$/],
];
/** Does a draft word name, in the register of a report, what the given (stated) source words say? */
export const registerCovers = (word: string, statedSourceWords: readonly string[]): boolean =>
  REGISTER_DOMAINS.some(([words, re]) => words.has(word) && statedSourceWords.some((s) => re.test(s)));

/** The header line of a note ("Prison healthcare, mental health in-reach. Patient: …"): it names the service and setting. */
const HEADER = /\b(?:Client|Patient|Service user|Student|Member|Caller|Visitor|Tenant|Carer|Mother|Young person|Child|Resident|Employee):\s/;
/**
 * The setting a note's header names, before its "Patient:" label ("Prison healthcare, mental
 * health in-reach", "DBT skills group review", "Liaison psychiatry, ED"), from the note's other
 * segments: a draft may say where the care happens. Risks, numbers and medication names are never
 * licensed this way (the caller checks).
 */
export function settingText(context: readonly string[]): string {
  return context
    .filter((c) => HEADER.test(c))
    .map((c) => c.slice(0, c.search(HEADER)))
    .join(' ; ');
}

/** Converse verbs: one event seen from its other party ("will be sent the report" / "will receive the report"). */
const CONVERSE: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:send|sends|sent|sending)$/, /^(?:receiv|get|gets|got)/],
  [/^(?:receiv\w*)$/, /^(?:send|sent|given|give|gave)/],
  [/^(?:give|gives|gave|given|giving)$/, /^(?:receiv|get|gets|got)/],
  [/^(?:lend|lends|lent)$/, /^borrow/],
  [/^borrow\w*$/, /^(?:lend|lent)/],
];
export const converseCovers = (word: string, sourceWords: readonly string[]): boolean => CONVERSE.some(([a, b]) => a.test(word) && sourceWords.some((s) => b.test(s)));
