// Concept classes for the topic frames (R36): word classes a situation is stated with (a blow, a
// body part, a lapsed document, being sent away) and frames that need several classes in one
// sentence. The hand-listed seeds below are expanded from WordNet by
// scripts/build-topic-concepts.ts into resources/dicts/topic-concepts.txt (synonyms, hyponyms,
// derivationally related forms and their inflections, minus a reviewed stop list), so that a
// paraphrase in words nobody listed ("lashed", "throttled", "expulsion", "victimization") still
// lands in its class. The list is read once at start-up into one Map from word to class bits;
// a sentence then costs one Map lookup per word. Without the file the seeds alone are used.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Seeds: `word.pos` (WordNet part of speech n, v, a, r) with an optional `:k`, the number of the
 * word's senses (most frequent first) the build script may expand from (default 1; `:0` only
 * inflects the seed: its WordNet neighbours proved too broad on review), an optional `~` to take
 * a noun's hyponyms too, or `=` for a word that is used as written and never expanded. Two-word seeds use `_` ("send_back.v").
 * Topics round 11: `~~` takes a noun's hyponyms at every depth (kinds of kinds: "weapon" ->
 * "firearm" -> "shotgun"), each kept only when the kind is that word's first sense; `#k` expands
 * the word's k-th sense alone and does not put the seed word itself in the class (a word whose
 * first sense is another thing: a club is a society before it is a cudgel).
 */
export const CLASS_SEEDS = {
  // --- abuse ---
  STRIKE: ['hit.v:0', 'strike.v', 'beat.v:0', 'beat_up.v', 'punch.v', 'slap.v', 'kick.v:0', 'smack.v', 'whip.v', 'lash.v:2', 'thrash.v', 'batter.v', 'pummel.v',
    'shove.v', 'choke.v:0', 'strangle.v', 'throttle.v:0', 'scald.v', 'stab.v', 'wallop.v', 'clobber.v', 'thump.v:0', 'belt.v:0', 'spank.v', 'whack.v', 'bash.v', 'injure.v', 'assault.v', 'attack.v:0',
    'knock.v:0', 'hurl.v:0', 'slam.v:0', 'yank.v:0', 'drag.v:0', 'grab.v:0', 'pin.v:0', 'pin_down.v:0', 'tumble.v:0', 'squeeze.v:0', 'compress.v:0', 'twist.v:0', 'headbutt.=', 'stomp.v:0'],
  BODY: ['neck.n', 'throat.n', 'face.n', 'head.n', 'arm.n', 'wrist.n', 'hair.n', 'stomach.n', 'rib.n', 'eye.n', 'jaw.n', 'lip.n', 'skin.n', 'leg.n', 'chest.n', 'hand.n', 'finger.n', 'cheek.n', 'belly.n', 'fingers.=', 'throats.='],
  INJURY: ['bruise.n', 'welt.n', 'scar.n', 'wound.n', 'black_eye.n', 'fracture.n', 'marks.=', 'burn.n', 'cuts.=', 'blacked.=', 'bled.=', 'bleeding.=', 'unconscious.a', 'consciousness.n', 'blacked_out.='],
  IMPLEMENT: ['belt.n', 'cord.n', 'cable.n', 'extension_cord.n', 'switch.n:2', 'paddle.n', 'wooden_spoon.=', 'hanger.n', 'strap.n', 'rod.n', 'hose.n', 'iron.=', 'stove.n', 'knife.n', 'gun.n',
    // Round 11: every kind of whip (a riding crop, a strap of several tails, a switch).
    'whip.n~~'],
  AGENT: ['father.n', 'dad.n', 'mother.n', 'mom.=', 'mum.=', 'stepfather.n', 'stepdad.=', 'stepmother.n', 'stepmom.=', 'uncle.n', 'aunt.n', 'grandfather.n', 'grandpa.=', 'grandmother.n', 'grandma.=',
    'husband.n', 'wife.n', 'spouse.n', 'partner.=', 'boyfriend.n', 'girlfriend.n', 'ex.=', 'fiance.n', 'caregiver.n', 'guardian.n', 'stepbrother.n', 'cousin.n', 'coach.=', 'babysitter.n', 'teacher.=', 'priest.=', 'pastor.=', 'tutor.=', 'neighbour.=', 'neighbor.='],
  KID: ['child.n', 'kid.n', 'son.n', 'daughter.n', 'baby.n', 'toddler.n', 'infant.n', 'teen.=', 'teenager.n', 'minor.=', 'year-old.=', 'three-year-old.=', 'little.=', 'childhood.n', 'boy.=', 'girl.='],
  CONFINE: ['lock.v:0', 'lock_up.v', 'confine.v:0', 'imprison.v', 'trap.v:0', 'cage.v', 'tie_up.v', 'chain.v', 'restrain.v:0', 'shut.v:0', 'barricade.v', 'fetter.v'],
  ENCLOSURE: ['closet.n', 'basement.n', 'cellar.n', 'attic.n', 'garage.n', 'shed.n', 'cage.n', 'crate.n', 'bathroom.n', 'room.n', 'trunk.n:2', 'fridge.n', 'refrigerator.n', 'pantry.n', 'dark.='],
  DEPRIVE: ['withhold.v', 'starve.v', 'forbid.v', 'prohibit.v', 'restrict.v:0', 'ration.v:0', 'deprive.v:0', 'cut_off.=', 'confiscate.v', 'seize.v:0'],
  RESOURCE: ['food.n', 'meal.n', 'water.=', 'money.n', 'paycheck.n', 'wage.n', 'finances.n', 'pension.n', 'phone.n', 'medication.n', 'medicine.n', 'contact.n', 'family.=', 'friends.=', 'lunch.n', 'dinner.n', 'visitor.n', 'passport.n', 'texts.=', 'location.='],
  ALONE: ['alone.a', 'unattended.a', 'unsupervised.a', 'unfed.=', 'hungry.a', 'starving.=', 'filthy.a', 'same_clothes.=', 'neglect.n', 'neglected.='],
  VICTIMISE: ['victimization.n', 'victimize.v:0', 'maltreatment.n', 'molestation.n', 'molest.v', 'abuse.n', 'abuse.v', 'exploitation.n:0', 'cruelty.n', 'mistreat.v', 'torture.v', 'torment.v', 'brutalize.v', 'terrorize.v', 'bully.v'],
  INSULT: ['fat.a', 'ugly.a', 'stupid.a', 'worthless.a', 'disgusting.a', 'useless.a:0', 'pathetic.a:0', 'idiot.n', 'whore.n', 'slut.n', 'retarded.=', 'failure.n:0', 'loser.n:0', 'crazy.a'],
  // --- sexual ---
  SEXACT: ['copulate.v', 'copulation.n', 'intercourse.n:0', 'sexual_intercourse.n', 'make_love.v', 'fornicate.v', 'masturbate.v', 'masturbation.n', 'orgasm.n', 'ejaculate.v:0', 'ejaculation.n:0', 'erection.n',
    'horny.a', 'foreplay.n', 'fellatio.n', 'cunnilingus.n', 'blowjob.=', 'bondage.n', 'fetish.n', 'pornography.n', 'porn.n', 'nude.a', 'naked.a',
    'lingerie.n', 'threesome.n:0', 'orgy.n:0', 'escort.=', 'prostitute.n', 'prostitution.n', 'hooker.=', 'condom.n', 'virginity.n', 'libido.n', 'adultery.n', 'infidelity.n', 'seduce.v', 'grope.v', 'fondle.v:0',
    'erotic.a', 'lust.n', 'penetration.n:0', 'pleasuring.=', 'booty_call.=', 'one-night_stand.=', 'friends-with-benefits.=', 'friend-with-benefits.=', 'sleep_together.v', 'slept_together.=', 'sleeping_together.=', 'stis.=', 'std.=', 'stds.=', 'sti.=', 'sexting.=', 'nudes.='],
  // Words that are sexual only beside a partner, a bed, a picture or a night (see sexual.ts).
  SEXHINT: ['oral.=', 'aroused.=', 'arousal.=', 'kink.=', 'affair.=', 'physical.=', 'steamy.=', 'spicy.=', 'dominated.=', 'turned_on.=', 'went_down.=', 'go_down.=', 'sensual.a', 'intimate.=', 'frisky.=', 'naughty.=', 'kinky.=', 'rough.=', 'seduce.v:0', 'carried_away.=', 'clothes_off.=', 'top_off.=', 'touching_myself.=', 'touch_myself.=', 'touched_myself.='],
  UNDRESS: ['undress.v', 'strip.v:0', 'topless.a', 'clothes_off.=', 'top_off.=', 'less_clothes.='],
  // --- immigration ---
  EXPEL: ['deport.v:0', 'deportation.n', 'expel.v', 'expulsion.n', 'exile.v', 'banish.v:0', 'repatriate.v', 'send_back.=', 'sent_back.=', 'shipped.=', 'ship.v:0', 'extradite.v', 'shipped_home.=', 'shipped_back.=', 'sent_away.=', 'put_on_a_plane.='],
  HOMELAND: ['homeland.n', 'country.=', 'flight.=', 'plane.=', 'border.n', 'south.=', 'honduras.=', 'guatemala.=', 'mexico.=', 'salvador.=', 'haiti.=', 'venezuela.='],
  STATUSDOC: ['visa.n', 'permit.n', 'residency.n', 'residence.=', 'citizenship.n', 'green_card.=', 'paperwork.n', 'papers.=', 'paper.=', 'documents.=', 'documentation.n', 'authorization.n', 'status.=', 'asylum.n', 'refugee.n', 'daca.=', 'tps.=', 'work_permit.='],
  LAPSE: ['expire.v', 'lapse.v', 'run_out.v', 'ran_out.=', 'runs_out.=', 'deny.v:0', 'reject.v', 'revoke.v', 'without.=', 'fake.a:0', 'counterfeit.=', 'phony.=', 'phoney.=', 'forged.=', 'borrowed.=', 'invalid.a:0', 'lacks.=', 'lack.v', 'denied.=', 'right_kind.='],
  HOLD: ['detain.v', 'detention.n', 'held.=', 'locked_up.=', 'holding.=', 'custody.n', 'facility.n', 'center.=', 'centre.='],
  FEDERAL: ['federal.a', 'immigration.n', 'ice.=', 'shipped.=', 'airport.=', 'border.=', 'deport.v:0', 'hearing.='],
  CROSS: ['cross.v', 'crossing.n', 'trek.v', 'swim.v:0', 'smuggle.v', 'walked.=', 'hiked.=', 'climbed.=', 'rode.=', 'swam.='],
  TERRAIN: ['border.n', 'river.n', 'desert.n', 'hills.=', 'mountains.=', 'side.=', 'north.=', 'fence.=', 'wall.=', 'this_side.=', 'other_side.=', 'jungle.n', 'swamp.='],
  HEARING: ['hearing.n:0', 'judge.n', 'asylum.n', 'appeal.n:0', 'court.=', 'lawyer.n'],
  BELONG: ['officially.r', 'legally.r', 'lawfully.=', 'supposed.=', 'allowed.=', 'paperwork.n', 'government.n', 'authorities.='],
  HERE: ['here.=', 'country.=', 'stay.='],
  // Officers who check papers or take people: "the officers in green vests", "the patrol".
  AGENCY: ['officer.=', 'officers.=', 'agent.=', 'agents.=', 'patrol.=', 'migra.=', 'authorities.=', 'feds.=', 'vests.=', 'uniforms.=', 'immigration.='],
  // A visit that became a stay: "came to visit and simply stayed on".
  VISIT: ['visit.v', 'visit.n', 'tourist.n', 'vacation.n', 'holiday.=', 'flew_in.='],
  STAYON: ['stayed_on.=', 'overstay.v', 'never_went_back.=', 'never_left.=', 'never_returned.=', 'never_flew_back.=', 'just_stayed.=', 'simply_stayed.=', 'stayed_for_good.='],
  // Fear, and WordNet's words for it ("petrified", "panicky").
  FEAR: ['afraid.a', 'scared.a', 'terrified.a', 'frightened.a', 'fear.n', 'dread.n', 'petrified.='],
  // Topics round 11: every kind of weapon WordNet knows, at every depth (firearms, blades, cudgels),
  // and the kinds of knife and club a person is hurt with at home (a cleaver, a baseball bat).
  WEAPON: ['weapon.n~~', 'knife.n~~', 'knife.n#2~~', 'club.n#3~~', 'tire_iron.n', 'tyre_iron.=', 'crowbar.n~~'],
} as const;

export type ConceptClass = keyof typeof CLASS_SEEDS;
export const CLASS_NAMES = Object.keys(CLASS_SEEDS) as ConceptClass[];
const BIT: Record<string, number> = Object.fromEntries(CLASS_NAMES.map((c, i) => [c, 1 << i]));
// One bit per class in a 32-bit integer (the 32nd, 1 << 31, is negative, which & and === handle).
if (CLASS_NAMES.length > 32) throw new Error('topic concepts: too many classes');

/** The words a seed stands for as written: "send_back.v:1" -> "send back". */
export function seedWord(seed: string): string {
  return seed.replace(/\.[nvar=].*$|\.=$/, '').replace(/_/g, ' ');
}

function dictFile(): string {
  const override = process.env.TACET_DEID_DICTS;
  if (override) return `${override.endsWith('/') ? override : `${override}/`}topic-concepts.txt`;
  return fileURLToPath(new URL('../../../resources/dicts/topic-concepts.txt', import.meta.url));
}

/** Word (or two/three-word phrase) -> class bits. Built once, at first import. */
export const CONCEPTS = new Map<string, number>();
/** First words of the phrases, so a sentence checks pairs only after a word that starts one. */
const PHRASE_HEADS = new Set<string>();

function addWord(w: string, cls: string): void {
  const bit = BIT[cls];
  if (bit === undefined) return;
  CONCEPTS.set(w, (CONCEPTS.get(w) ?? 0) | bit);
  if (w.includes(' ')) PHRASE_HEADS.add(w.split(' ')[0]!);
}

for (const [cls, seeds] of Object.entries(CLASS_SEEDS)) for (const s of seeds) if (!s.includes('#')) addWord(seedWord(s), cls);
{
  const file = dictFile();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [cls, ...words] = line.split('\t');
      for (const w of words) addWord(w, cls!);
    }
  }
}

export function bitOf(cls: ConceptClass): number {
  return BIT[cls]!;
}

/** The words of a class (for the gate: a frame's head class opens it). */
export function wordsOf(cls: ConceptClass): string[] {
  const bit = BIT[cls]!;
  const out: string[] = [];
  for (const [w, b] of CONCEPTS) if (b & bit) out.push(w);
  return out;
}

const WORD_SPLIT = /[^a-z'-]+/;

/** The characters of a word as WORD_SPLIT leaves them: a-z, the apostrophe and the hyphen. */
const isTokenChar = (c: number): boolean => (c >= 97 && c <= 122) || c === 39 || c === 45;
/**
 * Per distinct token (a run of those characters): the word it is read as, the classes of that
 * word and of its hyphen parts, and whether it starts a phrase. The tables are fixed once loaded;
 * the cache starts again if they ever change size.
 */
const tokenCache = new Map<string, { w: string; bits: number; head: boolean }>();
let conceptsSize = -1;

/**
 * The classes present in a normalised sentence (lower case, straight apostrophes). Words are
 * read the way the gate reads them: a possessive "'s" dropped, a hyphenated word also as its
 * parts, so a frame never sees a word the gate did not. The same as `conceptBitsPlain`, with
 * everything about a token worked out once per distinct token.
 */
export function conceptBits(s: string): number {
  if (tokenCache.size > 50_000 || conceptsSize !== CONCEPTS.size) {
    tokenCache.clear();
    conceptsSize = CONCEPTS.size;
  }
  let bits = 0;
  let words: string[] | undefined;
  let heads = false;
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (!isTokenChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenChar(s.charCodeAt(j))) j++;
    const raw = s.slice(i, j);
    i = j;
    let t = tokenCache.get(raw);
    if (t === undefined) {
      const w = raw.length > 3 && raw.endsWith("'s") ? raw.slice(0, -2) : raw.replace(/^'+|'+$/g, '');
      let own = CONCEPTS.get(w) ?? 0;
      if (w.includes('-')) for (const p of w.split('-')) if (p) own |= CONCEPTS.get(p) ?? 0;
      t = { w, bits: own, head: PHRASE_HEADS.has(w) };
      tokenCache.set(raw, t);
    }
    if (!t.w) continue;
    bits |= t.bits;
    (words ??= []).push(t.w);
    if (t.head) heads = true;
  }
  // Phrases (two or three words) only when a word starts one.
  if (heads && words) {
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i]!;
      if (!PHRASE_HEADS.has(w)) continue;
      const two = `${w} ${words[i + 1]}`;
      bits |= CONCEPTS.get(two) ?? 0;
      if (i + 2 < words.length) bits |= CONCEPTS.get(`${two} ${words[i + 2]}`) ?? 0;
    }
  }
  return bits;
}

/** `conceptBits` the plain way, by splitting and stripping every word (for the test that they agree). */
export function conceptBitsPlain(s: string): number {
  let bits = 0;
  const words: string[] = [];
  for (const raw of s.split(WORD_SPLIT)) {
    if (!raw) continue;
    const w = raw.length > 3 && raw.endsWith("'s") ? raw.slice(0, -2) : raw.replace(/^'+|'+$/g, '');
    if (!w) continue;
    words.push(w);
    if (w.includes('-')) for (const p of w.split('-')) if (p) bits |= CONCEPTS.get(p) ?? 0;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    bits |= CONCEPTS.get(w) ?? 0;
    if (PHRASE_HEADS.has(w) && i + 1 < words.length) {
      const two = `${w} ${words[i + 1]}`;
      bits |= CONCEPTS.get(two) ?? 0;
      if (i + 2 < words.length) bits |= CONCEPTS.get(`${two} ${words[i + 2]}`) ?? 0;
    }
  }
  return bits;
}

/** True when every class in `need` is in `bits`. */
export function hasAll(bits: number, need: number): boolean {
  return (bits & need) === need;
}

export function maskOf(classes: readonly ConceptClass[]): number {
  let m = 0;
  for (const c of classes) m |= BIT[c]!;
  return m;
}

/** The words of a sentence in any of the classes `need` (to explain a frame's match). */
export function conceptWords(s: string, need: number): string {
  const out: string[] = [];
  for (const w of s.split(WORD_SPLIT)) if (w && ((CONCEPTS.get(w.replace(/'s$/, '')) ?? 0) & need)) out.push(w);
  return out.join(' ');
}
