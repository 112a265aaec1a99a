// Derives resources/dicts/topic-concepts.txt, the WordNet expansion of the sensitive-topic concept
// classes (src/deid/topics/concepts.ts), from Princeton WordNet 3.0 as Debian packages it
// (`wordnet-base`; WordNet 3.0 licence, permissive BSD-style, compatible with AGPL-3.0-or-later;
// its text is already beside the lists in resources/dicts/licenses/wordnet-3.0.LICENSE.txt).
//
//   node --import tsx scripts/build-topic-concepts.ts   (needs `apt-get install wordnet-base`,
//                                                       or WORDNET_DIR=path to its dict folder)
//
// Why: each round of hand rules caught the wordings it was written from and little else; the
// classes the frames combine were hand lists. Here every seed `word.pos:k` is expanded through its
// k most frequent senses: the synonyms of each sense, its direct hyponyms (kinds of it: "lash",
// "flog", "cane" under "whip"), adjective satellites ("similar to"), and derivationally related
// forms ("expulsion" <-> "expel", "victimization" <-> "victimize"), then inflected (verb.exc and
// noun.exc for the irregular forms). A word reached through a sense is kept only when that sense
// is among the word's own two most frequent senses, so a rare sense ("know" for copulate, "mate"
// for a friend, "tag" for hit) does not bring a common word into a class. What is still too
// common or ambiguous in therapy talk was reviewed by hand and stands in STOP below, with why.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASS_SEEDS, seedWord } from '../src/deid/topics/concepts.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);

type Pos = 'n' | 'v' | 'a' | 'r';
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** How many of a reached word's own senses may be the one it was reached through. */
const OWN_SENSES = 2;

/**
 * Reviewed exclusions. Global: words WordNet puts in a class through a real but, in a
 * counselling conversation, secondary sense, or words so common that the class would fire on
 * everyday talk. Per class: words right in general but wrong for that class's frames.
 */
const STOP_ALL = new Set([
  // Everyday verbs and nouns reached through a narrow sense.
  'have', 'had', 'has', 'having', 'know', 'knew', 'known', 'knows', 'knowing', 'get', 'got', 'go', 'went', 'make', 'made', 'take', 'took', 'do', 'did', 'be', 'come', 'came', 'run', 'ran', 'give', 'gave', 'put', 'set', 'see', 'saw', 'say', 'said', 'tell', 'told', 'play', 'played', 'playing', 'work', 'move', 'moved', 'turn', 'use', 'used', 'find', 'found', 'keep', 'kept', 'lie', 'lay', 'mate', 'mates', 'couple', 'pair', 'breed', 'bed', 'beds', 'roll', 'rolled', 'score', 'scored', 'touch', 'touched', 'feel', 'felt', 'love', 'loved', 'like', 'liked', 'date', 'dated', 'fool', 'tag', 'tagged', 'tap', 'tapped', 'pat', 'patted', 'poke', 'poked', 'dab', 'brush', 'brushed', 'graze', 'grazed', 'kiss', 'kissed', 'hug', 'hugged',
  'pass', 'passed', 'catch', 'caught', 'reach', 'reached', 'hold', 'held', 'carry', 'carried', 'draw', 'drew', 'pull', 'pulled', 'push', 'pushed', 'press', 'pressed', 'bump', 'bumped', 'fight', 'fought', 'line', 'lines', 'point', 'points', 'spot', 'spots', 'mark', 'cut', 'cuts', 'cutting', 'fix', 'fixed', 'check', 'checked', 'record', 'records', 'paper', 'papers', 'book', 'books', 'card', 'cards', 'note', 'notes', 'form', 'forms', 'number', 'bill', 'bills', 'ticket', 'tickets', 'letter', 'letters', 'pass', 'license', 'licence',
  // Sports, games and work senses of the blow verbs.
  'bat', 'bats', 'batted', 'batting', 'bunt', 'bunted', 'putt', 'putted', 'drive', 'drove', 'driven', 'driving', 'serve', 'served', 'volley', 'volleyed', 'pitch', 'pitched', 'shoot', 'shot', 'chip', 'chipped', 'hook', 'hooked', 'slice', 'sliced', 'dunk', 'dunked', 'spike', 'spiked', 'head', 'headed', 'foul', 'fouled', 'tackle', 'tackled', 'block', 'blocked', 'pound', 'pounds', 'pounded', 'hammer', 'hammered', 'nail', 'nailed', 'drum', 'drummed', 'knock', 'peck', 'pecked', 'rap', 'rapped', 'clap', 'clapped', 'snap', 'snapped', 'flick', 'flicked', 'blow', 'blows', 'stroke', 'stroked', 'shock', 'shocked', 'strike', 'strikes', 'struck', 'striking', 'beat', 'beats', 'beating', 'whisk', 'whisked', 'cream', 'creamed', 'mix', 'whip', 'whipped', 'whipping', 'defeat', 'defeated', 'crush', 'crushed', 'trounce', 'trounced', 'lick', 'licked', 'overcome', 'win', 'won', 'best', 'bested', 'top', 'topped', 'surpass', 'outdo', 'outstrip', 'cheat', 'cheated', 'gazump',
  'burn', 'burned', 'burnt', 'burns', 'burning', 'cook', 'cooked', 'toast', 'toasted', 'singe', 'sear', 'char', 'brand', 'branded', 'fire', 'fired', 'light', 'lit', 'smoke', 'smoked', 'scorch',
  'attack', 'attacked', 'attacks', 'tackle', 'assail', 'round', 'savage', 'blast', 'blasted', 'storm', 'stormed', 'raid', 'raided', 'charge', 'charged', 'rush', 'rushed', 'bombard', 'shell', 'gas', 'gassed', 'bomb', 'bombed', 'nuke', 'strafe', 'torpedo', 'ambush', 'invade', 'counterattack', 'criticize', 'criticise', 'knock',
  'hurt', 'hurts', 'ache', 'aches', 'suffer', 'bother', 'bothered', 'twinge', 'smart', 'sting', 'stings', 'pain', 'pains', 'trouble', 'troubled', 'disturb', 'upset', 'offend', 'offended', 'wound', 'wounded', 'injure',
  'shake', 'shook', 'shaken', 'shakes', 'shaking', 'wave', 'waved', 'wag', 'nod', 'nodded', 'jiggle', 'quiver', 'tremble', 'trembled', 'shiver', 'vibrate', 'rock', 'rocked', 'sway', 'toss', 'tossed', 'stir',
  'grab', 'grabbed', 'snatch', 'snatched', 'clutch', 'grasp', 'grip', 'seize', 'seized', 'nab', 'take_hold', 'collar', 'grapple',
  'pin', 'pinned', 'fasten', 'attach', 'tack', 'clip', 'staple',
  'twist', 'twisted', 'turn', 'wind', 'wound', 'spin', 'curl', 'coil', 'wrench', 'wring', 'screw', 'screwed', 'sprain', 'sprained', 'rick', 'wrick', 'crick',
  'squeeze', 'squeezed', 'compress', 'compact', 'constrict', 'contract', 'squash', 'squeezing', 'wedge', 'jam', 'jammed', 'cram', 'pack', 'packed', 'stuff', 'stuffed', 'crowd', 'press', 'hug', 'cuddle', 'clasp', 'embrace', 'nestle',
  'drag', 'dragged', 'tow', 'towed', 'trail', 'haul', 'hauled', 'tug', 'lug', 'puff', 'inhale', 'draw',
  'throw', 'hurl', 'fling', 'pitch', 'cast', 'toss', 'chuck', 'lob', 'bowl', 'flip', 'launch', 'catapult', 'sling', 'dash',
  'tumble', 'tumbled', 'tumbling', 'fall', 'fell', 'drop', 'dropped', 'topple', 'trip', 'tripped', 'stumble', 'slip', 'slipped', 'sink', 'flop', 'collapse', 'crumble', 'spill',
  'bite', 'bit', 'bites', 'nip', 'nipped', 'snap', 'chew', 'gnaw', 'munch', 'nibble', 'eat', 'sting', 'champ', 'chomp', 'crunch',
  'slam', 'slammed', 'bang', 'banged', 'shut', 'close', 'closed', 'slam_dunk', 'dunk',
  'yank', 'jerk', 'pluck',
  'stomp', 'stamp', 'stamped', 'tramp', 'trample', 'stump',
  'choke', 'choked', 'chokes', 'gag', 'suffocate', 'smother', 'drown', 'stifle', 'muffle', 'clog', 'block', 'congest', 'foul', 'die', 'croak', 'perish', 'expire', 'decease', 'conk', 'pop_off',
  // Body words too common to carry a frame's weight alone.
  'face', 'faces', 'head', 'heads', 'back', 'backs', 'arm', 'arms', 'hand', 'hands', 'hair', 'eye', 'eyes', 'lip', 'lips', 'side', 'front', 'top', 'skin', 'leg', 'legs', 'chest', 'tummy', 'gut', 'guts', 'belly', 'pate', 'poll', 'noggin', 'bean', 'dome', 'mind', 'brain', 'nous', 'wit', 'chief', 'fountainhead', 'caput', 'question', 'mug', 'phiz', 'kisser', 'smiler', 'countenance', 'visage', 'look', 'expression', 'human_face', 'pharynx', 'pass', 'mitt', 'paw', 'manus', 'weapon', 'limb', 'branch', 'sleeve', 'coat', 'tegument', 'cutis', 'peel',
  // Kin and child words with a non-kin first sense, or that stand for everyone.
  'man', 'woman', 'boy', 'girl', 'father', 'mother', 'parent', 'sire', 'begetter', 'beget', 'founder', 'founding_father', 'priest', 'church_father', 'padre', 'mother_superior', 'get', 'child', 'kid', 'minor', 'nipper', 'tike', 'tyke', 'fry', 'shaver', 'youngster', 'small_fry', 'baby', 'babe', 'infant', 'sister', 'brother', 'buddy', 'pal', 'chum', 'crony', 'comrade', 'sidekick', 'cub', 'kid_glove',
  'married_person', 'mate', 'better_half', 'partner', 'consort', 'hubby', 'married_man', 'woman', 'missus', 'missis', 'wife', 'married_woman', 'lover', 'sweetheart', 'girl', 'young_lady', 'fille', 'ex',
  // Sexual-class expansions with an everyday first sense.
  'climax', 'come', 'cum', 'arouse', 'sex', 'sexual_activity', 'intimacy', 'familiarity', 'relation', 'relations', 'affair', 'affairs', 'matter', 'thing', 'thing', 'business', 'liaison', 'involvement', 'amour', 'romance', 'dalliance', 'flirt', 'flirtation', 'penetrate', 'perforate', 'pierce', 'infiltrate', 'enter', 'imbibe', 'fathom', 'bottom', 'interpenetrate', 'diffuse', 'permeate', 'pervade', 'riddle', 'naked', 'bare', 'au_naturel', 'nude', 'raw', 'in_the_buff', 'stark', 'unclothed', 'strip', 'undress', 'disrobe', 'peel', 'divest', 'denude', 'denudate', 'bare', 'mature', 'adult', 'dirty', 'blue', 'hot', 'spicy', 'steamy', 'escort', 'virgin', 'whore', 'bawd', 'cocotte', 'cyprian', 'fancy_woman', 'working_girl', 'sporting_lady', 'lady_of_pleasure', 'woman_of_the_street', 'tart', 'street_girl', 'hooker', 'hustler', 'harlot', 'streetwalker', 'comfort_woman', 'camp_follower', 'white_slave', 'call_girl', 'geisha', 'geisha_girl', 'erotic', 'stimulate', 'excite', 'provoke', 'fire', 'wake', 'rouse', 'awaken', 'waken', 'arouse', 'turn_on', 'kindle', 'enkindle', 'conjure', 'evoke', 'elicit', 'enliven', 'heat', 'agitate', 'charge', 'commove', 'appetite', 'appetency', 'craving', 'desire', 'sexual_desire', 'eros', 'concupiscence', 'physical_attraction', 'hunger', 'thirst', 'itch', 'passion', 'temptation', 'attraction',
  'flesh', 'carnal', 'libido', 'heat', 'rut', 'estrus', 'oestrus',
  // Found on review of the first build: cooking, animals, crafts and everyday words among the
  // kinds of hitting; carers and doctors reached from "guardian" and "caregiver"; "mouse" (a
  // black eye), "cervix" (a neck), "pop" (a father).
  'bit', 'bits', 'cat', 'cats', 'baste', 'lather', 'leather', 'bulldog', 'handicap', 'desecrate', 'overstretch', 'throb', 'sic', 'knap', 'beak', 'blister', 'sock', 'socks', 'shook', 'shaken', 'buffet', 'elbow', 'jostle', 'run_over', 'ran_over', 'set_on', 'shoulder_in', 'scrag', 'sclaff', 'lam', 'wham', 'whop', 'bop', 'bonk',
  'pop', 'pops', 'defender', 'protector', 'shielder', 'health_care_provider', 'health_professional', 'primary_care_provider', 'pcp', 'young_man', 'keeper', 'guard', 'nurse', 'pharmacist', 'chemist', 'druggist', 'apothecary', 'custodian', 'champion', 'monitor',
  'mouse', 'mice', 'cervix', 'skinny', 'hairy', 'leggy', 'chesty', 'facial', 'optic', 'throaty', 'fumble', 'abnormal', 'wench', 'craze', 'paltry', 'stupidity', 'prostitute', 'woman',
  // Immigration expansions with an everyday first sense.
  'ship', 'send', 'transport', 'transfer', 'remove', 'take', 'take_away', 'withdraw', 'move', 'return', 'repay', 'give_back', 'go_back', 'get_back', 'retrovert', 'regress', 'revert', 'turn_back', 'recall', 'reappoint', 'pay', 'render', 'generate', 'riposte', 'rejoin', 'retort', 'come_back', 'bring_back', 'take_back', 'refund', 'restitute', 'hark_back', 'fall', 'devolve', 'yield', 'issue', 'exit', 'expel', 'eject', 'exclude', 'throw_out', 'kick_out', 'boot_out', 'oust', 'rusticate', 'evict', 'dismiss', 'fire', 'sack', 'drop', 'ban', 'blackball', 'cast_out', 'shut_out', 'extrude', 'excrete', 'egest', 'eliminate', 'pass', 'spit', 'vomit', 'cough', 'sneeze', 'belch', 'exhale', 'ejaculate',
  'run_out', 'expire', 'die', 'exit', 'end', 'terminate', 'conclude', 'finish', 'lapse', 'pass', 'elapse', 'slip_by', 'glide_by', 'slip_away', 'go_by', 'slide_by', 'go_along', 'backslide', 'relapse', 'recidivate', 'regress', 'retrogress', 'fall_back', 'decline', 'refuse', 'reject', 'pass_up', 'turn_down', 'deny', 'contradict', 'negate', 'traverse', 'cover', 'track', 'pass_over', 'get_over', 'get_across', 'cut_through', 'cut_across', 'intersect', 'cross', 'crisscross', 'span', 'sweep', 'thwart', 'queer', 'spoil', 'scotch', 'foil', 'frustrate', 'baffle', 'bilk', 'hybridize', 'hybridise', 'interbreed', 'crossbreed', 'cover', 'ford',
]);

const STOP_CLASS: Partial<Record<string, Set<string>>> = {
  // Round 11: a whip's kinds include a cell's tail (microbiology notes), and fetters' synonyms an arrest.
  IMPLEMENT: new Set(['flagellum', 'flagella']),
  CONFINE: new Set(['handcuff', 'handcuffs', 'handcuffed', 'handcuffing']),
  // Round 11. Kinds of weapon that are, in a conversation, first a name ("Sam", "Kylie", "Lance",
  // "Billy", "Jimmy"), a letter pair, a game ("darts", a table-tennis bat), a shoe or a spice,
  // a body part ("knuckles"), a verb ("pry"), a clinician's or an office's blade, or a word of
  // its own ("automatic", "bullet points", "slug").
  WEAPON: new Set(['automatic', 'automatics', 'paddle', 'paddles', 'pingpong_paddle', 'table-tennis_bat', 'table-tennis_racquet', 'scalpel', 'surgical_knife', 'letter_opener', 'paper_knife', 'paperknife',
    'linoleum_cutter', 'linoleum_knife', 'drawknife', 'drawshave', 'space_probe', 'slug', 'dart', 'bullet', 'sam', 'ga', 'gb', 'gd', 'seb', 'bb', 'billy', 'jimmy', 'jemmy', 'kylie', 'kiley', 'lance',
    'catling', 'mace', 'knuckles', 'knucks', 'pry', 'stiletto', 'forty-five', 'trident', 'boomerang', 'spitball', 'missile', 'projectile', 'pruning_knife', 'brilliant_pebble', 'greek_fire', 'quaker_gun', 'fire_ship']),
  // A lapse that is not about a document: "run out of milk" is outside any frame.
  LAPSE: new Set(['without', 'rebuff', 'snub', 'spurn', 'freeze_off', 'scorn', 'pooh-pooh', 'disdain', 'turn_away', 'repel', 'resist', 'eliminate', 'disapprove', 'discount', 'dismiss', 'disregard', 'brush_aside', 'brush_off', 'push_aside', 'veto', 'vetoed']),
  RESOURCE: new Set(['contact', 'contacts', 'touch', 'link', 'inter-group_communication', 'middleman', 'impinging', 'striking', 'physical_contact', 'liaison', 'link', 'connection', 'connexion', 'tangency']),
  ENCLOSURE: new Set(['room', 'rooms', 'way', 'elbow_room', 'board', 'suite', 'chamber', 'hall', 'kitchen', 'living_room', 'lounge', 'parlor', 'parlour', 'den', 'study', 'office', 'library', 'classroom', 'bedroom', 'bedrooms', 'lobby', 'foyer', 'anteroom', 'waiting_room', 'gym', 'dining_room', 'ballroom', 'auditorium', 'dormitory', 'ward', 'cell', 'toilet', 'lavatory', 'restroom', 'washroom', 'bath', 'powder_room', 'john', 'can', 'loo', 'head', 'privy', 'trunk', 'torso', 'body', 'proboscis', 'luggage_compartment', 'automobile_trunk']),
  DEPRIVE: new Set(['control', 'controls', 'controlled', 'controlling', 'check', 'hold', 'curb', 'contain', 'moderate', 'command', 'verify', 'operate', 'manipulate', 'track', 'tracks', 'tracked', 'tracking', 'trail', 'dog', 'tail', 'shadow', 'chase', 'go_after', 'give_chase', 'follow', 'monitor', 'supervise', 'watch', 'ascertain', 'see', 'insure', 'see_to_it', 'ensure', 'control', 'assure', 'limit', 'confine', 'throttle', 'bound', 'qualify', 'trammel', 'restrain', 'seize', 'take', 'grab', 'clutch', 'hijack', 'impound', 'attach', 'sequester', 'distrain', 'commandeer', 'take_over', 'arrogate', 'usurp', 'assume', 'conquer', 'appropriate', 'raid', 'annex']),
  INSULT: new Set(['nothing', 'fat', 'crazy', 'mad', 'insane', 'nuts', 'excited', 'wild', 'enthusiastic', 'crazy_quilt', 'zero', 'nil', 'nix', 'nada', 'null', 'cipher', 'cypher', 'goose_egg', 'aught', 'zilch', 'zip', 'zippo', 'fatty', 'fat_person', 'fatso', 'butterball', 'roly-poly', 'blubber']),
  HOMELAND: new Set(['fatherland', 'motherland', 'country_of_origin', 'native_land', 'mother_country']),
  HOLD: new Set(['facility', 'facilities', 'installation', 'adeptness', 'adroitness', 'deftness', 'quickness', 'readiness', 'ease', 'easiness', 'simplicity', 'simpleness', 'toilet', 'lavatory', 'lav', 'can', 'john', 'privy', 'bathroom', 'service', 'military_installation', 'depot', 'station', 'terminal', 'airport', 'building', 'edifice', 'plant', 'mill', 'factory', 'workshop', 'office', 'hospital', 'school', 'clinic', 'center', 'gym', 'store', 'shop', 'detention_centre', 'custody', 'hands', 'guardianship', 'keeping', 'safekeeping']),
  STATUSDOC: new Set(['permit', 'license', 'licence', 'allow', 'let', 'countenance', 'tolerate', 'pass', 'card', 'papers', 'paper', 'document', 'documentation', 'credential', 'credentials', 'certificate', 'status', 'position', 'standing', 'condition', 'state', 'residence', 'home', 'abode', 'house', 'dwelling', 'place', 'domicile', 'address', 'lodging', 'legal_residence', 'hall', 'manse', 'mansion', 'residency', 'internship', 'sanctuary', 'refuge', 'safety', 'shelter', 'security', 'ticket', 'fishing_license', 'hunting_license', 'driver\'s_license', 'driving_licence', 'marriage_license', 'building_permit', 'liquor_license', 'authorization', 'authorisation', 'mandate', 'sanction', 'approval', 'commendation', 'empowerment', 'accession', 'assenting', 'countenance', 'endorsement', 'indorsement', 'imprimatur', 'warrant', 'sanction', 'visa', 'passport', 'pass', 'safe-conduct', 'laissez_passer']),
  SEXACT: new Set(['orgasm', 'climax', 'have_it_off', 'have_it_away', 'fuck', 'fucking', 'screw', 'screwing', 'bang', 'banging', 'bonk', 'hump', 'ball', 'do_it', 'be_intimate', 'get_it_on', 'bed', 'have_sex', 'lie_with', 'sleep_with', 'make_out', 'roll_in_the_hay', 'love', 'know', 'jazz', 'eff', 'lay', 'get_laid', 'sleep_together', 'make_love', 'copulation', 'coition', 'coitus', 'pairing', 'mating', 'conjugation', 'union', 'sexual_union', 'sexual_congress', 'congress', 'intercourse', 'sex_act', 'marriage', 'wedlock', 'matrimony', 'interbreeding', 'breeding', 'reproduction', 'procreation', 'generation', 'propagation', 'multiplication']),
};

// index.<pos>: lemma -> synset offsets, most frequent sense first.
const index: Record<Pos, Map<string, string[]>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
for (const pos of ['n', 'v', 'a', 'r'] as const) {
  for (const line of readFileSync(join(dir, `index.${FILE[pos]}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    index[pos].set(f[0]!, f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount));
  }
}

interface Pointer {
  sym: string;
  off: string;
  pos: Pos;
  /** Source and target word numbers (0 = the whole synset). */
  src: number;
  tgt: number;
}
interface Synset {
  words: string[];
  ptrs: Pointer[];
}
const data: Record<Pos, Map<string, Synset>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
for (const pos of ['n', 'v', 'a', 'r'] as const) {
  for (const line of readFileSync(join(dir, `data.${FILE[pos]}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const wcnt = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wcnt; i++) words.push(f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + wcnt * 2;
    const pcnt = Number(f[at++]);
    const ptrs: Pointer[] = [];
    for (let i = 0; i < pcnt; i++) {
      const [sym, off, p, st] = [f[at]!, f[at + 1]!, f[at + 2]!, f[at + 3]!];
      at += 4;
      ptrs.push({ sym, off, pos: (p === 's' ? 'a' : p) as Pos, src: parseInt(st.slice(0, 2), 16), tgt: parseInt(st.slice(2), 16) });
    }
    data[pos].set(f[0]!, { words, ptrs });
  }
}

/** True when `off` is among the word's own most frequent senses in `pos`. */
function ownSense(word: string, pos: Pos, off: string, senses = OWN_SENSES): boolean {
  return (index[pos].get(word) ?? []).slice(0, senses).includes(off);
}

// Irregular inflections: base -> forms.
const irregular: Record<'n' | 'v', Map<string, string[]>> = { n: new Map(), v: new Map() };
for (const pos of ['n', 'v'] as const) {
  for (const line of readFileSync(join(dir, `${FILE[pos]}.exc`), 'utf8').split('\n')) {
    const [form, base] = line.split(' ');
    if (!form || !base) continue;
    const list = irregular[pos].get(base) ?? [];
    list.push(form);
    irregular[pos].set(base, list);
  }
}

function verbForms(v: string): string[] {
  const out = [v, ...(irregular.v.get(v) ?? [])];
  if (/(?:s|sh|ch|x|z)$/.test(v)) out.push(`${v}es`);
  else if (/[^aeiou]y$/.test(v)) out.push(`${v.slice(0, -1)}ies`);
  else out.push(`${v}s`);
  if (!irregular.v.has(v)) {
    if (v.endsWith('e')) out.push(`${v}d`, `${v.slice(0, -1)}ing`);
    else if (/[^aeiou]y$/.test(v)) out.push(`${v.slice(0, -1)}ied`, `${v}ing`);
    else if (v.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(v)) out.push(`${v}${v.at(-1)}ed`, `${v}${v.at(-1)}ing`);
    else out.push(`${v}ed`, `${v}ing`);
  } else if (!out.some((f) => f.endsWith('ing'))) {
    out.push(v.endsWith('e') && !v.endsWith('ee') ? `${v.slice(0, -1)}ing` : v.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(v) ? `${v}${v.at(-1)}ing` : `${v}ing`);
  }
  return out;
}
function nounForms(n: string): string[] {
  const irr = irregular.n.get(n);
  if (irr) return [n, ...irr];
  if (/(?:s|sh|ch|x|z)$/.test(n)) return [n, `${n}es`];
  if (/[^aeiou]y$/.test(n)) return [n, `${n.slice(0, -1)}ies`];
  return [n, `${n}s`];
}
/** Inflections of a (possibly multi-word, `_`-joined) lemma: a verb phrase inflects its first word. */
function forms(lemma: string, pos: Pos): string[] {
  const parts = lemma.split('_');
  if (pos === 'v') return verbForms(parts[0]!).map((h) => [h, ...parts.slice(1)].join(' '));
  if (pos === 'n') return nounForms(parts.at(-1)!).map((t) => [...parts.slice(0, -1), t].join(' '));
  return [parts.join(' ')];
}

const ACCEPT = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}$/;
/**
 * Inflected forms never kept, not even a seed's own: "bit" (of "bite") is "a bit", "course" (of
 * "cross", a race course), "conscious" (of "consciousness"), found common in counselling talk
 * when the gate cost was measured on the carrier conversations; "cuff" (a blood-pressure cuff)
 * and "pa" (a physician assistant) from the clinical notes' false alarms, and "sleep(ing) with" (the
 * head of the bed raised; a child who sleeps together with a sibling), which the sexual rules
 * already read in context.
 */
const STOP_FORMS = new Set(['sleep together', 'sleeps together', 'sleep with', 'sleeping with', 'cuff', 'cuffs', 'pa', 'bit', 'course', 'courses', 'conscious', 'lead', 'leads', 'nothing', 'walk', 'walks']);

const lines: string[] = [];
let total = 0;
for (const [cls, seeds] of Object.entries(CLASS_SEEDS)) {
  const stopClass = STOP_CLASS[cls] ?? new Set<string>();
  const stopped = (lemma: string): boolean => STOP_ALL.has(lemma) || stopClass.has(lemma) || STOP_ALL.has(lemma.replace(/_/g, ' '));
  const seedWords = new Set((seeds as readonly string[]).filter((x) => !x.includes('#')).map(seedWord));
  const out = new Set<string>();
  for (const seed of seeds as readonly string[]) {
    const m = /^(.+)\.([nvar])(?:([:#])(\d+))?(~~?)?$/.exec(seed);
    if (!m) continue; // `word.=`: used as written
    const [, lemma, p, how, k, kinds] = m as unknown as [string, string, Pos, string | undefined, string | undefined, string | undefined];
    // Kinds of it: a verb's troponyms ("flog", "cane" under "whip") always, a noun's hyponyms only
    // when the seed asks (`~`): noun hyponyms run to long tails (every drug under "medication").
    const pos = p;
    const hyponyms = pos === 'v' || kinds !== undefined;
    // `#k`: the k-th sense alone, and not the seed word itself (round 11).
    if (how !== '#') for (const f of forms(lemma, pos)) if (!STOP_FORMS.has(f)) out.add(f);
    const senses = index[pos].get(lemma) ?? [];
    const offsets = how === '#' ? senses.slice(Number(k) - 1, Number(k)) : senses.slice(0, Number(k ?? 1));
    if (offsets.length === 0 && k !== '0') console.warn(`${cls}: ${seed} not in WordNet`);
    const reached: [string, Pos][] = [];
    // `~~` (round 11): kinds of kinds, at every depth, each word kept only when the kind is its
    // first sense ("shotgun" under "firearm" under "gun" under "weapon").
    if (kinds === '~~') {
      const seen = new Set<string>();
      const walk = (off: string): void => {
        for (const ptr of data[pos].get(off)!.ptrs) {
          if (ptr.sym !== '~' || seen.has(ptr.off)) continue;
          seen.add(ptr.off);
          for (const w of data[pos].get(ptr.off)!.words) if (ownSense(w, pos, ptr.off, 1)) reached.push([w, pos]);
          walk(ptr.off);
        }
      };
      for (const off of offsets) walk(off);
    }
    for (const off of offsets) {
      const syn = data[pos].get(off)!;
      // Synonyms, and the seed's own derivationally related forms.
      for (const w of syn.words) if (ownSense(w, pos, off)) reached.push([w, pos]);
      const seedNo = syn.words.indexOf(lemma) + 1;
      for (const ptr of syn.ptrs) {
        const target = data[ptr.pos].get(ptr.off);
        if (!target) continue;
        if (ptr.sym === '+' && (ptr.src === seedNo || ptr.src === 0)) {
          const w = ptr.tgt ? target.words[ptr.tgt - 1]! : undefined;
          if (w && ownSense(w, ptr.pos, ptr.off)) reached.push([w, ptr.pos]);
        }
        // Kinds of it (hyponyms; a verb's troponyms) and an adjective's satellites.
        // A kind of it must be the word's first sense: "fish" and "croquet" are kinds of hitting
        // only in a sense nobody means in a session.
        if ((ptr.sym === '~' && hyponyms) || (pos === 'a' && ptr.sym === '&')) {
          for (const w of target.words) if (ownSense(w, ptr.pos, ptr.off, 1)) reached.push([w, ptr.pos]);
        }
      }
    }
    for (const [w, wp] of reached) {
      if (stopped(w)) continue;
      for (const f of forms(w, wp)) if (ACCEPT.test(f) && !STOP_ALL.has(f) && !stopClass.has(f) && !STOP_FORMS.has(f)) out.add(f);
    }
  }
  const extra = [...out].filter((w) => !seedWords.has(w)).sort();
  total += extra.length;
  lines.push([cls, ...extra].join('\t'));
}
const header = [
  '# Sensitive-topic concept classes expanded from Princeton WordNet 3.0 (Debian wordnet-base).',
  '# Derived by scripts/build-topic-concepts.ts from the seeds in src/deid/topics/concepts.ts; do not edit by hand.',
  '# WordNet 3.0 Copyright 2006 by Princeton University; licence: resources/dicts/licenses/wordnet-3.0.LICENSE.txt',
  '# One line per class: the class name, then its words and phrases, tab-separated.',
];
writeFileSync(join(repo, 'resources', 'dicts', 'topic-concepts.txt'), `${[...header, ...lines].join('\n')}\n`);
console.log(`topic-concepts.txt: ${total} words and phrases over ${lines.length} classes`);
