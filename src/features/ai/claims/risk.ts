// Risk mentions and their attributes (issue 15): the most dangerous error a draft can make is to
// turn "denies SI" into "endorsed passive SI", a removed gun into one at home, thoughts into an
// attempt, a brother's suicide into the client's. The general token comparison (index.ts) sees
// words; this module sees *risk mentions*: a concept from a lexicon of shorthand and paraphrase
// ("SI", "wish to be dead", "hoping she won't wake up", "cutting", "handguns", "30 days clean"),
// each with the attributes a risk assessment records —
//   category   suicide, homicide, self-harm, abuse, substance use (plan/intent/means/preparation
//              are facets of whichever risk the clause is about)
//   facet      ideation (thoughts, urges, wishes), act (attempt, overdose, cutting, use, violence),
//              plan, intent, means (access to firearms, pills, blades), preparation, screen
//   polarity   present / denied (NegEx-style scope, "+x" / "-x" shorthand, "sober", "clean",
//              means removed or locked away, a screening question answered "no")
//   time       past (history of, at age, ago, last year) / current (now, today, this week)
//   who        the person the clause names as its subject (the client's brother, Partner B)
//   certainty  possible (possible, suspected, concern for, unclear) / stated
//   mode       passive / active ideation; frequency (daily, 2/wk); count (one, multiple);
//              direction (increased / decreased / unchanged)
// A draft mention is compared with the cited segments' mentions of the same risk and facet; when
// none of them agrees and one conflicts on an attribute, the sentence is CONTRADICTED with that
// attribute named. Pure functions; the lexicon is regular expressions over lower-cased text.
import { lowerOf, readerFor } from './analysis.ts';
import { flatMap, matchesOnlyAtWordStarts, requiredLiterals, matchesOf } from './text.ts';

export type RiskCat = 'suicide' | 'homicide' | 'self_harm' | 'abuse' | 'substance' | 'psychosis' | 'eating';
type Facet = 'ideation' | 'act' | 'plan' | 'intent' | 'means' | 'prep' | 'screen' | 'safety';

export interface RiskMention {
  cat: RiskCat | null;
  facet: Facet;
  /** What kind of substance or means ("alcohol", "gun"), null when generic ("substance", "means"). */
  obj: string | null;
  denied: boolean;
  time: 'past' | 'current' | null;
  who: string | null;
  uncertain: boolean;
  mode: 'passive' | 'active' | null;
  freq: string | null;
  count: string | null;
  dir: 'up' | 'down' | 'same' | null;
  /** A universal denial ("never", "any"): it conflicts with a stated risk at any time. */
  universal: boolean;
  /** The words of the mention, for the invention check (a risk aligned with the source is not new). */
  words: string[];
  kind: 'relapse' | 'abstinence' | 'disorder' | null;
  /** Means said to be someone's own ("owns a handgun", "father who keeps a handgun"). */
  owned?: boolean;
  /** Means kept locked (still there: access, however guarded) or said to be unlocked. */
  locked?: boolean | null;
  /** Abuse: the person the clause names underwent it ("was bullied", "hit by") or did it. */
  role?: 'victim' | 'agent' | null;
  /** No person is named before the mention: in a note, the client's own risk. */
  implied?: boolean;
  /** The person named before it stands as an object ("arguments with his wife"), not as the subject. */
  whoObject?: boolean;
  /** Abuse: who did it (the subject of an active verb, the person after "by" of a passive one). */
  agent?: string | null;
  /** A rated risk level. */
  level?: 'low' | 'moderate' | 'high' | null;
  /** A plan's method ("a plan to shoot himself" is a gun), when the clause names one. */
  method?: string | null;
  /** "only fleeting thoughts", "just thoughts": no more than ideation. */
  only?: boolean;
  /** The next clause says no one knows whether the means are locked. */
  lockUnsure?: boolean;
  /** Said of this very moment ("now", "currently", "at present"), not of the recent days. */
  nowCue?: boolean;
  /** An act's outcome: died of it (true) or survived it (false), when the clause says. */
  fatal?: boolean | null;
}

interface Lex {
  re: RegExp;
  cat: RiskCat | null;
  facet: Facet;
  obj?: string;
  /** The phrase itself says the risk is absent ("sober", "clean", "removed"). */
  absent?: boolean;
  /** A relapse is a return to use after abstinence: only abstinence or another relapse speaks to it. */
  kind?: 'relapse' | 'abstinence';
}

const SELF = '(?:my|him|her|them|your|one|our)sel(?:f|ves)';
const GUN = '(?:firearms?|guns?|handguns?|rifles?|shotguns?|pistols?|revolvers?|weapons?|ammunition|ammo)';
// Longest and most specific first: a span matched once is not matched again.
const LEXICON: readonly Lex[] = [
  // screening instruments and screens
  { re: /\b(?:c-?ssrs|columbia(?: suicide)?(?: severity)?(?: rating scale)?|suicide (?:risk )?(?:screen(?:ing)?|assessment))(?: (?:screen(?:ing)?|result))?\b/g, cat: 'suicide', facet: 'screen' },
  { re: /\b(?:urine )?(?:drug|tox(?:icology)?) (?:screen|test)s?\b|\buds\b|\btoxicology\b|\butox\b/g, cat: 'substance', facet: 'screen' },
  // PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm: scored, it is ideation.
  { re: /\bphq-?9 (?:item|question|q|#) ?9\b|\bitem 9 (?:of the )?phq-?9\b/g, cat: 'suicide', facet: 'ideation' },
  // a rated risk level ("low risk", "risk assessed as high"), compared by its level
  { re: /\b(?:low|lower|minimal|moderate|medium|high|higher|elevated|imminent|acute|severe)(?:[- ](?:to|or)[- ](?:low|moderate|high))? (?:acute |chronic |suicide |suicidal |overall )?risk\b|\brisk (?:level |rating )?(?:is |was |assessed as |rated (?:as )?|judged )(?:low|moderate|medium|high|elevated|imminent)\b|\brisk (?:level |rating )?(?:is |was )(?:assessed|rated|judged|estimated|deemed|considered) (?:as |to be )?(?:low|moderate|medium|high|elevated|imminent)\b/g, cat: null, facet: 'screen', obj: 'level' },
  // suicidal ideation, in shorthand and paraphrase ("suicidal intent" is intent, before "suicidal" alone)
  { re: /\bsuicidal intent(?:ion)?s?\b|\bintent to (?:die|kill (?:him|her|them|my)sel(?:f|ves))\b/g, cat: 'suicide', facet: 'intent' },
  // a method or a date: the plan ("how you would do it", "a date set", "any idea how")
  { re: /\bhow (?:you|he|she|they|i) would (?:do it|kill|end)\b|\b(?:set|picked|chose|chosen) a date\b|\ba date (?:set|picked|chosen)\b|\bdate set\b|\bany idea how\b|\b(?:a |any |the |specific )?method\b(?! of (?:contraception|payment))/g, cat: null, facet: 'plan' },
  // "would you do it?", "meant to take them tonight", "going to do it": intent, in a clause about risk.
  { re: /\b(?:would|will|going to|gonna) (?:you |he |she |they |i )?(?:actually |ever |really )?(?:do it|go through with it|act on (?:it|them|these|those|the thoughts?))\b|\b(?:meant|means|intends?|intended|intending|was going|is going|planning) to (?:take (?:them|it|the pills|all)|kill|end (?:it|things|(?:his|her|my|their) life)|do it|jump|overdose|shoot|hang|act(?: on (?:it|them|these|those|the (?:thoughts?|urges?|voices?)))?)\b/g, cat: null, facet: 'intent' },
  { re: /\b(?:passive |active )?(?:si|s\.i\.)\b(?!\s*\/\s*(?:day|d)\b)/g, cat: 'suicide', facet: 'ideation' },
  { re: /\bsuicidal(?= (?:or|and|\/) homicidal (?:ideation|thoughts?))/g, cat: 'suicide', facet: 'ideation' },
  { re: /\bsuicidal (?:ideation|thoughts?|thinking|feelings?|urges?|statements?)\b|\bsuicidality\b|\bthoughts? of (?:suicide|dying|death|killing (?:my|him|her|them|your)sel(?:f|ves)|ending (?:my|his|her|their|your) (?:own )?life)\b/g, cat: 'suicide', facet: 'ideation' },
  { re: /\b(?:passive )?(?:wish(?:es)?|wanting|want(?:s|ed)?|desire) (?:to be dead|to die|to not (?:be alive|wake up|exist))\b|\bdeath wish(?:es)?\b|\b(?:passive )?death wish(?:es)?\b|\bbetter off (?:dead|without (?:me|her|him|them))\b|\b(?:not|won'?t|wouldn'?t|never|didn'?t|don'?t|did not|do not) (?:to )?wak(?:e|ing) up\b|\b(?:easier|better) if (?:i|she|he|they) (?:just )?(?:died|(?:was|were)(?:n'?t| not) (?:here|around|alive))\b|\b(?:not|wouldn'?t|won'?t|never) (?:be )?(?:here|around) anymore\b|\bgo to sleep and (?:not|never) wake\b|\bend it all\b|\bno reason to (?:live|go on)\b|\b(?:thoughts?|thinking) (?:of|about) (?:not being (?:here|alive|around)|being dead|ending (?:it|things)|taking (?:his|her|my|their) (?:own )?life)\b|\blife (?:is not|isn'?t|was not|wasn'?t|not) worth living\b|\bwish(?:es|ed)? (?:she|he|i|they) (?:was|were) dead\b|\bwant(?:s|ed|ing)? to end (?:it|things|(?:his|her|my|their) (?:own )?life)\b|\bnot (?:want(?:ing)? to )?(?:be alive|exist)\b|\bdriv(?:e|ing) off the road\b/g, cat: 'suicide', facet: 'ideation' },
  // "not want to live anymore", "doesn't want to live", "thinking about dying", slang ("kms", "unalive").
  { re: /\b(?:not|don'?t|doesn'?t|didn'?t|no longer|never) (?:\w+ )?want(?:s|ed|ing)? to (?:live|be here|be around|go on)\b|\b(?:thinking|thought|thoughts?) (?:of|about) (?:dying|death|suicide|killing (?:my|him|her|them)sel(?:f|ves))\b|\bbetter off (?:if|when) (?:i|she|he|they) (?:was|were|am|is) (?:gone|dead|not here|not around)\b|\bkms\b|\bunaliv(?:e|ing)\b|\bsewerslide\b|\bwant(?:s|ed)? to (?:disappear forever|not wake up)\b|\b(?:wish(?:es|ed|ing)?|wanting|longing) to (?:disappear|vanish)(?: forever| for good)?\b|\b(?:wish(?:es|ed|ing)?|want(?:s|ed|ing)?|longing)\b[^.;]{0,25}\bgo be with (?:him|her|them)\b|\b(?:wish(?:es|ed|ing)?|want(?:s|ed|ing)?|longing) to (?:be with|join) (?:her|his|my|their) (?:late|deceased) [a-z]+\b/g, cat: 'suicide', facet: 'ideation' },
  { re: /\b(?:suicide )?attempts?\b|\battempted(?: suicide)?\b|\b(?:took|take|taking) (?:his|her|their|my) own life\b|\bdied by suicide\b|\bkill(?:ed|ing)? (?:him|her|them|my)sel(?:f|ves)\b|\bend(?:ed|ing)? (?:his|her|their|my) (?:own )?life\b|\bhang(?:ed|ing)? (?:him|her|my)self\b|\bsuicide\b/g, cat: 'suicide', facet: 'act' },
  // "is suicidal", "was suicidal in March": a state, i.e. ideation.
  { re: /\bsuicidal\b/g, cat: 'suicide', facet: 'ideation' },
  { re: /\bsuicidal behaviou?rs?\b|\bbehaviou?rs?\b/g, cat: 'suicide', facet: 'act' },
  { re: /\boverdos(?:e|ed|es|ing)\b|\b(?:took|take|taking|swallow(?:ed|ing)?) (?:an? |the |those |all the |all of (?:his|her|their|my|the) |\d+ |a few |several |extra )?(?:all|handful of|whole bottle of|bottle of)? ?(?:(?:his|her|my|their) )?(?:pills|tablets|medications?)\b/g, cat: 'suicide', facet: 'act' },
  // homicidal ideation; "intends to harm her ex" is homicidal intent (a wish is ideation, below)
  { re: /\b(?:intends?|intended|intending|intent|intention|means|meant|is going|was going|going) to (?:hurt|harm|kill|attack|stab|shoot|strangle)\b(?! (?:\w+ )?\w*sel(?:f|ves)\b)/g, cat: 'homicide', facet: 'intent' },
  { re: /\b(?:hi|h\.i\.)\b|\bhomicidal (?:ideation|thoughts?|urges?|intent)?|\bthoughts? of (?:killing|hurting|harming|shooting|stabbing) (?!(?:my|him|her|them|your)sel)\w+(?: \w+)?/g, cat: 'homicide', facet: 'ideation' },
  // ("wants to hurt his neighbour", "urge to hit him", "wish to harm others": a wish to hurt someone
  // else is homicidal ideation; "wants to hurt herself" is self-harm, below.)
  { re: /\b(?:wants?|wanted|wanting|wish(?:es|ed)?|urges?|desire|thinking (?:of|about)) (?:to )?'?(?:hurt|harm|kill|attack|stab|shoot|strangle|hit)(?:ing)?'?(?! (?:\w+ )?\w*sel(?:f|ves)\b)(?: (?:his|her|their|the|a|an|my|someone|somebody|others|anyone|people|him|them)\b(?: \w+)?)?|\b(?:harm(?:ing)?|hurt(?:ing)?|kill(?:ing)?) (?:others|someone|somebody|anyone|other (?:people|students|kids|children|peers|residents|patients))\b|\bthreat(?:s|ened|ening)? to (?:kill|hurt|harm|shoot|stab)\b(?! (?:\w+ )?\w*sel(?:f|ves)\b)/g, cat: 'homicide', facet: 'ideation' },
  // self-harm
  { re: new RegExp(`\\b(?:sh|nssi|sib)\\b|\\bself[- ]?(?:harm(?:ing|ed|s)?|injur(?:y|ies|ious|ing)|mutilation)\\b|\\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|scratch|scratching) (?:on )?${SELF}\\b`, 'g'), cat: 'self_harm', facet: 'act' },
  { re: /\b(?:cutting|cut|cuts|burning)\b/g, cat: 'self_harm', facet: 'act' },
  // slang and other methods ("carving", "head-banging", "hitting herself", "picking at her skin")
  { re: new RegExp(`\\bcarv(?:e|ed|es|ing)\\b|\\bhead[- ]?bang(?:ing|ed|s)?\\b|\\bbang(?:s|ed|ing)? (?:his|her|my|their) head\\b|\\b(?:hit|hitting|punch(?:ed|ing)?|bit(?:e|ing)|scratch(?:ed|ing)?|pinch(?:ed|ing)?) ${SELF}\\b|\\b(?:skin[- ]picking|pick(?:s|ed|ing)? (?:at )?(?:his|her|my|their) skin)\\b`, 'g'), cat: 'self_harm', facet: 'act' },
  { re: /\b(?:cut(?:s|ting)?|scratch(?:es|ed|ing)?|burn(?:s|ed|ing|t)?|carv(?:e|es|ed|ing)) (?:on |into )?(?:his|her|their|my) (?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|hips?)\b/g, cat: 'self_harm', facet: 'act' },
  // psychosis: hallucinations, command voices
  { re: /\bcommand (?:hallucinations?|auditory hallucinations?|voices?)\b|\bvoices? (?:tell|tells|told|telling|command(?:s|ing)?|order(?:s|ing)?|instruct(?:s|ing)?|that tells?|that told) (?:\w+ )?to\b|\b(?:avh|a\/vh|vh)\b|\b(?:auditory |visual |tactile )?hallucinations?\b|\b(?:hears?|hearing|heard) (?:a |the )?(?:\w+ ){0,2}voices?\b/g, cat: 'psychosis', facet: 'ideation' },
  // eating-disorder behaviours
  { re: /\bpurg(?:e|es|ed|ing)\b|\bself-induced vomiting\b|\bmak(?:e|es|ing) (?:her|him|them)sel(?:f|ves) (?:sick|vomit|throw up)\b/g, cat: 'eating', facet: 'act', obj: 'purge' },
  { re: /\blaxatives?\b|\bdiuretics?\b|\bdiet pills\b/g, cat: 'eating', facet: 'act', obj: 'laxative' },
  { re: /\bbinge[- ]?eating\b|\bbinge episodes?\b|\bbing(?:e|es|ed|eing|ing) and purg\w*|\bbinge(?:s|d)? on (?:food|sweets|snacks|junk)\b/g, cat: 'eating', facet: 'act', obj: 'binge' },
  { re: /\brestrict(?:s|ed|ing)? (?:intake|food|eating|calories|to)\b|\bfood restriction\b|\bskipp(?:ing|ed|s) meals\b/g, cat: 'eating', facet: 'act', obj: 'restrict' },
  // abuse and violence
  { re: /\b(?:physical(?:ly)? |sexual(?:ly)? |emotional(?:ly)? |domestic |verbal(?:ly)? )?(?:abuse[ds]?|abusing|abusive|violence|violent|assault(?:ed|s)?|molest(?:ed|ation)?|rape[ds]?|neglect(?:ed)?)\b|\b(?:hit|hits|hitting|push(?:es|ed|ing)|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|slap(?:s|ped|ping)?|punch(?:es|ed|ing)|kick(?:s|ed|ing)|beat|beats|beating|beaten)\b|\bput(?:s|ting)? (?:his|her|their|my )?hands on\b|\b(?:physical(?:ly)? )(?:aggression|aggressive|harm(?:ed)?|hurt|altercations?|fights?|fighting|confrontations?)\b|\b(?:aggression|aggressive) (?:toward|towards|against)\b/g, cat: 'abuse', facet: 'act' },
  { re: /\bbull(?:y|ies|ied|ying)\b|\b(?:shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|swear(?:s|ing)?) at\b|\bthrew (?:\w+ ){0,2}at\b|\bthrow(?:s|ing)? (?:\w+ ){0,2}at\b|\bthreaten(?:s|ed|ing)? (?:to '?(?:break|hurt|hit|beat|leave|take|kick|throw|punch|slap|lock|burn|smash|evict|call|report|withhold|expose)\b|(?:her|his|their|the|a|an) \w+|(?:him|her|them|me|us)\b)|\b(?:financial(?:ly)? )?exploit(?:ed|ation|ing)?\b|\b(?:tak(?:es|en|ing)|took|steal(?:s|ing)?|stole|stolen) (?:\w+ )?(?:money|funds|savings|pension|cash) (?:from|out of)\b/g, cat: 'abuse', facet: 'act' },
  { re: /\b(?:left|found|home|kept|stayed|staying) (?:\w+ ){0,2}(?:alone|unsupervised|unattended)\b|\bunsupervised\b|\bunattended\b|\bwithout (?:adult )?supervision\b/g, cat: 'abuse', facet: 'act', obj: 'neglect' },
  { re: /\b(?:adequately |adult[- ])?supervised\b|\badult supervision\b/g, cat: 'abuse', facet: 'act', obj: 'neglect', absent: true },
  { re: /\bbruis(?:e|es|ed|ing)\b|\binjur(?:y|ies|ed)\b|\bwelts?\b|\bfractures?\b|\b(?:burn|bite|slap) marks?\b|\bmarks on\b/g, cat: 'abuse', facet: 'act', obj: 'injury' },
  // substance use: sobriety first (the phrase itself says the use is absent)
  { re: /\b(?:sober|sobriety|clean|abstinent|abstinence|abstaining)\b/g, cat: 'substance', facet: 'act', absent: true, kind: 'abstinence' },
  { re: /\brelaps(?:e|ed|es|ing)\b/g, cat: 'substance', facet: 'act', kind: 'relapse' },
  { re: /\b(?:alcohol|etoh|drink(?:s|ing)?|drank|drunk|beers?|wine|liquor|vodka|whiskey|binge drinking|hungover|hangovers?|blackouts?|intoxicated|binge(?:s|d)?)\b/g, cat: 'substance', facet: 'act', obj: 'alcohol' },
  { re: /\b(?:cannabis|marijuana|weed|thc|pot|edibles?|joints?|stoned)\b/g, cat: 'substance', facet: 'act', obj: 'cannabis' },
  { re: /\b(?:vap(?:e|es|ed|ing)|nicotine|cigarettes?|cigs|smok(?:e|es|ed|ing)|tobacco)\b/g, cat: 'substance', facet: 'act', obj: 'nicotine' },
  { re: /\b(?:meth|methamphetamine|crystal)\b/g, cat: 'substance', facet: 'act', obj: 'meth' },
  { re: /\b(?:cocaine|crack)\b/g, cat: 'substance', facet: 'act', obj: 'cocaine' },
  { re: /\b(?:ketamine|mdma|ecstasy|lsd|psilocybin|mushrooms|kratom|hallucinogens?)\b/g, cat: 'substance', facet: 'act', obj: 'other-drug' },
  { re: /\b(?:fentanyl|heroin|opioids?|opiates?|oxycodone|oxy)\b/g, cat: 'substance', facet: 'act', obj: 'opioid' },
  { re: /\b(?:alprazolam|xanax|clonazepam|lorazepam|benzos?|benzodiazepines?)\b(?= (?:misuse|use|abuse))|\b(?:misus(?:e|es|ed|ing)) (?:of )?(?:alprazolam|xanax|clonazepam|lorazepam|benzos?|benzodiazepines?)\b|\b(?:misus(?:e|es|ed|ing))\b/g, cat: 'substance', facet: 'act', obj: 'benzo' },
  { re: /\b(?:substances?|drugs?|substance use|drug use)\b/g, cat: 'substance', facet: 'act' },
  { re: /\bcravings?\b/g, cat: 'substance', facet: 'ideation' },
  // "denies daily use" in a clause about a substance (guarded below)
  { re: /\b(?:use|using|used|uses)\b/g, cat: 'substance', facet: 'act' },
  // facets of whichever risk the clause is about; "I wouldn't actually do it", "has not acted on them"
  { re: /\b(?:wouldn'?t|would not|won'?t|will not|not going to) (?:actually |ever |really )?(?:do it|do that|go through with it|act on (?:it|them|these|those))\b|\b(?:i'?d|i would|he'?d|she'?d|they'?d|would) never (?:actually |really )?(?:do (?:it|that|anything)|act on (?:it|them|these|those))\b/g, cat: null, facet: 'intent', absent: true },
  { re: /\b(?:has not|hasn'?t|have not|haven'?t|did not|didn'?t|never) (?:acted|act) on (?:them|it|these|those|the urges?|the thoughts?)\b|\bnot acted on (?:them|it)\b|\bdid not take any\b|\bdidn'?t take any\b|\bbut (?:did not|didn'?t|has not|hasn'?t|never did)(?=\s*(?:[.;,]|$))/g, cat: null, facet: 'act', absent: true },
  // the safety plan, the crisis line, protective factors: agreed or refused, present or absent
  { re: /\bsafety plan(?:ning)?\b/g, cat: null, facet: 'safety', obj: 'safety plan' },
  { re: /\bcrisis (?:line|number|team)\b|\bhotline\b|\bmobile (?:crisis )?team\b|\b988\b/g, cat: null, facet: 'safety', obj: 'crisis help' },
  { re: /\bprotective factors?\b|\breasons? (?:for|to) liv(?:e|ing)\b/g, cat: null, facet: 'safety', obj: 'protective' },
  { re: /\b(?:plan|plans|planning|planned)\b(?!\s*:)/g, cat: null, facet: 'plan' },
  { re: /\bintent(?:ion)?s?\b/g, cat: null, facet: 'intent' },
  { re: /\b(?:preparations?|preparatory|prepare[ds]?|preparing|research(?:ed|ing)?|rehears(?:e|ed|es|ing|al)|practi[cs](?:e|ed|es|ing)|dry run|trial run|suicide note|goodbye (?:letters?|notes?|messages?)|looked up|searched (?:online )?(?:for|how)|g[ai]v(?:e|en|ing) away (?:\w+ )?(?:possessions|belongings|things|pets?|cat|dog|items)|(?:gave|given|giving) away|(?:wrote|written|writing) (?:\w+ )?(?:letters?|notes?) to|lined up)\b/g, cat: null, facet: 'prep' },
  { re: new RegExp(`\\b${GUN}\\b`, 'g'), cat: null, facet: 'means', obj: 'gun' },
  { re: /\b(?:razor blades?|razors?|blades?|knives|knife)\b/g, cat: null, facet: 'means', obj: 'blade' },
  { re: /\b(?:noose|ligature)s?\b/g, cat: null, facet: 'means', obj: 'ligature' },
  { re: /\b(?:spare|extra|leftover|unused|old) (?:medications?|meds|tablets|insulin)\b|\bpills\b|\b(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing)?|stash(?:ed)?|sav(?:ed|ing) up) (?:any |some |a |his |her |their )?(?:supply of )?(?:medications?|meds|tablets)\b/g, cat: null, facet: 'means', obj: 'pills' },
  { re: /\b(?:lethal )?means\b|\baccess to (?:lethal )?means\b/g, cat: null, facet: 'means' },
];

// One pre-check for the whole lexicon: the alternation of every entry's pattern. A clause it does
// not match holds no entry's match, so the ~40 entry-by-entry scans are skipped; most clauses of a
// draft that mentions risk somewhere are not about risk. Exact: the entries' own scans still find,
// order and de-overlap the matches when it does match. (Entries use no back-references, so the
// alternation means what each of them means.)
// Every entry today matches only from the start of a word (each alternative opens with \b and a
// letter): then the pre-check says so, `\b(?=\w)`, and the engine passes over the other positions
// at once instead of trying ~160 alternatives at each (three times faster on the development
// texts; it was 4% of bench:ai's verification). An entry that could start elsewhere turns that off.
const ANY_SOURCE = LEXICON.map((l) => `(?:${l.re.source})`).join('|');
/** Whether the pre-check may skip to word starts (exported for its test). */
export const LEXICON_AT_WORD_STARTS = LEXICON.every((l) => matchesOnlyAtWordStarts(l.re));
/** The entries' patterns (for the speed test's check of their required texts). */
export const lexiconPatterns = (): readonly RegExp[] => LEXICON.map((l) => l.re);
const ANY_LEX = new RegExp(LEXICON_AT_WORD_STARTS ? `\\b(?=\\w)(?:${ANY_SOURCE})` : ANY_SOURCE);
// When the pre-check matches, a clause is tried against every entry (~60 patterns); an entry
// whose every match holds one of a few texts (requiredLiterals: "\b(?:sh|nssi|sib)\b" needs
// "sh", "nssi" or "sib") is skipped when the clause holds none of them.
const LEX_LITERALS = new Map<Lex, readonly string[]>();
for (const l of LEXICON) {
  const lits = requiredLiterals(l.re);
  if (lits !== null) LEX_LITERALS.set(l, lits);
}

const MODE_LEX: Lex = { re: /\b(?:passive|active)\b/g, cat: 'suicide', facet: 'ideation' };

// Context cues, read within the clause.
const NEG_PRE = /(?:\bden(?:y|ies|ied|ying)\b|\b(?:negat(?:es|ed|ing)|refut(?:es|ed|ing)|disavow(?:s|ed|ing)?)\b|\b(?:stopped|quit|ceased|gave up|given up)\b|\bno\b|\bnot\b|n't\b|\bnever\b|\bwithout\b|\bw\/o\b|\bnegative for\b|\bneg for\b|\bnone\b|\bnothing\b|\bfree of\b|\brules? out\b|\bruled out\b|\bno longer\b|\bnil\b|\bnor\b|\bno access\b|\bhas not\b|\bhave not\b|\babsence of\b|\bcontinued abstinence\b|\b(?:sober|sobriety|clean|abstinent|abstinence|recovery|free) (?:from|of|off)\b)/;
// ("SI: no", "SI: denies", "SIB: none reported"; not the "no" of "SI, passive, no plan", which is the plan's.)
/** A mutual-aid or recovery group's name; group 1 is the part a mention could be read in. */
const RECOVERY_GROUP = /\b((?:alcoholics|narcotics|cocaine|gamblers|marijuana|crystal meth|heroin|drug addicts|pills)\s+anonymous|smart recovery|al-?anon|ala-?teen)\b/g;
/** "Relapse" qualified by an illness (before or after it) or naming a treatment; group 1 or 2 is the relapse word. */
const ILLNESS_RELAPSE = new RegExp(`${String.raw`\b(?:depressive|depression|psychotic|psychosis|manic|mania|hypomanic|mood|bipolar|schizophreni\w*|schizoaffective|anorexi\w*|bulimi\w*|eating disorder|ocd|anxiety|illness|mental health|affective|ptsd)(?:'s)?\s+(?:\w+\s+)?(relaps(?:e|ed|es|ing))\b`}|${String.raw`\b(relaps(?:e|ed|es|ing))[\s-]+(?:(?:of|into|in)\s+(?:(?:her|his|their|the|a)\s+)?(?:\w+\s+)?(?:depression|depressive|psychosis|psychotic|mania|manic|hypomania|bipolar|schizophrenia|anorexia|bulimia|eating|ocd|anxiety|illness|mood|symptoms)|prevention|signature|indicators|signs|plan)\b`}`, 'g');
/**
 * A cessation written after the act ("cannabis smoking stopped in January", "drinking has ceased",
 * "use of cocaine at weekends discontinued"): up to four words of the act's own phrase, then the
 * verb of ceasing, not negated ("has not stopped") and not a new subject's ("when she stopped").
 */
const CEASED_AFTER = /^(?:\s+(?!(?:and|but|or|when|after|before|if|because|so|she|he|they|i|we|her|his|their|client|patient|pt|who|which|that|then|not|never|until|while|has not|have not)\b)[a-z-]+){0,4}?\s+(?:(?:has|have|had|was|were|is|are|been)\s+){0,2}(?:(?:also|now|since|completely|entirely|fully|largely)\s+)?(?:stopped|ceased|discontinued|halted|given up)\b(?!\s+(?:her|his|their|taking|using|the)\b)/;
const NEG_POST = /^(?:-free\b|(?:\s*\/\s*[a-z]+)*[\s,:]*(?:(?:was|were|is|are)\s+)?(?:denied|neg(?:ative)?|none|absent|not present|nil|(?:denies|no)\b(?!\s+[a-z]))\b)/;
const TERMINATE = /,\s*(?:and\s+)?(?:admits?|admitted|endorses?|endorsed|reports?|reported|acknowledges?|acknowledged|states?|stated|says|said)\b|\b(?:but|however|although|though|yet|except|whereas|which)\b|\band (?:has|have|is|was|reports?|reported|states?|stated|endorses?|endorsed|admits?|admitted|acknowledges?|acknowledged|says|said|agreed|will|now|uses?|used|drinks?|keeps?)\b/g;
/** "in the past week" is now, not history. */
const RECENT = /\bsince\b[^,;]*\bago\b|\b(?:in the )?(?:past|last) (?:\d+|few|two|three|four|five|six|several|many|couple of) (?:days|weeks|months|years)\b|\b(?:past|last) (?:week|few days|\d+ (?:days|weeks)|two weeks|couple of weeks|month|24 hours|few weeks)\b/;
const PAST = /\b(?:hx|history|historical|at (?:age )?\d{1,2}\b|at age|years? ago|yrs? ago|months? ago|wks? ago|weeks? ago|ago|last year|in the past|prior|previous(?:ly)?|past|used to|as a (?:teen(?:ager)?|child|kid)|in (?:(?:his|her|their|my) )?(?:teens|twenties|thirties|\d0s|youth|childhood)|in (?:high|middle) school|in (?:19|20)\d\d|lifetime|remote|last (?:winter|spring|summer|fall|autumn)|back (?:in|when|then))\b/;
const CURRENT = /\b(?:current(?:ly)?|ongoing|continu(?:es|ing|ed)|still|now|today|tonight|this (?:week|month|weekend|morning)|lately|recent(?:ly)?|at present|presently|right now|active(?:ly)?|yesterday|last (?:night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over the weekend|since)\b/;
const UNCERTAIN = /\b(?:alleged(?:ly)?|unconfirmed|unsubstantiated|possible|possibly|suspected|suspect|concern for|concerns? (?:about|of|for)|unclear|uncertain|may|might|query|\?|r\/o|rule out|questionable|probable|likely|unknown|whether)\b/;
const PERSON = /\b(?:client|pt|patient|member|teen|adolescent|child|youth|student|caller|resident|brother|sister|mother|mom|father|dad|husband|wife|partner(?: [ab])?|boyfriend|girlfriend|son|daughter|neighbou?r|roommate|uncle|aunt|cousin|grandmother|grandfather|friend|stepfather|stepmother|ex-partner|classmate|peer|coworker|colleague|supervisor|boss|manager|nephew|niece|grandson|granddaughter|stepson|stepdaughter|(?:foster )?carer|caregiver|boy|girl)\b/g;
const REPORTING = /^\s*(?:'s\s+)?(?:reports?|reported|says?|said|states?|stated|notes?|noted|describes?|described|shares?|shared|told|explains?|explained|disclosed|discloses|indicates?|indicated|voiced|expressed|mentions?|mentioned)\b/;
/** A reported clause whose subject is the reporter again, made explicit: "she herself", "his own". */
const OWN = /^[^.;]{0,40}?\b(?:(?:she|he|they) (?:her|him|them)sel(?:f|ves)|(?:her|his|their) own)\b/;
/** One word per relative: "dad" is the father, "mom" the mother. */
const kin = (w: string): string => (w === 'dad' ? 'father' : w === 'mom' ? 'mother' : w);
const CLIENT_WORDS = new Set(['client', 'pt', 'patient', 'member', 'teen', 'adolescent', 'child', 'youth', 'student', 'caller', 'resident']);
const UP = /(?:↑|\b(?:increas(?:e|ed|es|ing)|more (?:frequent|often|intense)|more|worse|worsen(?:ed|ing)|escalat(?:ed|ing)|intensif(?:ied|ying)|higher|up (?:from|to)|(?:went|gone|goes|go|is|are|was|were) up)\b)/;
const DOWN = /(?:↓|\b(?:decreas(?:e|ed|es|ing)|less (?:frequent|often|intense)|less|fewer|lessened|reduc(?:ed|tion)|cut (?:back|down)|lower|down|diminish(?:ed|ing)|eas(?:ed|ing)|improv(?:ed|ing|ement)|subsid(?:ed|ing))\b)/;
const SAME = /\b(?:unchanged|same|stable|no change)\b/;
/** This very moment, narrower than CURRENT ("this week", "last night" are current too). */
const NOW = /\b(?:now|currently|at present|presently|at the moment|right now|at this time)\b/;

const FREQ: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/\b(?:daily|nightly|every (?:day|night)|each (?:day|night)|(?:once )?(?:a|per) day|\/day|qd)\b/, () => 'daily'],
  [/\b(?:most|nearly all|almost all) (?:days|nights|evenings|mornings)\b|\b(?:nearly|almost) (?:every day|daily)\b/, () => 'most days'],
  [/\b(\d+)\s*[-–]\s*(\d+)\s*(?:x|times)?\s*(?:\/|a|per|each)\s*(?:wk|week)\b/, (m) => `${m[1]}-${m[2]}/wk`],
  [/\b(\d+|one|two|three|four|five|six|twice|once)\s*(?:x|times)?\s*(?:\/|a|per|each)\s*(?:wk|week)\b/, (m) => `${num(m[1]!)}/wk`],
  [/\b(?:on|at|over) (?:the )?weekends\b|\bevery weekend\b/, () => 'weekends'],
  [/\b(?:on|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/, () => '1/wk'],
  [/\b(?:rare(?:ly)?|seldom|occasional(?:ly)?|infrequent(?:ly)?|once in a while)\b/, () => 'rare'],
  [/\b(\d+)x\/wk\b/, (m) => `${m[1]}/wk`],
  [/\b(once|twice|\d+\s*x|(?:one|two|three|four|five|six|\d+) times) weekly\b/, (m) => `${num(m[1]!.replace(/\s*(?:x|times)$/, ''))}/wk`],
  [/\b(?:weekly|every week)\b/, () => '1/wk'],
  [/\b(?:twice|two times|2x)\b/, () => '2x'],
  [/\b(?:monthly|(?:once )?a month)\b/, () => 'monthly'],
];
const num = (w: string): string => ({ one: '1', once: '1', two: '2', twice: '2', three: '3', four: '4', five: '5', six: '6' })[w] ?? w;
const COUNT: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:multiple|several|many|numerous|repeated|recurrent|two|three|four|five|six|[2-9])\s+(?:\w+\s+)?$/, 'many'],
  [/\b(?:one|a single|single|1|an|a)\s+(?:\w+\s+)?$/, 'one'],
];

interface Clause {
  text: string;
  /** Offset of the clause in the whole lower-cased text. */
  at: number;
  /** A question: its mentions take the polarity of the answer that follows (or none). */
  question: boolean;
  /** Where a closing ": all denied" stands: every mention before it is denied. */
  listDeniedAt?: number | undefined;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^.;!?\n]+[.;!?\n]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    if (raw.trim() === '') continue;
    // "Asked directly about suicidal thoughts; client said no": a question told in the third person.
    // "Screened for SI, HI and self-harm: all denied": the answer is in the clause itself.
    const listDenied = /[:–—-]\s*(?:all |each |both )?(?:denied|negative|neg|none|nil)\b[^a-z]*$/.exec(raw);
    out.push({ text: raw, at: m.index, listDeniedAt: listDenied?.index, question: raw.trimEnd().endsWith('?') || (listDenied === null && /^\s*(?:[a-z]{1,2}:\s*)?(?:\w+\s+)?(?:asked|screened|queried)\s+(?!negative|positive)(?:\w+\s+)?(?:about|if|whether|for)\b/.test(raw)) });
  }
  return out;
}

/** The polarity a screening question takes from the answer after it: "C: No, nothing like that". */
function answer(next: Clause | undefined): boolean | null {
  if (next === undefined) return null;
  const m = /^\s*(?:[a-z]{1,12}(?: [a-z0-9])?:\s*)?(?:(?:the )?(?:client|pt|patient|she|he|they)\s+(?:said|answered|responded|replied|stated)\s+)?(?:[a-z]+,?\s+){0,2}?(yes|yeah|yep|sometimes|no|nope|never|not really|not (?:this|that|in the|lately|recently|now|since|for)\b)/.exec(next.text);
  if (m === null) return null;
  return /^(?:no|nope|never|not\b.*)$/.test(m[1]!);
}

/** Whether an act ended in death ("died of an overdose", "fatal") or not ("survived", "non-fatal"). */
function outcome(region: string): boolean | null {
  if (/\b(?:survived|surviving|non-?fatal|revived|resuscitated|recovered)\b/.test(region)) return false;
  if (/\b(?:died|dies|fatal(?:ly)?|passed away|death|killed (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) own life)\b/.test(region)) return true;
  return null;
}

const MALE = /^(?:brother|father|dad|husband|boyfriend|son|uncle|grandfather|stepfather|nephew|grandson|stepson|boy)$/;
const FEMALE = /^(?:sister|mother|mom|wife|girlfriend|daughter|aunt|grandmother|stepmother|niece|granddaughter|stepdaughter|girl)$/;
/** The person of a gender the text names last ("his father", then "he"). */
function lastOfGender(text: string, gender: RegExp): string | null {
  let out: string | null = null;
  for (const m of matchesOf(text, PERSON)) if (gender.test(m[0])) out = kin(m[0]);
  PERSON.lastIndex = 0;
  return out;
}

/** After a denied answer, a past time affirmed in the same turn: "Not lately. Back in May I did." */
function pastAffirmed(cls: readonly Clause[], ci: number): boolean {
  const turn = cls.slice(ci + 1, ci + 3).map((c) => c.text).join(' ');
  return /\b(?:i|he|she|they) (?:did|had|have|was|were|used to)\b/.test(turn) && PAST.test(turn);
}

/** The scope of a clause before a match: from the last termination term on. */
function scopeBefore(s: string): string {
  let cut = 0;
  for (const m of matchesOf(s, TERMINATE)) cut = m.index + m[0].length;
  return s.slice(cut);
}
function scopeAfter(s: string): string {
  TERMINATE.lastIndex = 0;
  const m = /\b(?:but|however|although|though|yet|except|whereas|which)\b|\band (?:has|have|is|was|reports?|states?|endorses?|admits?|now)\b/.exec(s);
  return m === null ? s : s.slice(0, m.index);
}

/** A removal of means ("removed", "locked", "gave to", "held by") or, negated, its refusal. */
const REMOVED = /\b(?:removed?|removing|moved (?:to|out)|relocated|taken (?:away|out|to)|at (?:his|her|their|a|the) \w+'s|stored (?:them |it )?(?:at|with|away)|disposed|gave|give|giving|hand(?:ed)? (?:over|to)|hand (?:them |it )?over|turned (?:over|in)|hand(?:ed|ing)?|held by|kept by|no longer|surrender(?:ed)?|got rid)\b/;
const REFUSED = /\b(?:refus(?:ed|es|ing) to|declined to|did not|didn't|won't|will not|would not|unwilling to)\s+(?:\w+\s+)?(?:remove|give|hand|lock|store|surrender|secure|get rid)\b/;
/** Kept locked is still access (the means are there); "unlocked" and "loaded" say the opposite. */
const LOCKED = /\b(?:locked|lock ?box|(?:gun )?safe|secured|trigger locks?|cable locks?)\b/;
const UNLOCKED = /\b(?:unlocked|unsecured|not locked|loaded)\b/;
const POSSESS = /\b(?:still|remains?|kept|keeps|has|have|owns?|stockpil(?:ed|ing)|saving up|sav(?:ed|ing)|hoard(?:ed|ing)|stash(?:ed)?|access(?: to)?|in the (?:home|house|garage|car))\b/;

/** A bare "use" names the substance beside it ("uses cannabis", "using other drugs", "cannabis use"). */
function useObj(f: { start: number; end: number }, found: ReadonlyArray<{ lex: Lex; start: number; end: number }>, text: string): string | null {
  const next = found.filter((g) => g.start >= f.end && g.start - f.end < 25 && g.lex.cat === 'substance' && !/[,;]/.test(text.slice(f.end, g.start))).sort((a, b) => a.start - b.start)[0];
  if (next !== undefined) return /\bother\s+(?:\S+\s+)?$/.test(text.slice(f.end, next.start)) ? 'other' : (next.lex.obj ?? null);
  const prev = found.find((g) => g.end <= f.start && f.start - g.end < 3 && g.lex.cat === 'substance');
  return prev?.lex.obj ?? null;
}

/** The kind of abuse a word names ("shouts at" is verbal, "hit" physical), null for abuse in general. */
function abuseKind(w: string): string | null {
  if (/threat/.test(w)) return 'threat';
  if (/shout|yell|scream|swear|verbal|emotional/.test(w)) return 'verbal';
  if (/sexual|rape|molest/.test(w)) return 'sexual';
  if (/exploit|financial|money|funds|savings|cash|pension/.test(w)) return 'financial';
  if (/\bhit|push|shov|chok|strangl|slap|punch|kick|beat|physical|threw|throw|hands on/.test(w)) return 'physical';
  return null;
}

/** The method a plan names after it ("to overdose on insulin", "involving a rope"). */
function planMethod(after: string): string | null {
  const m = /^\s*(?:to|of|involving|with|for|by)\s+(?:\w+\s+){0,3}?(shoot\w*|gun|firearm|pistol|rifle|overdos\w*|pills|insulin|hang\w*|rope|noose|jump\w*|cut\w*|drown\w*|crash\w*|driv\w*|stab\w*|knife)\b/.exec(after);
  if (m === null) return null;
  const w = m[1]!;
  if (/^(?:shoot|gun|firearm|pistol|rifle)/.test(w)) return 'gun';
  if (/^(?:overdos|pills|insulin)/.test(w)) return 'overdose';
  if (/^(?:hang|rope|noose)/.test(w)) return 'hanging';
  if (/^(?:cut|stab|knife)/.test(w)) return 'blade';
  if (/^(?:crash|driv)/.test(w)) return 'vehicle';
  return w.replace(/(?:ing|ed|s)$/, '');
}

/** The method a self-harm word names ("carving" is cutting), null for self-harm in general. */
function selfHarmMethod(w: string): string | null {
  if (/\b(?:cut|cuts|cutting|carv\w*)\b/.test(w)) return 'cut';
  if (/\bburn/.test(w)) return 'burn';
  if (/bang|\bhit|punch/.test(w)) return 'hit';
  if (/scratch|pick|pinch|bit/.test(w)) return 'scratch';
  return null;
}

/**
 * `selfHarmContext`: the cited source speaks of risk (self-harm above all), so a bare "cut" of the
 * draft ("last cut yesterday") or "no preparations" is read as one.
 */
// (Round vtoken.) What riskMentions reads before it looks at its one flag: the clauses of the
// lower-cased text and, per clause, the lexicon's matches in the order found and sorted by start.
// A text is read with and without the self-harm context (the draft sentence always both ways, a
// cited segment often): the lexicon's scan, most of the cost, is made once per text and shared.
// Shared: never mutate it (riskMentions reads `found` and `sorted` without changing them).
interface FoundLex {
  lex: Lex;
  start: number;
  end: number;
  word: string;
}
interface RiskScan {
  lower: string;
  cls: Clause[];
  /** Per clause: the matches in the order found. */
  found: Array<readonly FoundLex[]>;
  /** Per clause: the same sorted by start (a stable sort, as riskMentions sorted them in place). */
  sorted: Array<readonly FoundLex[]>;
}
function riskScan(text: string): RiskScan {
  const lower = lowerOf(text).replace(/[‘’]/g, "'");
  const cls = clauses(lower);
  const scan: RiskScan = { lower, cls, found: [], sorted: [] };
  for (const c of cls) {
    const taken: Array<[number, number]> = [];
    const found: FoundLex[] = [];
    // (Round vspeed5b.) A clause the joined pre-check turns away holds no entry of the lexicon, so
    // nothing is found in it and the spans taken below would be read by nothing: the two scans for
    // them are passed over (most clauses of a transcript name no risk).
    if (!ANY_LEX.test(c.text)) {
      scan.found.push(found);
      scan.sorted.push(found);
      continue;
    }
    // A recovery group's name ("Alcoholics Anonymous", "SMART Recovery") names a treatment, not a
    // use; and "relapse" of an illness ("depressive relapse", "relapse of psychosis", "relapse
    // prevention") is not a return to a substance: neither word is a mention.
    for (const re of [RECOVERY_GROUP, ILLNESS_RELAPSE]) {
      re.lastIndex = 0;
      for (const m of matchesOf(c.text, re)) {
        const word = (m[1] ?? m[2])!;
        const at = m.index + m[0].indexOf(word);
        taken.push([at, at + word.length]);
      }
    }
    for (const lex of LEXICON) {
      // (An entry none of whose required texts the clause holds cannot match: see LEX_LITERALS.)
      const lits = LEX_LITERALS.get(lex);
      if (lits !== undefined && !lits.some((l) => c.text.includes(l))) continue;
      lex.re.lastIndex = 0;
      for (let m = lex.re.exec(c.text); m !== null; m = lex.re.exec(c.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].trim() === '' || taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        found.push({ lex, start, end, word: m[0] });
      }
    }
    // "Drank 5 drinks Friday; none since": the use the clause before named, denied from then on.
    // "SI: +passive, -active": in a clause about suicidal ideation, each passive/active is one.
    if (found.some((f) => f.lex.cat === 'suicide' && f.lex.facet === 'ideation'))
      for (const m of matchesOf(c.text, /\b(passive|active)\b/g))
        if (!taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) found.push({ lex: MODE_LEX, start: m.index, end: m.index + m[0].length, word: m[0] });
    scan.found.push(found);
    scan.sorted.push(found.length < 2 ? found : [...found].sort((a, b) => a.start - b.start));
  }
  return scan;
}

export function riskMentions(text: string, selfHarmContext = false): RiskMention[] {
  const { lower, cls, found: foundIn, sorted: sortedIn } = once('scan', text, riskScan);
  const out: RiskMention[] = [];
  cls.forEach((c, ci) => {
    const found = foundIn[ci]!;
    const sorted = sortedIn[ci]!;
    if (found.length === 0) {
      // "…keeps a handgun; client unsure if it's locked": said of the means just named.
      const last = out[out.length - 1];
      if (last !== undefined && last.facet === 'means' && /\b(?:unsure|not sure|unclear|unknown|does(?: not|n't) know|uncertain)\b[^.;]*\b(?:locked|secured|stored)\b/.test(c.text)) last.lockUnsure = true;
      if (/^\s*(?:none|nothing|no (?:use|more)|not)\b[^.;]*\bsince\b/.test(c.text)) {
        const last = out[out.length - 1];
        if (last !== undefined && !last.denied) out.push({ ...last, denied: true, time: 'current', universal: false });
      }
      return;
    }
    // A clause about risk: plan, intent and means are facets of its risk; otherwise "plan" is a
    // treatment plan and "cutting" cutting back.
    const riskCats = found.filter((f) => f.lex.cat !== null && f.lex.facet !== 'act').map((f) => f.lex.cat!);
    const anyCat = found.find((f) => f.lex.cat !== null && !(f.lex.cat === 'self_harm' && /^(?:cut|cutting|burning|cuts)$/.test(f.word)))?.lex.cat ?? null;
    const aboutRisk = selfHarmContext || riskCats.length > 0 || anyCat !== null || /\b(?:safety|lethal|suicid|risk|harm|hurt|kill|die|dead)\w*/.test(lower);
    const qAnswer = c.question ? answer(cls[ci + 1]) : null;
    if (c.question && qAnswer === null) return;
    // The mention before, for lists: "denies current thoughts of suicide, plan or intent".
    let listPrev: { end: number; denied: boolean } | null = null;
    for (const f of sorted) {
      const { lex } = f;
      if (lex.cat === null && lex.facet !== 'means' && !aboutRisk) continue;
      // "UDS positive for X, negative for Y": the screen as a whole has no one polarity; its
      // substances carry it.
      if (lex.facet === 'screen' && /\b(?:positive|pos)\b|\+/.test(c.text) && /\b(?:negative|neg)\b/.test(c.text)) continue;
      if ((lex.facet === 'plan' || lex.facet === 'intent') && /\b(?:safety|treatment|discharge|return|care|crisis|action)\s*$/.test(c.text.slice(0, f.start))) continue;
      // "plans to return to college", "intends to apply": a plan for something other than harm.
      if ((lex.facet === 'plan' || lex.facet === 'intent') && /^\s+to\s+(?:return|go back|attend|apply|move|visit|see|work|study|finish|complete|enrol|enroll|join|call|contact|meet|travel|resume|spend|look for|get back|take classes|celebrate)\b/.test(c.text.slice(f.end))) continue;
      // bare "cutting" / "cut" is self-harm only in a clause about it ("last cut 3 wks ago (thigh)").
      if (lex.cat === 'self_harm' && /^(?:cut|cutting|cuts|burning)$/.test(f.word) && !selfHarmContext && !(/\b(?:nssi|self|sh|urges?|thighs?|arms?|forearms?|wrists?|legs?|stomach|skin|blades?|razor|scars?)\b/.test(lower))) continue;
      // bare "use" only in a clause that names a substance, and not as "use of skills".
      if (f.lex.re.source.startsWith('\\b(?:use|') && !(sorted.some((g) => g !== f && g.lex.cat === 'substance' && g.lex.facet === 'act') || /\b(?:substance|drug|alcohol|cannabis|meth|cocaine|opioid|fentanyl)/.test(lower)) ) continue;
      if (f.lex.re.source.startsWith('\\b(?:use|') && /^\s*(?:of|the|a|his|her|their|skills?|coping|it|this)\b/.test(c.text.slice(f.end))) continue;
      // bare "behaviour" is suicidal behaviour only in a suicide screen ("C-SSRS: ideation, no behaviour").
      if (/^behaviou?rs?$/.test(f.word) && !/\b(?:c-?ssrs|columbia)\b/.test(c.text)) continue;
      // bare "hit" is violence with a person as its object, or passive ("was hit by"); not "hit a wall".
      if (lex.cat === 'abuse' && /^(?:hit|hits)$/.test(f.word) && !/^(?:hits?|hit) (?:me|her|him|them|his|my|us|by|(?:the|their|our|your|a|an) (?:\w+ )?(?:children|kids|child|baby|infant|boy|girl|son|daughter|wife|husband|partner|mother|father|mom|dad|brother|sister|students?|classmates?|peers?|staff|nurses?|teachers?|residents?|patients?|members?|sibling|toddler|pupils?|coworkers?|girlfriend|boyfriend))\b/.test(c.text.slice(f.start)) && !/\b(?:was|were|been|being|got) $/.test(c.text.slice(Math.max(0, f.start - 8), f.start))) continue;
      if (lex.obj === 'alcohol' && /^\s*(?:coffee|water|tea|soda|juice|caffeine|energy|milk|fluids?|pop)\b/.test(c.text.slice(f.end))) continue;
      if (lex.cat === 'substance' && f.word === 'clean' && !/\b(?:days?|weeks?|months?|years?|stayed|staying|been|remains?)\b/.test(c.text)) continue;
      if (f.word === 'misuse' || f.word.startsWith('misus')) {
        if (!/alprazolam|xanax|benzo|clonazepam|lorazepam|opioid|substance|drug|pill|medication|prescri/.test(lower)) continue;
      }
      const before = scopeBefore(c.text.slice(Math.max(0, f.start - 70), f.start));
      const after = scopeAfter(c.text.slice(f.end, f.end + 40));
      const win = before.split(/\s+/).slice(-7).join(' ');
      const afterWords = after.split(/\s+/).filter((w) => w !== '');
      // "thoughts of hurting yourself", "urges to cut": the act only thought of.
      const facet: Facet = lex.facet === 'act' && lex.absent !== true && (/^\s*(?:urges?|thoughts?|ideation)\b/.test(c.text.slice(f.end)) || /\b(?:thoughts?|thinking|thought|urges?|ideation|wish(?:es)?|wants?|wanted|fear(?:s|ed)?) (?:of|about|to)\s+(?:just\s+|(?:his|her|their|my)\s+)?(?:[a-z]+\s+)?$/.test(before)) ? 'ideation' : lex.facet;
      let denied = NEG_PRE.test(win) || NEG_POST.test(after) || (lex.cat === 'substance' || lex.cat === 'self_harm' ? CEASED_AFTER.test(after) : false) || /-\s*$/.test(c.text.slice(Math.max(0, f.start - 1), f.start));
      if (/\+\s*$/.test(c.text.slice(Math.max(0, f.start - 1), f.start))) denied = false;
      // "C-SSRS: 0/6", "C-SSRS 0": a screen scored zero is negative; "positive" is positive.
      if ((lex.facet === 'screen' && lex.obj !== 'level') || /^(?:phq|item 9)/.test(f.word)) {
        if (/^[\s:=-]*(?:score(?:d)?\s*)?0(?:\s*\/\s*\d+)?(?!\d|\.\d)/.test(c.text.slice(f.end))) denied = true;
        else if (/^[\s:=-]*(?:\(?\s*)?(?:positive|pos)\b/.test(c.text.slice(f.end))) denied = false;
        // The result a few words on ("UDS today was negative for all substances") or before the
        // screen's name ("screened negative on the C-SSRS"): the screen's polarity (round vfa7).
        else if (/^[^,;.]{0,40}?\b(?:negative|neg)\b/.test(c.text.slice(f.end)) || /\b(?:negative|neg)\s+(?:on|for)?\s*(?:the\s+)?$/.test(before)) denied = true;
        else if (/^[^,;.]{0,40}?\b(?:positive|pos)\b/.test(c.text.slice(f.end)) || /\b(?:positive|pos)\s+(?:on|for)?\s*(?:the\s+)?$/.test(before)) denied = false;
      }
      // "won't wake up" carries its own negation.
      if (lex.cat === 'suicide' && lex.facet === 'ideation' && /wake up|waking up|wake\b|be alive|exist|here|around|live\b|go on\b/.test(f.word) && !/\bden(?:y|ies|ied)\b|\bno\b/.test(win)) denied = false;
      // "did not deny SI", "never denied thoughts of…": a denial negated is an admission.
      if (denied && /(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?den(?:y|ies|ied|ying)\b(?!.*\b(?:no|not|never|without|none)\b)/.test(win) && !NEG_POST.test(after)) denied = false;
      // "no thoughts that his family would be better off without him", "denies feeling that life is
      // not worth living": a denied thought noun or verb governs its whole that-clause, however long.
      if (!denied && /\b(?:no|denies|denied|denying|never|not|without)\s+(?:\w+\s+){0,2}(?:thoughts?|thinking|thought|feelings?|feeling|felt|belief|beliefs|believing|sense)\s+that\b[^,;:]*$/.test(before)) denied = true;
      // "I wouldn't actually do it", "did not act on them" carry their own negation, whatever precedes.
      if (lex.absent === true) denied = lex.cat === null ? true : !denied;
      // "declined to complete a safety plan", "refused the crisis team"
      if (lex.facet === 'safety') {
        const near4 = before.split(/\s+/).filter((w) => w !== '').slice(-4).join(' ');
        denied = NEG_PRE.test(near4) || /\b(?:declin|refus|unwilling|rejected)\w*\b/.test(win) || /^\s*(?:was|were|is|has|have|had)?\s*(?:not|never|n't)\s+(?:been\s+)?(?:reviewed|completed|done|made|updated|agreed|discussed|written)\b/.test(c.text.slice(f.end));
      }
      // "screened for SI and denied it", "asked about HI, denies this"
      if (/^\s*(?:,\s*|and\s+)(?:(?:client|pt|patient|she|he|they)\s+)?(?:denied|denies|denying)\s+(?:it|them|this|these|both|all|each)\b/.test(c.text.slice(f.end))) denied = true;
      // An item of a list shares the denial of the item before it, however far back the trigger
      // stands (round vfa7): a list comma, a slash or "or" / "and" / "nor" between them, nothing else
      // (not a bare space: "non-suicidal self-injury" is one thing, its "non-" no denial of the injury).
      if (!denied && listPrev !== null && listPrev.denied && /^\s*(?:[,/]|,?\s*(?:or|and|nor))\s*$/.test(c.text.slice(listPrev.end, f.start))) denied = true;
      listPrev = { end: f.end, denied };
      let time: RiskMention['time'] = null;
      // (The whole rest of the clause: "abuse by her ex-partner, which ended two years ago".)
      const rest = c.text.slice(f.end, f.end + 60);
      const cutAt = /\band (?:is|are|has|have) (?:now|currently)\b|,\s*(?:and\s+)?(?:admits?|admitted|endorses?|endorsed|reports?|reported|acknowledges?|acknowledged|states?|stated|says|said|denies|denied)\b|\b(?:but|however|although|though|yet|whereas)\b/.exec(rest);
      const near = `${before.split(/\s+/).slice(-6).join(' ')} ${f.word} ${cutAt === null ? rest : rest.slice(0, cutAt.index)}`;
      if (RECENT.test(near) || RECENT.test(`${before} ${f.word}`)) time = 'current';
      else if (PAST.test(near)) time = 'past';
      else if (CURRENT.test(near)) time = 'current';
      // "last cutting was in August", "last attempt 2011": the most recent one, dated to a month or
      // a year, is over; "this week" is another time.
      if (/\blast\s+(?:\S+\s+)?$/.test(before) && /^\s*(?:was|were|occurred|happened)?\s*(?:in|during)?\s*(?:january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d)\b/.test(rest)) time = 'past';
      // "after 30 days clean": the sober stretch is over.
      if (lex.absent === true && /\bafter\s+(?:\S+\s+){0,3}$/.test(before)) time = 'past';
      // "SI last month that has resolved": over.
      if (/^[^;.]{0,30}?\b(?:(?:has|have|had) )?(?:since |now )?(?:resolved|remitted|abated|ceased)\b/.test(rest)) time = 'past';
      // "6 months abstinent until last Saturday": the sober stretch is over.
      if ((lex.absent === true || denied) && /^[^,;.]{0,40}?\buntil\b/.test(rest)) time = 'past';
      let locked: boolean | null = null;
      if (lex.facet === 'means') {
        const region = `${before} ${f.word} ${after}`;
        locked = UNLOCKED.test(region) ? false : LOCKED.test(region) ? true : null;
        if (REFUSED.test(region)) denied = false;
        else if (REMOVED.test(region)) denied = true;
        else if ((POSSESS.test(region) || locked !== null) && !NEG_PRE.test(win)) denied = false;
      }
      // Who: the nearest person named before, unless what follows them is a reporting verb.
      let who: string | null = null;
      // (The person stands after a preposition: an object, "arguments with his wife", not the subject.)
      let whoObject = false;
      const head = c.text.slice(0, f.start);
      for (const m of matchesOf(head, PERSON)) {
        // ("Mother reports she herself had…", "his father said his own…": the reporter is the one.)
        if (REPORTING.test(head.slice(m.index + m[0].length)) && !OWN.test(head.slice(m.index + m[0].length))) continue;
        // ("Per mother, …", "according to his wife": who told, not whom it concerns.)
        if (/\b(?:per|according to)\s+(?:(?:his|her|their|the)\s+)?$/.test(head.slice(Math.max(0, m.index - 20), m.index))) continue;
        if (/'s\s*$/.test(head.slice(m.index, m.index + m[0].length + 2))) continue;
        who = CLIENT_WORDS.has(m[0]) ? 'client' : kin(m[0]);
        // ("worried about her friend, who has been cutting": the relative pronoun makes them the subject.)
        whoObject = !/^\s*,?\s*who\b/.test(head.slice(m.index + m[0].length)) && /\b(?:with|to|about|at|for|from|toward|towards|against|of|on|by|like|than|and|visit(?:ed|ing)?|call(?:ed|ing)?|told|asked)\s+(?:(?:his|her|their|my|the|a|an)\s+)?(?:\w+\s+)?$/.test(head.slice(Math.max(0, m.index - 30), m.index));
      }
      PERSON.lastIndex = 0;
      // "His father came home drunk; he threatened to kick the client out": a pronoun subject in a
      // clause that names the client elsewhere is not the client but the person last named of its gender.
      if (who === null && ci > 0 && /\b(?:the client|client|pt|patient)\b/.test(c.text.slice(f.end))) {
        const pro = /^\s*(?:and |then |but )?(he|she)\b/.exec(head);
        if (pro !== null) who = lastOfGender(lower.slice(0, c.at), pro[1] === 'he' ? MALE : FEMALE);
      }
      PERSON.lastIndex = 0;
      const implied = who === null && !matchesOf(head, PERSON).some((m) => !CLIENT_WORDS.has(m[0])) && !/\b(?:his|her|their) (?:\w+ )?(?:family|relatives?|friends?)\b/.test(head);
      PERSON.lastIndex = 0;
      // "alcohol use disorder was considered but not diagnosed": a possibility, not a diagnosis.
      const undiagnosed = /^[^;.]{0,40}\b(?:considered|queried|suspected|raised|explored)\b[^;.]{0,15}\b(?:but|and) (?:not|never) (?:diagnosed|confirmed|made|given)\b|^[^;.]{0,30}\bnot (?:diagnosed|confirmed)\b/.test(c.text.slice(f.end));
      const uncertain = UNCERTAIN.test(win) || UNCERTAIN.test(afterWords.slice(0, 3).join(' ')) || undiagnosed;
      let mode: RiskMention['mode'] = null;
      if (lex.cat === 'suicide' && lex.facet === 'ideation') {
        // The nearest "passive" / "active" before the mention (within its scope), else after it.
        const pre = matchesOf(`${win} ${f.word}`, /\b(passive|active)\b/g).pop();
        const m = pre ?? /\b(passive|active)\b/.exec(after);
        if (m !== undefined && m !== null) mode = m[1] as 'passive' | 'active';
        else if (/wish|wake up|better off|be alive|exist/.test(f.word)) mode = 'passive';
      }
      let freq: string | null = null;
      const bw = before.split(/\s+/).slice(-5);
      const cutW = bw.findLastIndex((w) => /^(?:denies|denied|no|not|never|none|without|but|and)$/.test(w));
      const freqAfter = scopeAfter(c.text.slice(f.end, f.end + 70)).split(/\s+/).filter((w) => w !== '');
      const stop2 = freqAfter.findIndex((w) => /^(?:denies|denied|no|not|never|none|without|but)$/.test(w));
      const freqText = `${bw.slice(cutW + 1).join(' ')} ${f.word} ${freqAfter.slice(0, Math.min(10, stop2 < 0 ? 10 : stop2)).join(' ')}`;
      for (const [re, val] of FREQ) {
        const m = re.exec(freqText);
        if (m === null) continue;
        // "from daily to 2x/wk": the state before the change is not the frequency now.
        if (/\bfrom\s*$/.test(freqText.slice(0, m.index))) continue;
        freq = val(m);
        break;
      }
      let count: string | null = null;
      if (facet === 'act' && lex.cat !== 'substance') for (const [re, val] of COUNT) if (count === null && re.test(before.split(/\s+/).slice(-3).join(' ') + ' ')) count = val;
      // ("two prior attempts" against "three attempts": the number itself, where one is written.)
      if (count === 'many' && facet === 'act') {
        const n = /\b(two|three|four|five|six|[2-9])\s+(?:\w+\s+)?$/.exec(before.split(/\s+/).slice(-3).join(' ') + ' ');
        if (n !== null) count = num(n[1]!);
      }
      // "one use of cocaine", "tried vaping once", "used twice": how many times, not how often.
      if (facet === 'act' && lex.cat === 'substance' && lex.absent !== true) {
        const near = `${before.split(/\s+/).filter((w) => w !== '').slice(-3).join(' ')} ${f.word} ${afterWords.slice(0, 4).join(' ')}`;
        if (/\b(?:one|a single|1) (?:use|time|occasion)\b|\bonce\b(?! (?:a|an|per|each|every|daily|weekly)\b)/.test(near)) count = 'one';
        else if (/\b(?:twice|(?:two|three|four|five|several|multiple|\d+) (?:times|uses|occasions))\b(?! (?:a|an|per|each|every)\b)/.test(near)) count = 'many';
      }
      // "bullied once", "thoughts of it several times this week"
      if (count === null && lex.cat !== 'substance' && (facet === 'act' || facet === 'ideation')) {
        if (/^\s*once\b(?! (?:a|an|per|each|every|daily|weekly)\b)/.test(c.text.slice(f.end)) || /\b(?:one|a single|single) (?:\w+ ){0,2}$/.test(facet === 'ideation' ? before.split(/\s+/).filter((w) => w !== '').slice(-4).join(' ') + ' ' : '')) count = 'one';
        else if (/^[^,;.]{0,40}?\b(?:several|multiple|many|numerous|repeated|two|three|four|five|\d+) times\b|^\s*(?:repeatedly|twice)\b/.test(c.text.slice(f.end))) count = 'many';
      }
      let dir: RiskMention['dir'] = null;
      const dirText = `${win} ${after}`;
      if (SAME.test(dirText)) dir = 'same';
      else if (DOWN.test(dirText)) dir = 'down';
      else if (UP.test(dirText)) dir = 'up';
      if (c.question && qAnswer !== null) denied = qAnswer;
      // "T: … this week?" | "C: Not this week. Back in August I did.": denied now, affirmed of a past time.
      const pastYes = c.question && qAnswer === true && pastAffirmed(cls, ci);
      if (c.listDeniedAt !== undefined && f.start < c.listDeniedAt) denied = true;
      // "last drink 12 days ago", "last use in March": none since, i.e. abstinent now.
      const isUse = lex.re.source.startsWith('\\b(?:use|');
      let kind: RiskMention['kind'] = lex.kind ?? null;
      // "sober from alcohol": the substance named carries the abstinence.
      if (lex.cat === 'substance' && denied && kind === null && /\b(?:sober|sobriety|clean|abstinent|abstinence|abstaining|free) (?:from|of|off)\s+(?:\S+\s+)?$/.test(before)) kind = 'abstinence';
      if (lex.cat === 'substance' && /^\s*(?:use )?(?:disorder|dependence|addiction)\b/.test(c.text.slice(f.end))) kind = 'disorder';
      // Abuse: on the receiving end ("was bullied", "pushed … by older students") or doing it.
      let role: RiskMention['role'] = null;
      if (lex.cat === 'abuse' && /^(?:bull|push|shov|hit|punch|kick|slap|chok|beat|threw|throw|shout|yell|scream|swear|threat|tak|took|steal|stole)/.test(f.word)) role = (!/^\w+ing\b/.test(f.word) && /\b(?:was|were|been|being|got|gets|is|are)\s+(?:\w+\s+)?(?:and\s+)?$/.test(before)) || /\bvictim of\s*$/.test(before) || /^\s*(?:\S+\s+){0,5}?by\b/.test(c.text.slice(f.end)) ? 'victim' : 'agent';
      // ("has been taking money": progressive, not passive; the doer.)
      // ("was physically abused by", "assaulted by": the receiving end; a bare "abuse" names no role.)
      else if (lex.cat === 'abuse' && /^(?:(?:physical|sexual|emotional|verbal)(?:ly)? )?(?:abused|assaulted|molested|raped|neglected|exploited)$/.test(f.word) && (/\b(?:was|were|been|being|got|gets|is|are)\s+(?:\w+\s+)?$/.test(before) || /^\s*(?:\S+\s+){0,3}?by\b/.test(c.text.slice(f.end)))) role = 'victim';
      if (lex.cat === 'substance' && !denied && /\blast\s+$/.test(before)) {
        denied = true;
        time = 'current';
        kind = 'abstinence';
      }
      out.push({
        cat: lex.cat ?? anyCat,
        facet,
        // "denies other substance use": the denial leaves out what the sentence names.
        obj: /\bother\s+(?:\S+\s+)?$/.test(before) ? 'other' : (lex.obj ?? (lex.cat === 'self_harm' ? selfHarmMethod(f.word) : lex.cat === 'abuse' ? abuseKind(f.word) : isUse ? useObj(f, found, c.text) : null)),
        denied,
        time,
        who,
        uncertain,
        mode,
        freq,
        count,
        dir,
        universal: denied && /\b(?:never|any|ever|all)\b/.test(win),
        words: f.word.split(/[\s/-]+/),
        kind,
        owned: lex.facet === 'means' && /\b(?:owns?|owned|bought|purchased|keeps|kept)\s+(?:\S+\s+){0,2}$/.test(before),
        locked,
        role,
        implied,
        whoObject,
        // (An act with no one named before it is the client's own doing, in a note as in a draft.)
        agent: role === 'agent' ? (who ?? (implied ? 'client' : null)) : role === 'victim' ? (() => {
          const by = /^\s*(?:\S+\s+){0,5}?by\s+(?:(?:his|her|their|a|an|the|my)\s+)?(?:\w+\s+)?/.exec(c.text.slice(f.end));
          if (by === null) return null;
          PERSON.lastIndex = 0;
          const p = PERSON.exec(c.text.slice(f.end + by.index, f.end + by[0].length + 20));
          PERSON.lastIndex = 0;
          return p === null ? null : CLIENT_WORDS.has(p[0]) ? 'client' : kin(p[0]);
        })() : null,
        level: lex.obj === 'level' ? (/\b(?:high|higher|elevated|imminent|acute|severe)\b/.test(f.word) ? 'high' : /\b(?:moderate|medium)\b/.test(f.word) ? 'moderate' : 'low') : null,
        // (An attempt names its method as a plan does, "attempt by cutting", or by a copula, "the
        // attempt in 2011 was an overdose".)
        method: lex.facet === 'plan' ? planMethod(c.text.slice(f.end, f.end + 50)) : facet === 'act' && lex.cat === 'suicide' && /attempt/.test(f.word) ? planMethod(c.text.slice(f.end, f.end + 50).replace(/^\s*(?:in\s+)?(?:19|20)\d\d\b/, '').replace(/^\s*(?:was|were)\s+(?:an?\s+)?/, ' by ')) : null,
        fatal: facet === 'act' && (lex.cat === 'suicide' || lex.cat === 'substance') ? outcome(`${before} ${f.word} ${cutAt === null ? rest : rest.slice(0, cutAt.index)}`) : null,
        only: facet === 'ideation' && /\b(?:only|just|merely|simply|nothing more than)\s+(?:\w+\s+){0,2}$/.test(before),
        // ("have now passed": now is when they ended.)
        nowCue: NOW.test(`${win} ${f.word} ${after.split(/[,;]/)[0]!.split(/\s+/).slice(0, 5).join(' ')}`) && !/\b(?:resolved|passed|gone|settled|subsided|eased|abated|ceased|stopped|over)\b/.test(rest.split(/[,;]/)[0]!),
      });
      // "some thoughts of harming himself last night, none now": the clause goes on to deny the same
      // risk at this moment; that denial is a mention of its own.
      const noneNow = /^[^;.]*?,\s*(?:but\s+)?(?:none|nil|not|no longer|no more)\s+(?:\w+\s+)?(?:now|currently|at present|today)\b/.exec(rest);
      if (noneNow !== null && !denied && !/\b(?:now|currently|at present)\b/.test(`${win} ${rest.slice(0, noneNow.index)}`)) out.push({ ...out[out.length - 1]!, denied: true, time: 'current', universal: false, nowCue: true });
      if (pastYes) out.push({ ...out[out.length - 1]!, denied: false, time: 'past', universal: false });
    }
  });
  return out;
}

const catOk = (a: RiskMention, b: RiskMention): boolean => a.cat === null || b.cat === null || a.cat === b.cat || (a.facet !== 'act' && a.facet !== 'ideation');
const objOk = (a: RiskMention, b: RiskMention): boolean => a.obj === null || b.obj === null || a.obj === b.obj;
const WORDS: Readonly<Record<RiskCat, string>> = { suicide: 'suicidal ideation or acts', homicide: 'homicidal ideation', self_harm: 'self-harm', abuse: 'abuse or violence', substance: 'substance use', psychosis: 'hallucinations', eating: 'eating-disorder behaviour' };
const FACET: Readonly<Record<Facet, string>> = { ideation: 'thoughts', act: 'act', plan: 'plan', intent: 'intent', means: 'access to means', prep: 'preparation', screen: 'screen', safety: 'safety plan or protective factor' };
const name = (m: RiskMention): string => (m.facet === 'ideation' || m.facet === 'act' ? (m.cat !== null ? WORDS[m.cat] : 'risk') : FACET[m.facet]) + (m.obj !== null && m.facet !== 'means' ? ` (${m.obj})` : '');

/** A source mention of another time with the other polarity: it neither supports nor contradicts. */
const IRRELEVANT = '\u0000';
/** "2x" (two times) is compatible with "2/wk". */
const perWeek = (f: string): [number, number] | null => {
  const m = /^(\d+)(?:-(\d+))?\/wk$/.exec(f);
  if (m !== null) return [Number(m[1]), Number(m[2] ?? m[1])];
  return ({ daily: [7, 7], 'most days': [4, 7], weekends: [1, 2], monthly: [0, 0.5], rare: [0, 1] } as Record<string, [number, number]>)[f] ?? null;
};
/** Two frequencies that can both be true: "2x" and "2/wk", "3-4/wk" and "3/wk", "most days" and "daily". */
const sameFreq = (a: string, b: string): boolean => {
  if (a === b || ((a.endsWith('x') || b.endsWith('x')) && a.replace(/[x/].*$/, '') === b.replace(/[x/].*$/, ''))) return true;
  const x = perWeek(a);
  const y = perWeek(b);
  if (x === null || y === null) return false;
  return x[0] <= y[1] && y[0] <= x[1];
};

/** Facets that belong to a person: thoughts, acts, preparation, and means someone is said to own. */
const ownFacet = (m: RiskMention): boolean => m.facet === 'act' || m.facet === 'ideation' || m.facet === 'prep' || (m.facet === 'means' && m.owned === true);

/** Counts that can both be true: "several" and "3", "2" and "2"; "one" only with "one". */
const sameCount = (a: string, b: string): boolean => a === b || (a === 'many' && b !== 'one') || (b === 'many' && a !== 'one');

/** The attribute on which a source mention conflicts with a draft mention, or null. */
function conflict(d: RiskMention, s: RiskMention): string | null {
  // "Brother self-harmed; teen denies any": a denial for one person says nothing of another's.
  // (Not for abuse, where the person named may be the one who did it; nor for plan, intent or
  // means, which belong to whoever the risk is about.)
  if (d.denied !== s.denied && d.who !== null && s.who !== null && d.who !== s.who && d.cat !== 'abuse' && s.cat !== 'abuse' && (d.facet === 'act' || d.facet === 'ideation')) return IRRELEVANT;
  // ("Zed denies any self-harm" against "a classmate, who has been cutting": the client's own denial,
  // a named other person's act as the subject of its clause.)
  if (d.denied && !s.denied && d.who === null && d.implied === true && s.who !== null && s.who !== 'client' && s.whoObject !== true && d.cat !== 'abuse' && s.cat !== 'abuse' && (d.facet === 'act' || d.facet === 'ideation')) return IRRELEVANT;
  if (d.denied !== s.denied) {
    // A dated denial against a stated risk of another time ("denies current SI" / "attempt at 19") is no conflict.
    if ((d.time !== null && s.time !== null && d.time !== s.time) || (d.universal === false && d.denied && s.time === 'past' && d.time === null)) return IRRELEVANT;
    {
      // "His wife keeps the pills in a locked box" where they are held by her: removed from the client.
      if (!d.denied && d.facet === 'means' && d.locked === true && d.who !== null && d.who !== 'client') return null;
      if (d.denied && s.facet === 'means' && s.locked === true) return `source says ${name(s)} kept locked, still there; draft says none`;
      return d.denied ? `source says ${name(s)} present; draft says denied` : `source says ${s.facet === 'means' ? `${name(s)} removed or absent` : `denies ${name(s)}`}; draft says ${s.facet === 'means' ? 'present' : 'present'}`;
    }
  }
  if (!d.denied && !s.denied) {
    if (d.who !== null && s.who !== null && d.who !== s.who && d.cat !== 'abuse' && (d.facet === 'act' || d.facet === 'ideation')) return `source says ${name(s)} concerns the ${s.who}; draft says the ${d.who}`;
    // "Client owns a handgun" where the father keeps one: whose the means are.
    if (d.facet === 'means' && d.owned === true && s.owned === true && d.who !== null && s.who !== null && d.who !== s.who) return `source says the ${s.who} keeps the ${s.obj ?? 'means'}; draft says the ${d.who}`;
    // "Pt's sister overdosed" where the source names no one else: the client's own risk.
    if (d.who !== null && d.who !== 'client' && s.who === null && s.implied === true && d.cat !== 'abuse' && ownFacet(d) && ownFacet(s)) return `source gives ${name(s)} as the client's own; draft says the ${d.who}`;
    // The other way round: "Mother reports she herself had thoughts…" against "Has had suicidal thoughts".
    if (s.who !== null && s.who !== 'client' && s.whoObject !== true && (d.who === 'client' || (d.who === null && d.implied === true)) && d.cat !== 'abuse' && s.cat !== 'abuse' && ownFacet(d) && ownFacet(s) && d.facet !== 'act' && d.facet !== 'ideation') return `source says ${name(s)} concerns the ${s.who}; draft says the client`;
    if (s.who !== null && s.who !== 'client' && s.whoObject !== true && d.who === null && d.implied === true && d.cat !== 'abuse' && s.cat !== 'abuse' && (d.facet === 'act' || d.facet === 'ideation')) return `source says ${name(s)} concerns the ${s.who}; draft says the client`;
    if (d.facet === 'means' && d.locked === true && !d.uncertain && s.lockUnsure === true) return `source is unsure whether the ${s.obj ?? 'means'} is locked; draft says it is`;
    if (d.facet === 'means' && d.locked != null && s.locked != null && d.locked !== s.locked) return `source says the ${s.obj ?? 'means'} ${s.locked ? 'locked' : 'not locked'}; draft says ${d.locked ? 'locked' : 'not locked'}`;
    // "Partner A threw it" where Partner B did: another person did it.
    if (d.agent != null && s.agent != null && d.agent !== s.agent) return `source says the ${s.agent} did it; draft says the ${d.agent}`;
    // "Her father was abused by his own father" against "the client was abused by her father": another victim.
    if (d.role === 'victim' && s.role === 'victim' && d.who !== null && s.who !== null && d.who !== s.who && s.whoObject !== true && d.whoObject !== true) return `source says the ${s.who} was on the receiving end of ${name(s)}; draft says the ${d.who}`;
    if (d.role != null && s.role != null && d.role !== s.role && d.who !== null && d.who === s.who) return `source says ${s.who ?? 'the client'} ${s.role === 'victim' ? 'was on the receiving end of' : 'did'} ${name(s)}; draft says the other way round`;
    if (d.fatal != null && s.fatal != null && d.fatal !== s.fatal) return `source says the ${s.who ?? 'person'} ${s.fatal ? 'died' : 'survived'}; draft says ${d.fatal ? 'died' : 'survived'}`;
    if (d.level != null && s.level != null && d.level !== s.level) return `source rates the risk ${s.level}; draft says ${d.level}`;
    if ((d.facet === 'plan' || d.facet === 'act') && d.method != null && s.method != null && d.method !== s.method) return `source says the ${d.facet === 'plan' ? 'plan' : 'act'} is by ${s.method}; draft says by ${d.method}`;
    if (d.time !== null && s.time !== null && d.time !== s.time) return `source places ${name(s)} ${s.time === 'past' ? 'in the past' : 'now'}; draft places it ${d.time === 'past' ? 'in the past' : 'now'}`;
    if (d.mode !== null && s.mode !== null && d.mode !== s.mode) return `source says ${s.mode} suicidal ideation; draft says ${d.mode}`;
    if (!d.uncertain && s.uncertain) return `source says possible ${name(s)}; draft states it as certain`;
    // The other way: a hedge ("may have", "suspected") on what the source states outright.
    if (d.uncertain && !s.uncertain) return `source states ${name(s)} as certain; draft says possible`;
    if (d.freq !== null && s.freq !== null && !sameFreq(d.freq, s.freq)) return `source gives ${name(s)} as ${s.freq}; draft says ${d.freq}`;
    // "tried vaping once" against "vapes daily".
    if (d.freq !== null && s.freq === null && s.count === 'one' && d.count === null) return `source says ${name(s)} once; draft says ${d.freq}`;
    if (d.count === 'one' && s.freq !== null && s.count === null && (perWeek(s.freq)?.[1] ?? 0) >= 1) return `source says ${name(s)} ${s.freq}; draft says once`;
    if (d.count !== null && s.count !== null && !sameCount(d.count, s.count)) return `source says ${s.count === 'many' ? 'several' : s.count}; draft says ${d.count === 'many' ? 'several' : d.count}`;
    if (d.dir !== null && s.dir !== null && d.dir !== s.dir) return `source says ${name(s)} ${s.dir === 'up' ? 'increased' : s.dir === 'down' ? 'decreased' : 'unchanged'}; draft says ${d.dir === 'up' ? 'increased' : d.dir === 'down' ? 'decreased' : 'unchanged'}`;
  }
  // "continued abstinence" against "used … after 30 days clean": that abstinence is over.
  if (d.denied && s.denied && s.kind === 'abstinence' && s.time === 'past' && d.time !== 'past') return 'source says the abstinence ended; draft says it continues';
  return null;
}

export interface RiskComparison {
  /** Attribute conflicts, in words a clinician reads. */
  contra: string[];
  /** Words of draft mentions that a source mention agrees with: not an invention. */
  aligned: Set<string>;
  /** Risk categories the sources speak of through this lexicon (paraphrase included). */
  sourceCats: Set<RiskCat>;
  /** Draft categories every one of whose mentions a source mention agrees with. */
  agreed: Set<RiskCat>;
  /** The draft names risk, and every mention of it agrees with one of the source's. */
  allAgree: boolean;
}

/** Mentions per text, read once and shared (analysis.ts): a segment is cited by many sentences. */
const once = readerFor('risk');
const mentionsInContext = (text: string): RiskMention[] => riskMentions(text, true);
export function mentionsOf(text: string, selfHarmContext = false): RiskMention[] {
  return selfHarmContext ? once('mentions-in-risk-context', text, mentionsInContext) : once('mentions', text, riskMentions);
}

/**
 * `context`: the uncited segments of the same note. They never supply a mention; they only say
 * the note is about suicide, homicide or self-harm, so that "Have you done anything to prepare?"
 * or "made preparations to act" is read as a facet of that risk.
 */
export function compareRisk(sentence: string, sources: readonly string[], context: readonly string[] = []): RiskComparison {
  // "T: Have you thought about how?" | "C: No…": a question segment is read with the answer
  // segment cited after it (a question alone yields no mention).
  const joined = (ctx: boolean): RiskMention[] => flatMap(sources, (t, i) => (/\?\s*$/.test(t) && i + 1 < sources.length ? mentionsOf(`${t}\n${sources[i + 1]!}`, ctx) : mentionsOf(t, ctx)));
  let src = joined(false);
  const risky = (ms: readonly RiskMention[]): boolean => ms.some((s) => s.cat === 'self_harm' || s.cat === 'suicide' || s.cat === 'homicide');
  // Most draft sentences name no risk, even read in a risk context: nothing to compare.
  if (mentionsOf(sentence, true).length === 0) return { contra: [], aligned: new Set(), sourceCats: new Set(flatMap(src, (s) => (s.cat !== null ? [s.cat] : []))), agreed: new Set(), allAgree: false };
  let noteRisky = risky(src) || context.some((t) => risky(mentionsOf(t)));
  // "denied any intent to act tonight", "refused the crisis team": a facet of risk the draft names,
  // which a cited segment speaks of too when read as risk talk ("meant to take them tonight").
  const facetTalk = (ms: readonly RiskMention[]): boolean => ms.some((m) => m.cat === null && (m.facet === 'intent' || m.facet === 'prep' || m.facet === 'safety' || m.facet === 'plan'));
  // (A question segment is read with its answer: "Do you have a plan?" | "Yeah, …".)
  if (!noteRisky && facetTalk(mentionsOf(sentence, true)) && facetTalk(joined(true))) noteRisky = true;
  const draft = mentionsOf(sentence, noteRisky);
  // Segments cited together read in each other's context ("Have you done anything to prepare?"
  // after a segment about suicidal thoughts), and in the draft's.
  if (noteRisky || risky(draft)) src = joined(true);
  const out: RiskComparison = { contra: [], aligned: new Set(), sourceCats: new Set(flatMap(src, (s) => (s.cat !== null ? [s.cat] : []))), agreed: new Set(), allAgree: false };
  let agreeing = 0;
  const disagreeing = new Set<RiskCat>();
  for (const d of draft) {
    // "denies other drug use" speaks for every substance the source does not name ("cocaine").
    const otherOk = (s: RiskMention): boolean => s.obj === 'other' && d.obj !== null && d.obj !== 'other' && d.cat === 'substance' && !src.some((x) => x.obj === d.obj);
    // (A rated risk level is compared only with another rated level.)
    let cands = src.filter((s) => s.facet === d.facet && catOk(d, s) && (objOk(d, s) || otherOk(s)) && (s.obj === 'level') === (d.obj === 'level') && (d.kind !== 'relapse' || s.kind === 'relapse' || s.kind === 'abstinence'));
    // An active/passive ideation is compared with the source's words on that, when it has any.
    if (d.mode !== null && cands.some((s) => s.mode !== null)) cands = cands.filter((s) => s.mode !== null);
    if (d.mode !== null && cands.some((s) => s.mode === d.mode)) cands = cands.filter((s) => s.mode === d.mode);
    // A frequency is compared with the mentions that give one.
    if (d.freq !== null && cands.some((s) => s.freq !== null)) cands = cands.filter((s) => s.freq !== null);
    // So is a count, and a named substance or means with the mentions naming it.
    if (d.count !== null && cands.some((s) => s.count !== null)) cands = cands.filter((s) => s.count !== null);
    if (d.obj !== null && cands.some((s) => s.obj === d.obj && conflict(d, s) !== IRRELEVANT)) cands = cands.filter((s) => s.obj === d.obj);
    // A diagnosis is compared with what the source says of the diagnosis, not of the use.
    if (d.kind === 'disorder' && cands.some((s) => s.kind === 'disorder')) cands = cands.filter((s) => s.kind === 'disorder');
    // A dated state of the source makes its undated opposite the earlier one ("drank 5 on Friday;
    // none since", "used over the weekend after 30 days clean").
    // "Denies SI; passive death wish 2 wks ago": an undated risk of the draft is the risk now, which
    // the source denies; the past one does not speak for it.
    if (!d.denied && d.time === null && cands.some((s) => s.denied && s.time !== 'past' && (s.who === null || d.who === null || s.who === d.who)) && cands.some((s) => !s.denied && s.time === 'past')) cands = cands.filter((s) => s.denied || s.time !== 'past');
    for (const now of cands.filter((s) => s.time === 'current')) cands = cands.map((s) => (s.time === null && s.denied !== now.denied ? { ...s, time: 'past' } : s));

    // An act the source says was only thought of and never acted on.
    if (cands.length === 0 && d.facet === 'act' && !d.denied && d.cat !== null && d.cat !== 'substance') {
      const thought = src.filter((s) => s.cat === d.cat && s.facet === 'ideation' && !s.denied);
      const notActed = src.some((s) => s.facet === 'act' && s.denied && (s.cat === null || s.cat === d.cat));
      if (thought.length > 0 && notActed) out.contra.push(`source speaks of ${name(thought[0]!)} as thoughts, not acted on; draft says ${name(d)} happened`);
      if (d.cat !== null) disagreeing.add(d.cat);
      continue;
    }
    // "has thoughts of harming himself now" against "thoughts … last night, none now": the source's
    // denial for this very moment outweighs its mention of the night before.
    if (!d.denied && d.nowCue === true && d.time !== 'past' && (d.facet === 'ideation' || d.facet === 'act') && cands.some((s) => s.denied && s.nowCue === true && (s.who === null || d.who === null || s.who === d.who)) && !cands.some((s) => !s.denied && s.nowCue === true)) {
      out.contra.push(`source says no ${name(d)} now; draft says ${name(d)} now`);
      if (d.cat !== null) disagreeing.add(d.cat);
      continue;
    }
    const verdicts = cands.map((s) => conflict(d, s));
    cands = cands.filter((_, i) => verdicts[i] !== IRRELEVANT);
    // "Relapsed last Saturday" where the source's abstinence ended then with a use: that use is the relapse.
    if (cands.length === 0 && d.kind === 'relapse' && !d.denied && src.some((s) => s.kind === 'abstinence' && s.time === 'past') && src.some((s) => s.cat === 'substance' && s.facet === 'act' && !s.denied && s.kind === null && (d.time === null || s.time === null || s.time === d.time))) {
      agreeing++;
      out.agreed.add('substance');
      continue;
    }
    if (cands.length === 0) {
      // Nothing in the source speaks to it: the word-level check decides (an invention).
      if (d.cat !== null) disagreeing.add(d.cat);
      continue;
    }
    const conflicts = cands.map((s) => conflict(d, s));
    // A universal denial ("never", "any") against a stated risk at any time.
    const universal = d.denied && d.universal ? cands.find((s) => !s.denied) : undefined;
    if (universal !== undefined) {
      out.contra.push(`source says ${name(universal)} present; draft says never or none`);
      if (d.cat !== null) disagreeing.add(d.cat);
    } else if (conflicts.every((c) => c !== null)) {
      out.contra.push(conflicts[0]!);
      if (d.cat !== null) disagreeing.add(d.cat);
    } else {
      // (Abuse: who did what to whom stays with the word-level check, which reads agents.)
      // (Nor a named substance: "vodka" is more specific than the source's "alcohol", which the
      // word-level check reads through WordNet.)
      // (A named substance denied alike, "abstinent from cannabis" / "no cannabis use": the same
      // denial, in words the token check does not read as one.)
      // (Financial abuse the source states alike, "exploitation" for "taking money from": aligned;
      // a physical act keeps the word-level reading of who did it to whom.)
      if ((d.cat !== 'abuse' || (d.obj === 'financial' && cands.some((s, i) => conflicts[i] === null && s.obj === d.obj))) && !(d.cat === 'substance' && d.obj !== null && !(d.denied && cands.some((s, i) => conflicts[i] === null && s.denied && s.obj === d.obj)))) for (const w of d.words) out.aligned.add(w);
      // Authority needs a source mention that states every attribute the draft gives (a
      // direction, a frequency, a past, a count, passive/active; "now" is what an undated source
      // means): an attribute the source does not state is left to the word-level check.
      const strict = cands.some((s, i) => conflicts[i] === null && (d.dir === null || s.dir === d.dir) && (d.freq === null || s.freq !== null) && (d.time !== 'past' || s.time === 'past') && (d.count === null || (s.count !== null && sameCount(d.count, s.count))) && (d.mode === null || s.mode === d.mode));
      // (A safety plan agreed is no risk reading: the word-level check keeps its say on it.)
      if (strict && d.facet !== 'safety') agreeing++;
      if (d.cat !== null) out.agreed.add(d.cat);
    }
  }
  // The severity ladder (ideation < plan < intent < preparation, attempt): a draft that keeps the
  // risk at a lower rung ("only fleeting thoughts", "no plan") where the source states a higher one
  // ("meant to take them tonight", "pills lined up", "letters written").
  const higher = src.filter((s) => !s.denied && (s.facet === 'intent' || s.facet === 'prep') && (s.cat === null || s.cat === 'suicide' || s.cat === 'homicide'));
  if (higher.length > 0 && !src.some((s) => s.facet === 'plan')) {
    const low = draft.find((d) => (d.facet === 'ideation' && d.only === true && !d.denied) || (d.facet === 'plan' && d.denied && !d.uncertain));
    if (low !== undefined) out.contra.push(`source states ${FACET[higher[0]!.facet]} (beyond thoughts); draft says ${low.facet === 'plan' ? 'no plan' : 'only thoughts'}`);
  }
  for (const c of disagreeing) out.agreed.delete(c);
  // Who did what to whom in abuse is read by the word-level check: no authority there.
  out.allAgree = draft.length > 0 && agreeing === draft.length && out.contra.length === 0 && !draft.some((d) => d.cat === 'abuse');
  out.contra = [...new Set(out.contra)];
  return out;
}
