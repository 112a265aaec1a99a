// Event frames for the sensitive topics (R36, topics round 13): who did what to whom. The phrase
// rules and concept frames (abuse.ts, sexual.ts, immigration.ts, concepts.ts) fire on a topic's
// words; a disclosure told in other words still has a shape — an agent, an act of some class, a
// patient, and the circumstance that makes the act the topic (a refusal ignored, an image asked
// for with clothes off, a parent's money spent while the children went without, a decision about
// whether someone may stay). Each frame below names those roles; a role that must be a person is
// checked as one (a pronoun, a kin or carer word, or a noun WordNet files under `person`), so "the
// car hit her" or "the agency took its money" never stand for a person acting on a person.
//
// The frames run only on a sentence no rule gave a topic (topics.ts), before the learned model,
// and only after a cheap test for each frame's cue word.
import { wordnetLexicon } from '../wordnet-lexicon.ts';
import { normalise } from './engine.ts';

export interface EventFrame {
  id: string;
  topic: 'immigration' | 'sexual' | 'abuse';
  /** A word the event cannot be told without: the frame's pattern runs only when this matches. */
  cue: RegExp;
  /** The event: the act with its roles as named groups (`agent`, `owner`). */
  re: RegExp;
  /** The circumstance that makes the act the topic; somewhere in the same sentence. */
  when?: RegExp;
  /** The other sense: when this matches the frame does not hold. */
  none?: RegExp;
  /** Roles that must be persons (named groups of `re`). */
  persons?: readonly string[];
}

const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'he', 'him', 'she', 'her', 'they', 'them', 'you', 'u', 'my', 'his', 'our', 'their', 'your', 'someone', 'somebody', 'everyone', 'everybody', 'nobody']);
const KIN_WORDS = new Set(['mom', 'mum', 'mama', 'dad', 'papa', 'stepdad', 'stepmom', 'stepfather', 'stepmother', 'father', 'mother', 'son', 'daughter', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'grandson', 'granddaughter', 'brother', 'sister', 'grandma', 'grandpa', 'nana', 'boyfriend', 'girlfriend', 'bf', 'gf', 'ex', 'partner', 'husband', 'wife', 'caregiver', 'carer', 'aide', 'coach']);

/** Pronouns that stand for a thing, never a person. */
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'what', 'something', 'nothing', 'everything']);

/**
 * True when a word can name a person: a pronoun, a kin or carer word, a WordNet noun filed under
 * `person`, or a word WordNet does not know (most often a name: "Zorblat kept going"). A noun
 * WordNet files elsewhere (a car, a storm, an agency, a machine) and a pronoun for a thing are not.
 */
export function isPerson(word: string): boolean {
  const w = word.replace(/'s$/, '');
  if (THING_PRONOUNS.has(w)) return false;
  if (PRONOUNS.has(w) || KIN_WORDS.has(w)) return true;
  let lex;
  try {
    lex = wordnetLexicon();
  } catch {
    return true;
  }
  const base = lex.irregular.get(w) ?? w;
  for (const form of [base, base.replace(/s$/, ''), base.replace(/es$/, '')]) {
    const e = lex.entries.get(form);
    if (e) return e.pos !== 'n' ? false : e.cls === 'person';
  }
  return true;
}

const WHO = String.raw`(?<agent>[a-z']+)`;
const OBJ_PERSON = String.raw`(?:me|us|her|him|them|my (?:\w+ )?(?:kids?|children|son|daughter|sister|brother|mom|mum|mother|dad|father|grandma|grandpa|wife|husband))`;
const MINOR_AGE = String.raw`(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)`;
const IMAGE = String.raw`(?:pictures?|pics?|photos?|selfies?|videos?|nudes|ones?)`;
const UNCLOTHED = String.raw`(?:without (?:the|your|ur|a|my|any) (?:shirt|top|clothes|bra|pants|towel)|with (?:less|nothing|no clothes) on|less on|nothing on|in (?:your|ur|my) (?:underwear|bra|panties)|no (?:shirt|top|clothes))`;

export const EVENT_FRAMES: readonly EventFrame[] = [
  // --- sexual: coercion + a sexual act ---
  // A person who carries on past a refusal: "he kept going even when I told him it hurt",
  // "kept pushing past where I'd said stop", "didn't stop when I pushed his hand away".
  {
    id: 'continued-past-refusal',
    cue: /\b(?:kept|carried|stop|stopped)\b/,
    topic: 'sexual',
    re: new RegExp(String.raw`\b${WHO} (?:just |still )?(?:kept (?:going|pushing|on|at it|touching)|carried on|(?:did ?n'?t|would ?n'?t|never) stop(?:ped)?)\b`),
    when: /\b(?:(?:i|when i|after i|even when i|even after i)(?:'d| had)? (?:said|told (?:him|her|them)) (?:to )?(?:stop|no|it hurt|i didn'?t want)|told (?:him|her|them) (?:it hurt|to stop|no)|pushed (?:his|her|their) hands? away|(?:begged|asked) (?:him|her|them) to stop|i was crying)\b/,
    persons: ['agent'],
  },
  // An image asked for with clothes off, or under pressure: "send me one without the shirt",
  // "keeps asking me for pictures and says everybody our age does it", "you'd look better in the
  // photo with less on".
  {
    id: 'image-unclothed',
    cue: /\b(?:shirt|top|clothes|bra|pants|towel|less on|nothing on|underwear|panties)\b/,
    topic: 'sexual',
    re: new RegExp(String.raw`\b${IMAGE}\b[^.!?]{0,30}\b${UNCLOTHED}|\b(?:send|sending|sent) (?:me|him|her) (?:one|some|a (?:pic|picture|photo|selfie))\b[^.!?]{0,20}\b${UNCLOTHED}`),
  },
  {
    id: 'image-pressed-for',
    cue: /\b(?:pics?|pictures?|photos?|selfies?|videos?|nudes|ones?)\b/,
    topic: 'sexual',
    re: new RegExp(String.raw`\b${WHO} (?:keeps? |kept |always |still |is |was )?(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|pressur\w+|pester\w*|bug(?:s|ged|ging)?) (?:me|her|him) (?:for|to send(?: him| her)?) (?:more |some |private )?${IMAGE}\b(?! of\b)`),
    when: /\b(?:every(?:body|one) (?:our age |else )?(?:does|sends|is doing) (?:it|them)|if (?:i|you|u) (?:really )?(?:loved|liked|cared about|trusted) (?:him|her|me)|won'?t (?:show|tell) anyone|delete (?:it|them)|(?:no one|nobody) will (?:see|know))\b/,
    persons: ['agent'],
  },
  // Giving in at bedtime to a partner who sulks or rages: "my husband sulks until I give in".
  {
    id: 'gave-in-in-bed',
    cue: /\b(?:give|gave) in\b/,
    topic: 'sexual',
    re: /\b(?:until|till|so|and) i (?:give|gave|just give|finally give) in\b/,
    when: /\b(?:bedtime|in bed|at night|every night|into bed|to bed|the bedroom)\b/,
  },
  // A conception told by its act or its uncertainty: "can you get pregnant if he pulls out",
  // "I don't know which one of them is the father".
  {
    id: 'conception',
    cue: /\bpregnan/,
    topic: 'sexual',
    re: /\bpregnan\w*\b/,
    when: /\b(?:pull(?:s|ed)? out|which (?:one )?of (?:them|the \w+) is the (?:father|dad)|who the (?:father|dad) is|did ?n'?t use (?:anything|protection|a condom)|condom (?:broke|came off|slipped)|the first time)\b/,
    none: /\b(?:test(?:s|ed)? (?:for|on) (?:the )?(?:mice|rats)|cow|mare|ewe|dog|cat)\b/,
  },
  // A sexually transmitted infection asked about with a partner or a way of catching it.
  {
    id: 'infection-passed',
    cue: /\b(?:herpes|chlamydia|gonorrh\w*|syphilis|hpv|warts|trich|mouth|oral|going down)\b/,
    topic: 'sexual',
    re: /\b(?:herpes|chlamydia|gonorrh?o?ea|syphilis|hpv|genital warts|trich)\b|\b(?:catch|get|give|pass|caught|got|gave|passed) (?:anything|something|it|that)\b[^.!?]{0,25}\b(?:(?:using|with) (?:your|my|his|her) mouth|oral|going down)\b/,
    when: /\b(?:partner|boyfriend|girlfriend|husband|wife|hook ?up|slept|sleeping|sex|mouth|oral|going down|tell (?:a |my |the )?(?:new )?(?:guy|girl|person|partner))\b/,
  },
  // Desire told with its object, a partner: "loss of desire for her husband", "no drive for my wife".
  {
    id: 'desire-for-partner',
    cue: /\b(?:desire|drive|appetite|attraction)\b/,
    topic: 'sexual',
    re: /\b(?:desire|drive|appetite|attraction) (?:for|towards?|to) (?:her|his|my|their|your) (?:husband|wife|partner|spouse|boyfriend|girlfriend|fiance|fiancee)\b/,
  },
  // --- abuse: a threat, a deprivation, or a harm with a dependant ---
  // Children to be taken abroad by a parent, as a threat: "he swears one day I'll come home to an
  // empty house and the boys on a plane overseas with him".
  {
    id: 'children-taken-abroad',
    cue: /\b(?:plane|overseas|abroad|country|village|family|mother'?s)\b/,
    topic: 'abuse',
    re: /\b(?:the |my |our )?(?:kids|children|boys|girls|son|daughter|baby|little ones)\b[^.!?]{0,30}\b(?:on a plane|overseas|abroad|out of the country|to (?:his|her|their) (?:country|family|mother'?s|village))\b/,
    when: /\b(?:swears?|swore|threaten\w*|warns?|warned|(?:he|she) (?:says|said|told me))\b[^.!?]{0,80}\b(?:with (?:him|her)|never see|empty house|without (?:me|you)|take|took|taking)\b/,
  },
  // A threat by its conditional shape, as written in a text read aloud: "if you're not home by six
  // you'll wish you were", "if you tell anyone you'll be sorry".
  {
    id: 'conditional-threat',
    cue: /\b(?:you'?ll|you will|u'?ll|u will)\b/,
    topic: 'abuse',
    re: /\bif (?:you|u)\b[^.!?]{0,50}\b(?:you'?ll|you will|u'?ll|u will) (?:wish (?:you|u) (?:were|had|hadn'?t|never)|be sorry|pay for (?:it|this|that)|never see)\b/,
  },
  // Children without food because of a parent: "there were days we didn't eat because mom spent
  // it all at the casino".
  {
    id: 'went-without-food',
    cue: /\b(?:eat|eating|food|dinner|hungry)\b/,
    topic: 'abuse',
    re: /\b(?:we|i|the kids|my (?:brother|sister|siblings|brothers|sisters)) (?:did ?n'?t|could ?n'?t|would ?n'?t|never|often did ?n'?t|went (?:days )?without) (?:eat|eating|food|have (?:any )?(?:food|dinner|anything to eat))\b|\bwent (?:to bed |to school )?hungry\b|\b(?:had|was) nothing to eat\b/,
    when: /\b(?:because|cause|cuz|since|while|when)\b[^.!?]{0,40}\b(?:mom|mum|mother|dad|father|parents?|stepdad|stepmom|he|she|they)\b[^.!?]{0,25}\b(?:spent|drank|gambled|blew|used|partied|was out|were out|forgot|locked|kept)\b|\b(?:growing up|as a kid|when i was (?:little|small|a kid|young|\w+))\b/,
  },
  // Someone else's money taken by a person without the owner's say: "her son has been cashing her
  // social security checks without asking", "my grandson moves money out of my account".
  {
    id: 'money-taken',
    cue: /\b(?:checks?|pension|savings|money|account|cards?|benefits?|social security|paychecks?)\b/,
    topic: 'abuse',
    re: new RegExp(String.raw`\b${WHO} (?:has been |have been |had been |was |is |keeps? |kept |always )?(?:cash(?:ing|ed|es)?|spend(?:ing|s)?|spent|drain(?:ing|ed|s)?|empt(?:y|ied|ies|ying)|withdr(?:aw|aws|awing|ew)|tak(?:ing|es|e)|took|mov(?:ing|es|ed|e)|pocket(?:ing|ed|s)?|us(?:ing|ed|es)) (?:money (?:out of|from) )?(?<owner>her|his|my|their|our|\w+'s) (?:\w+ ){0,2}(?:checks?|pension|savings|money|account|cards?|benefits?|social security|paychecks?)\b`),
    when: /\b(?:without (?:asking|permission|consent|telling|(?:her|his|my|their) (?:say|knowing|knowledge|consent|permission|ok))|behind (?:her|his|my|their) back|(?:now|so) (?:her|his|my|their) (?:lights|power|heat|rent|bills?|phone)|for (?:my|her|his|their) own good|says it'?s (?:his|hers|theirs|for))\b/,
    persons: ['agent'],
  },
  // A child put out of the home: "my parents kicked me out at sixteen when they found out I was gay".
  {
    id: 'minor-put-out',
    cue: /\b(?:kicked|threw|thrown|turned|put) (?:me|us|him|her|them) out\b/,
    topic: 'abuse',
    re: /\b(?:kicked|threw|thrown|put|turned) (?:me|us|him|her|them) out\b/,
    when: new RegExp(String.raw`\b(?:at ${MINOR_AGE}|when (?:i|he|she|they) (?:was|were) (?:${MINOR_AGE}|little|a kid)|(?:found out|learned|discovered) (?:i|he|she|they) (?:was|were|am|is|are) (?:gay|trans|pregnant|bi|lesbian|queer))\b`),
  },
  // Something hot or hard thrown at a person by a person: "she threw boiling water at me".
  {
    id: 'thrown-at-person',
    cue: /\b(?:threw|throws|flung|flings|hurled|hurls|tossed)\b/,
    topic: 'abuse',
    re: new RegExp(String.raw`\b${WHO} (?:threw|throws|flung|flings|hurled|hurls|tossed) (?:a |an |the |some |his |her |hot |boiling |scalding )*(?:\w+ )?(?:water|coffee|tea|soup|oil|bleach|acid|knife|plate|plates|glass|bottle|chair|pan|pot|mug|shoe|lamp|remote|phone|ashtray|iron|brick|rock)s? at ${OBJ_PERSON}\b`),
    persons: ['agent'],
  },
  // --- immigration: legal status, documents, the border, removal + a person ---
  // Someone's right to stay weighed by an authority: "when they look at whether I can stay",
  // "whether people are allowed to be here", "checking who belonged".
  {
    id: 'right-to-stay',
    cue: /\b(?:stay|remain|be here|be in (?:this|the) country|live here|belong(?:s|ed)?)\b/,
    topic: 'immigration',
    re: /\b(?:whether|if) (?:i|we|he|she|they|people|someone|you|my \w+) (?:can|could|get to|will be allowed to|would be allowed to|(?:am|are|is|were|was) allowed to) (?:stay|remain|be here|live here)\b(?! (?:at|with|over|late|up|home|in (?:bed|the|my|his|her|their|our)|for (?:dinner|lunch|the night|the weekend|a while|the party)|after))|\b(?:whether|if|who) (?:i|we|he|she|they|people|someone|you) (?:(?:am|are|is|were|was) )?(?:allowed|permitted|supposed) to be (?:here|in (?:this|the) country)\b|\bchecking who belong(?:s|ed)\b/,
    none: /\b(?:club|team|class|school|party|group chat|gym|hotel|airbnb|dorm)\b/,
  },
  // A deadline to leave the country given to a person: "they gave me until the end of March to
  // leave the country", "ordered to leave the country by June".
  {
    id: 'told-to-leave-country',
    cue: /\bleave the country\b/,
    topic: 'immigration',
    re: /\b(?:gave|give|given|gives|told|ordered|order|orders|have|has|had) (?:me|us|him|her|them|my \w+)? ?(?:until|till|to|\w+ (?:days|weeks|months))\b[^.!?]{0,35}\bleave the country\b/,
    none: /\b(?:vacation|holiday|trip|honeymoon|tour|conference|work trip)\b/,
  },
  // A person living under another's identity because their own would be caught: "on the time
  // sheets I'm my cousin, because my own name would get flagged".
  {
    id: 'own-name-flagged',
    cue: /\b(?:flagged|caught|rejected|come back|pass)\b/,
    topic: 'immigration',
    re: /\bmy (?:own |real )?(?:name|number|papers|social|ssn|id)\b[^.!?]{0,15}\b(?:would|will|might|could|gets?) (?:get )?(?:flagged|caught|rejected|come back|not pass|n'?t pass)\b/,
    when: /\b(?:work|job|shifts?|clock(?:ed|s)? in|time ?sheets?|payroll|boss|employer|hired|hiring|cousin'?s|brother'?s|someone else'?s)\b/,
  },
  // A border policy that separates a family: "since the travel ban my wife has been stuck".
  {
    id: 'travel-ban',
    cue: /\bban\b/,
    topic: 'immigration',
    re: /\b(?:travel|muslim|entry) ban\b/,
    when: /\b(?:my|our|his|her) (?:wife|husband|kids?|children|son|daughter|mom|mother|dad|father|parents?|family|fiance|fiancee)\b|\b(?:stuck|separated|can'?t (?:come|visit|get in))\b/,
  },
];

/** Any frame's cue word: a sentence with none of them is settled without running any frame. */
// Read on the sentence as written (case-blind, any apostrophe), so most sentences are settled
// before normalising.
const ANY_CUE = new RegExp(EVENT_FRAMES.map((f) => f.cue.source.replace(/'/g, "['’‘`´]")).join('|'), 'i');

/**
 * The first event frame (for an active topic) that holds for the sentence, or undefined. `topics`
 * is the active built-in topics in priority order.
 */
export function eventFrame(sentence: string, topics: readonly string[]): EventFrame | undefined {
  if (!ANY_CUE.test(sentence)) return undefined;
  const s = normalise(sentence);
  for (const f of EVENT_FRAMES) {
    if (!topics.includes(f.topic) || !f.cue.test(s)) continue;
    const m = f.re.exec(s);
    if (!m) continue;
    if (f.when && !f.when.test(s)) continue;
    if (f.none?.test(s)) continue;
    if (f.persons && !f.persons.every((role) => m.groups?.[role] === undefined || isPerson(m.groups[role]))) continue;
    // An owner who is the agent themself ("I spend my pension") is no one else's money.
    if (m.groups?.owner && m.groups.agent && sameParty(m.groups.agent, m.groups.owner)) continue;
    return f;
  }
  return undefined;
}

const SELF: Record<string, string> = { i: 'my', we: 'our', he: 'his', she: 'her', they: 'their', you: 'your' };
function sameParty(agent: string, owner: string): boolean {
  return SELF[agent] === owner;
}
