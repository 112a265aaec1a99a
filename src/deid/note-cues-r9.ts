// Cue rules of egress round 9 (notes9; issue 14 item 6; R35, R27): kinds of identifier that a
// generator of therapist notes in other formats and voices (bench/egress/notes-gen9.ts: couples,
// family, group, school-based, telehealth, intake, forensic and medication notes; first-person
// prose, clipped shorthand, dictation without full stops, capital headers over lower-case bodies)
// showed reaching the provider. Each rule rests on a cue of the language, never on those notes' words.
// Notes only: none of these runs over a dialogue (`isDialogue`), whose talk modules read their own cues.
//   proposals (detectRound9Cues)
//   1. an attendance list: the people after "present:", "absent:", "attendees:", "members present (7):"
//      — given names, a name and an initial, dotted initials — up to the clause's end;
//   2. a given name or a word no vocabulary holds before a capital initial ("Hope L.", "Osgood N,");
//   3. a word no vocabulary holds, written with a capital mid-sentence, after a word for a person's
//      relation or role, a verb done to a person ("redirected Yevgenia", "sponsor Jessamy"), or as
//      the subject of a verb of reporting or acting ("Zinnia drew …"); in lower case the same after a
//      relation or role word ("sister corvina bellweather", "grandma radomir");
//   4. a place after in/from/to and a word of moving, living or mourning ("funeral in Stonecrop",
//      "moved to Drayfield"): a capitalised word that is no everyday word, with a qualifier before it
//      ("Little …", "West …");
//   5. a clinic by its kind word ("at Fennimore Regional", "at riverbend psychiatric"), a landmark by
//      its kind ("near the Pemberwick water tower", "the old Drayfield mill"), a house of worship
//      whose kind word opens its name ("Temple Beth Shalom of Lisbourne") or a Vineyard church;
//   6. a nickname in quotes in brackets after a person or a role ("(neighbor, "Moose")", "Bus driver
//      ("Pickle")"), or after "calls him/her";
//   7. a user name after "username", "gamer tag" or a platform's "name/tag/handle" ("Discord name is …");
//   8. a surname before "household" ("Lindqvist household");
//   9. an age over 89 set off by commas after a relative's name ("mother, Ann Roe, 95, may …");
//  10. a name after a dash that ends a header line of capitals ("TELEHEALTH NOTE — ANN ROE").
//   joins (joinRound9, once the proposals are merged)
//  11. document consistency in any case: a one-word name or place that no vocabulary holds, found
//      once, is the same identifier wherever written again — lower case, capitals, sentence start.
import { hasFlag as has, tokenFrom, tokenIndexAt, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { isPetName, mentionsAnimal } from './talk-not-people.ts';
import { GLUED_CLAUSE_RE, looksAbbreviated, looksMisspelt, W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

const VOCAB = W.Common | W.Everyday | W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Title | W.Relation | W.Role | W.NotName | W.Speech | W.Contraction | W.Locative | W.LocVerb | W.PluralOfWord;
/** A word no vocabulary holds (a name list or a gazetteer may), four letters or more, no typo or clipping. */
// (A name typed against a clause, "Rob-who will visit", is a name and a clause: not this word.)
const noVocab = (t: Token): boolean => (t.flags & VOCAB) === 0 && t.key.length >= 4 && /^[a-z][a-z'’-]*$/.test(t.key) && !GLUED_CLAUSE_RE.test(t.key);
const unknownWord = (t: Token): boolean => noVocab(t) && !looksMisspelt(t.key) && !looksAbbreviated(t.key);
/** A given name, also when it is an everyday word ("Hope", "Rusty"): only where a cue says it is a person. */
const givenName = (t: Token): boolean => has(t, W.First) && t.key.length >= 3 && !has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Title | W.Relation | W.Role | W.Speech);
/** The end of a word without its possessive "'s". */
const bare = (t: Token): number => t.start + t.text.replace(/['’]s$/, '').length;
const cap = (t: Token): boolean => t.shape === 'title' && t.caseInformative;

// 1. Attendance labels.
const ATTEND_RE = /\b(?:members[ \t]+present|present|absent|attendees|attending|in[ \t]+attendance|participants|residents[ \t]+in[ \t]+circle)[ \t]*(?:\(\d{1,2}\))?[ \t]*:[ \t]*((?:(?!(?:absent|present|attendees|excused)[ \t]*:)(?:[^.\n;:]|(?<=(?:^|[^\p{L}])\p{L})\.)){2,200})/giu;
const ITEM_RE = /^(?:\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}\.?)?|\p{L}\.[ \t]?\p{L}\.(?:[ \t]?\p{L}\.)?)$/u;

// 3. Person cues before a name, and verbs after one.
const PERSON_BEFORE = new Set([
  'redirected', 'asked', 'told', 'thanked', 'praised', 'prompted', 'encouraged', 'validated', 'reminded', 'invited', 'sponsor', 'peer', 'coordinator',
  'ip', 'sibling', 'stepdad', 'stepmom', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'cousin', 'cousins', 'sister', 'brother', 'aunt', 'uncle',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'nana', 'papa', 'mom', 'dad', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'partner',
  'friend', 'neighbor', 'neighbour', 'roommate', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'ex', 'coach', 'teacher', 'principal', 'caregiver',
]);
const LOWER_PERSON_BEFORE = new Set([...PERSON_BEFORE].filter((w) => !['ex', 'ip', 'peer', 'coordinator', 'papa', 'partner', 'prompted', 'encouraged', 'validated', 'reminded', 'invited', 'praised'].includes(w)));
/** Verbs only a person does, for a given name that is also a word opening a sentence ("Hope cried"). */
const HUMAN_VERBS = new Set(['cried', 'laughed', 'drew', 'shared', 'said', 'says', 'yelled', 'texted', 'admitted', 'disclosed']);
// The client's own label is a relation word to the lexicon, but "Pt Lutheran" is the client's faith.
const NOT_PERSON_CUES = new Set(['pt', 'pts', 'patient', 'client', 'clt', 'cl']);
const PERSON_AFTER = new Set([
  'says', 'said', 'reports', 'reported', 'shared', 'cried', 'left', 'joined', 'drew', 'named', 'mentioned', 'offered', 'announced', 'agreed', 'denied',
  'denies', 'moved', 'stated', 'states', 'attended', 'arrived', 'walked', 'texted', 'called', 'acknowledged', 'felt', 'feels', 'hid', 'hides', 'refused',
  'refuses', 'declined', 'laughed', 'yelled', 'admitted', 'admits', 'disclosed', 'described', 'expressed', 'presented', 'engaged', 'participated',
]);

// 4. Words of moving, living or mourning before in/from/to a place.
const PLACE_LEAD_RE = /\b(?:met|married|worked|works|moved|moving|move|born|raised|grew[ \t]+up|lives|lived|living|funeral|buried|wedding|relapse|relocated|drove|trip|visiting|visited|stays|stayed|house|home|place|church|shelter|lane|road|street)\b[^.;\n]{0,24}$/i;
const STRONG_LEAD_RE = /\b(?:moved|born|raised|grew[ \t]+up|funeral|buried|lives|lived|living)[ \t]*$/i;
const US_STATES = new Set('al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc'.split(' '));
const QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'little', 'new', 'old', 'fort', 'port', 'mount', 'lake', 'glen', 'saint', 'st']);

// 5. Kinds of clinic, landmark and house of worship.
const CLINIC_KIND_RE = /\b(at|to|from|in)[ \t]+(?:the[ \t]+)?((?:\p{L}[\p{L}'’-]+[ \t]+){1,2}?)(regional|psychiatric|pediatrics|paediatrics|pediatric|family[ \t]+medicine|behavioral[ \t]+health|community[ \t]+health)\b/giu;
const LANDMARK_RE = /\b(near|by|past|behind|outside|around|at|from|under|beside)[ \t]+the[ \t]+(?:(old|new)[ \t]+)?(\p{L}[\p{L}'’-]+)[ \t]+(water[ \t]+tower|bus[ \t]+depot|bus[ \t]+station|train[ \t]+station|grain[ \t]+elevator|mill|quarry|fairgrounds|overlook|reservoir|dam|pier|lighthouse|stadium|depot|bridge|courthouse|tracks|rail[ \t]+yard|boat[ \t]+launch)\b/giu;
const NAMED_PARK_RE = /\b(?:near|by|past|behind|outside|around|at|from|in|to)[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:Park|Bridge|Square|Commons|Green|Plaza|Mall|Landing))\b/gu;
const WORSHIP_OPEN_RE = /\b(Temple|Congregation|Masjid|Gurdwara|Our[ \t]+Lady[ \t]+of)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?:[ \t]+of[ \t]+(\p{Lu}[\p{L}'’-]+))?/gu;
const WORSHIP_OPEN_LOWER_RE = /\b(?:at|attends|attending|attended|to|from)[ \t]+(?:the[ \t]+)?(temple|congregation|masjid|gurdwara)[ \t]+([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}?)(?:[ \t]+of[ \t]+([a-z][a-z'’-]{3,}))?(?=[ \t]+(?:most|every|on|in|hall|basement|for|with|and|since|weekly|each)\b|[ \t]*[.,;\n]|$)/g;
const VINEYARD_RE = /\b((?:(?!(?:the|at|from|to|in|of|a|an|and|on|our|her|his|their)\b)\p{L}[\p{L}'’-]+[ \t]+){1,2})(vineyard)(?![ \t]+(?:tour|wine)s?\b)/giu;

// 6. A quoted nickname in brackets after a person or a role, or after "calls him/her".
const QUOTED_BRACKET_RE = /\((?:[ \t]*[a-z][a-z '’-]{1,20},)?[ \t]*["“]([\p{L}][\p{L}'’-]{1,20})["”][ \t]*\)/gu;
const CALLS_QUOTED_RE = /\b(?:call(?:s|ed)?|named|nicknamed|nicknames)[ \t]+(?:him|her|them|me|it|the[ \t]+\w+|(?:his|her|their|my)[ \t]+\w+)[ \t]+["“](?!(?:the|a|an|my|his|her)\b)([\p{L}][\p{L}'’ -]{1,20})["”]/giu;

// 7. A user name.
const USER_RE = /\b(?:user[ \t]?name|gamer[ \t]?tag|screen[ \t]?name|(?:discord|snapchat|snap|xbox|psn|steam|roblox|twitch|reddit|instagram|insta|tiktok|fortnite|minecraft)[ \t]+(?:name|tag|handle|username|id))[ \t]*(?:(?:is|was|:|=)[ \t]*)?@?([A-Za-z0-9][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])/gi;

// 8. A surname before "household".
const HOUSEHOLD_RE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’][\p{L}'’-]*)[ \t]+(?:household|residence|home[ \t]+visit)\b/gu;
const NOT_A_SURNAME = new Set(['foster', 'family', 'the', 'this', 'host', 'blended', 'military', 'single', 'shared', 'group', 'kinship', 'her', 'his', 'their', 'our', 'my', 'new', 'old', 'current', 'parental', 'maternal', 'paternal']);

// 9. An age over 89 in commas after a relative's name.
const AGE_COMMA_RE = /\b(?:mother|father|mom|dad|grand\w*|aunt|uncle|husband|wife|neighbou?r|mother-in-law|father-in-law)\b[^.;\n]{0,40}?,[ \t]*(9\d|1[01]\d)[ \t]*,/gi;

// 10. A header line of capitals ending in a dash and a name.
const CAPS_DASH_RE = /^([A-Z0-9 ,/&().'-]{6,80}?)[ \t]+[—–-][ \t]+([A-Z][A-Z'’-]+(?:[ \t]*&?[ \t]*[A-Z][A-Z'’.-]+){0,3})[ \t]*$/gm;
const TITLE_DASH_RE = /^([^\n]{6,80}?)[ \t]+[—–][ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*$/gmu;
const RE_NAME_RE = /\b(?:re|RE|Re)[ \t]+(\p{Lu}[\p{L}'’-]+,[ \t]+\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:\n|$|[ \t]{2,}))/gmu;
// Two letters standing for a person before a verb of acting, in a line of capitals or of lower case.
// Initials after the dash that closes a header: "Med mgmt collab — PB".
const DASH_INITIALS_RE = /[—–][ \t]+([A-Z]{2,3})(?=[ \t]*(?:\n|$)|[ \t]+(?:s\/p|f\/u)\b)/g;
const INITIALS_VERB_RE = /(?<![\p{L}\p{N}.'’&/-])(\p{L}{2})[ \t]+(?:left|joined|arrived|shared|said|reports|reported|cried|missed|offered)\b/gu;

export function detectRound9Cues(text: string, tokens: readonly Token[], push: Push, dialogue: boolean): void {
  if (dialogue) return;
  // 1. Attendance lists.
  if (text.includes(':')) {
    for (const m of text.matchAll(ATTEND_RE)) {
      const listAt = m.index + m[0].length - m[1]!.length;
      const list = m[1]!;
      const cuts: Array<[number, number]> = [];
      let from = 0;
      for (const sep of list.matchAll(/,|\band\b|[ \t]{2,}/g)) {
        cuts.push([from, sep.index]);
        from = sep.index + sep[0].length;
      }
      cuts.push([from, list.length]);
      let n = 0;
      for (const [a, b] of cuts) {
        const raw = list.slice(a, b);
        const item = raw.replace(/\([^)]*\)?/g, '').trim();
        if (item.length === 0) continue;
        const off = listAt + a + raw.indexOf(item);
        if (!ITEM_RE.test(item)) break;
        const t = tokens[tokenIndexAt(tokens, off)];
        const initials = /^\p{L}\.[ \t]?\p{L}\./u.test(item) || /^\p{Lu}{2,3}$/u.test(item);
        // (A word of the group's business, "none", "all", "staff", is no member.)
        if (t === undefined || (!initials && (has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Role | W.Relation) || (has(t, W.Everyday) && !has(t, W.First))))) {
          if (n === 0) continue;
          break;
        }
        n++;
        push(off, off + item.length, 'NAME', 6, 'name: a member in an attendance list');
      }
    }
  }
  const animals = mentionsAnimal(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // 2. "Hope L.", "Osgood N,": a given name (or a word no list knows) and a capital initial.
    if ((t.shape === 'title' || (t.shape === 'upper' && !t.caseInformative && has(t, W.First))) && next !== undefined && next.text.length === 1 && /^[A-Z]$/.test(next.text) && next.tightBefore && (has(t, W.First) || unknownWord(t)) && !has(t, W.Month | W.Calendar | W.Clinical | W.Function | W.Title) && !t.key.includes('-')) {
      const after = text.charAt(next.end);
      // (A capital line writes "PARALIZED W PROPOFOL", "ANTIBX X 3": there the initial needs its full stop.)
      // ("Hamilton I mean": the pronoun is no initial without its full stop.)
      if ((next.text !== 'I' || after === '.') && t.shape === 'title' && t.caseInformative ? /^(?:[.,;)\n]|$|[ \t](?![ \t]*\d))/.test(text.slice(next.end, next.end + 2)) : after === '.' && !/^\.[ \t]*(?:\d|\p{L}\.)/u.test(text.slice(next.end, next.end + 4))) {
        push(t.start, after === '.' ? next.end + 1 : next.end, 'NAME', 5, 'name: a given name and a capital initial');
        continue;
      }
    }
    // 2b. "thelonius s.": in lower case, a word no list knows and a one-letter initial.
    if (t.shape === 'lower' && !t.caseInformative && noVocab(t) && next !== undefined && next.tightBefore && next.text.length === 1 && /[b-hj-z]/.test(next.text) && text.charAt(next.end) === '.') {
      push(t.start, next.end + 1, 'NAME', 5, 'name: a lower-case word no list knows and an initial');
      continue;
    }
    // 3. A word no list knows (or, in title case, a given name) after a person cue, or as the subject
    // of a verb of acting.
    const gap = prev !== undefined ? text.slice(prev.end, t.start) : '';
    const lowerLine = t.shape === 'lower' && !t.caseInformative;
    // (Not after a possessive, "her son's daca renewal"; in lower case only the plain words for people:
    // "with flowby 6/3", "pt recieved" are a clinic's words.)
    const cueBefore =
      prev !== undefined &&
      !/['’]s$/.test(prev.text) &&
      (t.tightBefore || /^[ \t]*[,(][ \t]*$/.test(gap)) &&
      (lowerLine
        ? LOWER_PERSON_BEFORE.has(prev.key)
        : PERSON_BEFORE.has(prev.key) || (has(prev, W.Relation) && !NOT_PERSON_CUES.has(prev.key)) || (prev.key === 'w' && gap.startsWith('/')));
    // (Not after an article or a possessive word: "the Tooth Fairy left a dollar".)
    const verbAfter = next !== undefined && !(prev !== undefined && /^(?:the|a|an|my|our|your|his|her|their|this|that)$/.test(prev.key)) && next.tightBefore && next.shape === 'lower' &&  (PERSON_AFTER.has(next.key) || /^[ \t]+(?:was|is|has|had|had been|has been)[ \t]+(?:born|raised|adopted|arrested|suspended|expelled|discharged|admitted|placed|referred|benched)\b/.test(text.slice(t.end, t.end + 24)) || (next.key === 'to' && /^[ \t]+to[ \t]+(?:text|call|email|bring|ask|tell|meet)\b/.test(text.slice(t.end, t.end + 16))));
    if (t.shape === 'title' && (cueBefore || verbAfter) && (t.caseInformative || cueBefore) && (unknownWord(t) || (givenName(t) && !t.key.includes('-') && !(prev !== undefined && prev.shape === 'title' && t.tightBefore && has(prev, W.Common) && !has(prev, W.First)) && (cueBefore || !t.sentenceStart || !has(t, W.Everyday) || HUMAN_VERBS.has(next?.key ?? ''))) || (cueBefore && noVocab(t)))) {
      let end = bare(t);
      if (end === t.end && next !== undefined && next.tightBefore && next.shape === 'title' && (noVocab(next) || (has(next, W.Last) && !has(next, W.Function | W.Everyday)))) end = bare(next);
      // (A pet named beside its animal noun stays readable, R36: "our cat Marigold hides".)
      if (animals && isPetName(text, t.start, end)) continue;
      push(t.start, end, 'NAME', 5, 'name: a word no list knows, or a given name, after a person cue or before a verb of acting');
      continue;
    }
    if (lowerLine && noVocab(t) && !looksAbbreviated(t.key) && (cueBefore || (verbAfter && (t.sentenceStart || /[.;,:]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))))) {
      let end = bare(t);
      if (end === t.end && next !== undefined && next.tightBefore && next.shape === 'lower' && (noVocab(next) || (has(next, W.Last) && has(next, W.Popular) && !PERSON_AFTER.has(next.key) && !has(next, W.Function | W.CoreStop | W.Speech | W.Clinical) && (!has(next, W.Everyday) || /^[ \t]*[,.;:)(]/.test(text.slice(next.end, next.end + 3)))))) end = bare(next);
      push(t.start, end, 'NAME', 5, 'name: a lower-case word no list knows after a relation or role, or before a verb of acting');
      continue;
    }
  }
  // 4. A place after in/from/to and a word of moving, living or mourning.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = tokens[i - 1]!;
    if (p.key !== 'in' && p.key !== 'from' && p.key !== 'to') continue;
    const n = tokens[i + 1];
    const qual = QUALIFIERS.has(t.key) && cap(t) && !t.sentenceStart && n !== undefined && n.tightBefore && cap(n) && !has(n, W.Everyday | W.Function | W.Calendar | W.Month | W.Place);
    if (!qual && (!cap(t) || t.sentenceStart || !t.tightBefore || t.key.length < 4 || has(t, W.Everyday | W.Function | W.Calendar | W.Month | W.Clinical | W.NotName | W.Title | W.Relation | W.Role | W.Place) || looksMisspelt(t.key))) continue;
    if (!PLACE_LEAD_RE.test(text.slice(Math.max(0, p.start - 40), p.start))) continue;
    let e = t.end;
    // "in Little Lisbourne": a qualifier is the place's own first word; "Ashby Junction": a kind its last.
    if (qual) e = bare(n);
    else if (n !== undefined && n.tightBefore && cap(n) && /^(?:hollow|junction|falls|springs|heights|crossing|ridge|valley|park|village)$/.test(n.key)) e = n.end;
    else if (has(t, W.Common) && !has(t, W.Name | W.Place | W.CityStart)) {
      // A rare vocabulary word ("Stonecrop") is a place only where the clause ends after it.
      if (!/^(?:[ \t]*[.,;:)\n]|[ \t]*$|[ \t]+\p{Lu}|[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|years|months|weeks|from|to|over|after|before|since|for|with|and|\d|last|this|next|most|every|on|in)\b)/u.test(text.slice(e, e + 12))) continue;
    }
    push(t.start, e, 'GEO', 5, 'place: a capitalised word after in/from/to and a word of moving, living or mourning');
  }
  // 4b. In lower case: "from carrowmore, ky", and a word no list knows (or a rare one at a clause's end)
  // after in/from/to and a word of moving, living or mourning.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = tokens[i - 1]!;
    if (t.shape !== 'lower' || t.caseInformative || (p.key !== 'in' && p.key !== 'from' && p.key !== 'to') || !t.tightBefore) continue;
    const state = /^,[ \t]*([a-z]{2})\b\.?/.exec(text.slice(t.end, t.end + 6));
    const n = tokens[i + 1];
    const qual = QUALIFIERS.has(t.key) && n !== undefined && n.tightBefore && n.shape === 'lower' && (noVocab(n) || (has(n, W.Name | W.CityStart) && !has(n, W.Everyday)));
    const head = qual && n !== undefined ? n : t;
    if (has(head, W.Place | W.NotName)) continue;
    const unknown = noVocab(head) && !looksAbbreviated(head.key);
    const rare = unknown || (has(head, W.Common) && !has(head, W.Everyday | W.Function | W.Clinical | W.Calendar | W.Month | W.PluralOfWord) && head.key.length >= 5 && STRONG_LEAD_RE.test(text.slice(Math.max(0, p.start - 30), p.start)) && /^[ \t]*[.,;]/.test(text.slice(head.end, head.end + 3)));
    if (!rare) continue;
    const lead = PLACE_LEAD_RE.test(text.slice(Math.max(0, p.start - 40), p.start));
    const stateAfter = state !== null && US_STATES.has(state[1]!) && noVocab(head);
    if (!stateAfter && !lead) continue;
    if (!stateAfter && !noVocab(head) && !/^(?:[ \t]*[.,;:)\n]|[ \t]*$|[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|years|from|to|over|after|before|since|for|with|and|\d|last|this|next|on|in)\b)/.test(text.slice(head.end, head.end + 12))) continue;
    push(t.start, head.end, 'GEO', 4, 'place: a lower-case word after in/from/to and a word of place, or before a state');
  }
  // 5a. A clinic by its kind word.
  if (/regional|psychiatric|pediatric|paediatric|medicine|health/i.test(text)) {
    for (const m of text.matchAll(CLINIC_KIND_RE)) {
      const nameAt = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
      const ws = tokensWithin(tokens, nameAt, nameAt + m[2]!.length);
      if (ws.length === 0) continue;
      const capital = ws.every(cap);
      const lower = ws.every((w) => w.shape === 'lower' && !w.caseInformative);
      if (!capital && !lower) continue;
      // The name's own words: no word of service or clinic ("Family Medicine", "the ED at General"),
      // and in lower case one word no list knows.
      if (ws.some((w) => has(w, W.Function | W.CoreStop | W.Clinical | W.Calendar | W.Month | W.Title | W.Relation | W.Role) || (has(w, W.Everyday) && !has(w, W.Name)))) continue;
      if (lower && !ws.some((w) => noVocab(w) && !looksAbbreviated(w.key))) continue;
      push(ws[0]!.start, m.index + m[0].length, 'GEO', 5, 'place: a clinic by its name and kind word');
    }
  }
  // 5b. A landmark by its kind.
  if (/\bthe[ \t]/i.test(text)) {
    for (const m of text.matchAll(LANDMARK_RE)) {
      const wordAt = m.index + m[0].lastIndexOf(m[3]!, m[0].length - m[4]!.length);
      const t = tokens[tokenIndexAt(tokens, wordAt)];
      if (t === undefined || has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical)) continue;
      if (!(cap(t) ? !has(t, W.Everyday) || has(t, W.Name) : unknownWord(t))) continue;
      const start = m[2] !== undefined ? m.index + m[0].indexOf(m[2]) : wordAt;
      push(start, m.index + m[0].length, 'GEO', 5, 'place: a landmark by its name and kind');
    }
    for (const m of text.matchAll(NAMED_PARK_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      const ws = tokensWithin(tokens, at, at + m[1]!.length).slice(0, -1);
      if (ws.length === 0 || !ws.every(cap) || ws.some((w) => has(w, W.Function | W.Calendar | W.Month | W.Clinical | W.Title) || (has(w, W.Everyday) && !has(w, W.Name)))) continue;
      push(at, at + m[1]!.length, 'GEO', 5, 'place: a park, bridge or square by its name');
    }
  }
  // 5c. A house of worship whose kind word opens its name, or a Vineyard church.
  if (/temple|congregation|masjid|gurdwara|our lady/i.test(text)) {
    for (const m of text.matchAll(WORSHIP_OPEN_RE)) push(m.index, m.index + m[0].length, 'GEO', 5, 'place: a house of worship whose kind word opens its name');
    for (const m of text.matchAll(WORSHIP_OPEN_LOWER_RE)) {
      const at = m.index + m[0].indexOf(m[1]!);
      push(at, m.index + m[0].length, 'GEO', 5, 'place: a lower-case house of worship whose kind word opens its name');
    }
  }
  if (/vineyard/i.test(text)) {
    for (const m of text.matchAll(VINEYARD_RE)) {
      const ws = tokensWithin(tokens, m.index, m.index + m[1]!.length);
      if (ws.length === 0 || ws.some((w) => has(w, W.Function | W.CoreStop | W.Calendar | W.Month))) continue;
      if (!(ws.every(cap) || ws.every((w) => w.shape === 'lower' && !w.caseInformative))) continue;
      // (In lower case, "at harvest vineyard" only after a word of attending or meeting, or before "hall"/"basement".)
      if (!ws.every(cap) && !/\b(?:at|attends|attending|attended|from|to)[ \t]+(?:the[ \t]+)?$/.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(m.index, m.index + m[0].length, 'GEO', 5, 'place: a Vineyard church');
    }
  }
  // 6. A quoted nickname in brackets, or after "calls him".
  if (text.includes('"') || text.includes('“')) {
    for (const m of text.matchAll(QUOTED_BRACKET_RE)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const inner = m[0];
      if (!/,/.test(inner) && !/(?:driver|neighbou?r|friend|coach|teacher|aide|\p{Lu}\p{Ll}+)[ \t]*$/u.test(before)) continue;
      const at = m.index + inner.indexOf(m[1]!);
      push(at, at + m[1]!.length, 'NAME', 6, 'name: a quoted nickname in brackets after a person or role');
    }
    for (const m of text.matchAll(CALLS_QUOTED_RE)) {
      // (A quoted word in lower case is what someone is called, "useless", "honey": not a name.)
      if (!/^\p{Lu}/u.test(m[1]!)) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      push(at, at + m[1]!.length, 'NAME', 6, 'name: a quoted name after "calls him/her"');
    }
  }
  // 7. A user name.
  if (/user|tag|screen|name|handle/i.test(text)) {
    for (const m of text.matchAll(USER_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      const t = tokens[tokenIndexAt(tokens, at)];
      if (t !== undefined && t.end >= at + m[1]!.length && has(t, W.Function | W.CoreStop)) continue;
      push(at, at + m[1]!.length, 'OTHER_ID', 6, 'identifier: a user name after its label');
    }
  }
  // 8. "Lindqvist household".
  for (const m of text.matchAll(HOUSEHOLD_RE)) {
    const t = tokens[tokenIndexAt(tokens, m.index)];
    if (t === undefined || !t.caseInformative || t.sentenceStart || NOT_A_SURNAME.has(t.key) || has(t, W.Function | W.Calendar | W.Month | W.Clinical | W.Relation | W.Role)) continue;
    push(m.index, m.index + m[1]!.length, 'NAME', 5, 'name: a surname before "household"');
  }
  // 9. "mother, Ann Roe, 95, may move in".
  if (/,[ \t]*(?:9\d|1[01]\d)[ \t]*,/.test(text)) {
    for (const m of text.matchAll(AGE_COMMA_RE)) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      push(at, at + m[1]!.length, 'AGE', 6, 'age: over 89, in commas after a relative');
    }
  }
  // 10a. "kj left early", "HA left early": two letters, no word, before a verb of acting.
  for (const m of text.matchAll(INITIALS_VERB_RE)) {
    const t = tokens[tokenIndexAt(tokens, m.index)];
    if (t === undefined || t.end !== m.index + 2 || (t.flags & ((m[1] === m[1]!.toUpperCase() ? 0 : W.Common) | W.Function | W.CoreStop | W.Clinical | W.Calendar | W.Month | W.Title | W.Contraction)) !== 0) continue;
    if (m[1] !== m[1]!.toUpperCase() && m[1] !== m[1]!.toLowerCase()) continue;
    if (/^(?:us|uk|am|pm|md|do|rn|np|pa|ot|pt|er|ed|po|sw|cm|ta|aa|na|ok|tv|it|hr|pd|fd)$/i.test(m[1])) continue;
    push(m.index, m.index + 2, 'NAME', 5, 'name: two letters standing for a person before a verb of acting');
  }
  if (/[—–]/.test(text)) {
    for (const m of text.matchAll(DASH_INITIALS_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      const t = tokens[tokenIndexAt(tokens, at)];
      if (t === undefined || has(t, W.Function | W.CoreStop | W.Clinical | W.Calendar | W.Month) || /^(?:US|UK|AM|PM|MD|DO|RN|NP|PA|OT|PT|ER|ED|SW|LCSW|LPC|MFT|PHD|PSYD|CBT|DBT|IOP|PHP|DV|SI|HI|IPV|LVM|VM|NS|DNA)$/.test(m[1]!)) continue;
      push(at, at + m[1]!.length, 'NAME', 5, 'name: initials after the dash that closes a header');
    }
  }
  // 10. "TELEHEALTH PROGRESS NOTE — ANN ROE".
  if (/[—–]/.test(text)) {
    for (const m of text.matchAll(CAPS_DASH_RE)) {
      const at = m.index + m[0].lastIndexOf(m[2]!);
      const ws = tokensWithin(tokens, at, at + m[2]!.length);
      if (ws.length === 0 || ws.some((w) => has(w, W.Function | W.Calendar | W.Month | W.Clinical | W.Title | W.Role)) || !ws.some((w) => unknownWord(w) || (has(w, W.Name) && !has(w, W.Everyday)))) continue;
      push(at, at + m[2]!.length, 'NAME', 5, 'name: after the dash that ends a header line of capitals');
    }
    for (const m of text.matchAll(TITLE_DASH_RE)) {
      const at = m.index + m[0].lastIndexOf(m[2]!);
      const ws = tokensWithin(tokens, at, at + m[2]!.length);
      if (ws.length === 0 || ws.some((w) => has(w, W.Function | W.Calendar | W.Month | W.Clinical | W.Title | W.Role) || !(noVocab(w) || has(w, W.Name))) || !ws.some((w) => noVocab(w) || !has(w, W.Everyday))) continue;
      push(at, at + m[2]!.length, 'NAME', 5, 'name: after the dash that ends a header line');
    }
  }
  if (/\bre[ \t]/i.test(text)) {
    for (const m of text.matchAll(RE_NAME_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      const ws = tokensWithin(tokens, at, at + m[1]!.length);
      if (ws.length !== 2 || ws.some((w) => has(w, W.Function | W.Calendar | W.Month | W.Clinical | W.Title | W.Role)) || !ws.some((w) => noVocab(w) || has(w, W.Name))) continue;
      push(at, at + m[1]!.length, 'NAME', 6, 'name: "re" and a surname, given name');
    }
  }
}

/**
 * 11. Document consistency in any case: a one-word name or place that no vocabulary holds, once
 * found, is the same identifier wherever it is written again (lower case, capitals, sentence start).
 */
export function joinRound9(text: string, tokens: readonly Token[], spans: Span[], dialogue: boolean): Span[] {
  if (dialogue || spans.length === 0) return spans;
  const found = new Map<string, PhiType>();
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'GEO') continue;
    for (let i = tokenFrom(tokens, s.start); i < tokens.length && tokens[i]!.end <= s.end; i++) {
      const t = tokens[i]!;
      if (noVocab(t)) found.set(t.key, s.type);
    }
  }
  if (found.size === 0) return spans;
  const added: Span[] = [];
  let j = 0;
  for (const t of tokens) {
    const type = found.get(t.key);
    if (type === undefined) continue;
    while (j < spans.length && spans[j]!.end <= t.start) j++;
    if (j < spans.length && spans[j]!.start < t.end) continue;
    added.push({ start: t.start, end: bare(t), type });
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenFrom(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++) out.push(tokens[i]!);
  return out;
}
