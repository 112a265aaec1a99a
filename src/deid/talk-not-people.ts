// Words the name rules read as people that are not (R36, talk precision, round talkb).
//
// 1. A pet's name is no identifier of a person. Counselling talk
// is full of them ("our dog Biscuit", "my cat Pickles sleeps on my chest", "Cooper, our puppy,
// chewed up my meds"), and pets take people's names: "Charlie", "Luna", "Bear", "Duchess". The
// name rules read a capitalised word beside a possessive or a relation as a person; here a word
// that an animal noun introduces, or that an animal noun follows in apposition, is the animal's.
// Only the kind words say so: the name itself is never looked up.

import { testAnywhere } from './scan.ts';

// Animals people keep, and the breed words they call them by.
const ANIMALS =
  'dog|dogs|doggy|doggo|pup|puppy|puppies|cat|cats|kitty|kitten|kittens|lab|labrador|retriever|terrier|poodle|pitbull|pittie|beagle|boxer|husky|shepherd|collie|corgi|dachshund|chihuahua|mutt|hound|horse|pony|mare|gelding|hamster|gerbil|guinea pig|rabbit|bunny|parrot|parakeet|budgie|cockatiel|bird|fish|goldfish|betta|gecko|lizard|snake|turtle|tortoise|ferret|rat|mouse|hedgehog|chinchilla|goat|pig|cow|chicken|hen|rooster';
const OWNER = String.raw`(?:my|our|his|her|their|your|the|a|mom's|mum's|dad's|grandma's|grandpa's|sister's|brother's|son's|daughter's)`;
// "our dog Biscuit", "my old cat, Pickles", "the family horse Duchess": owner, a word or two, the animal.
const ANIMAL_BEFORE_RE = new RegExp(String.raw`\b${OWNER}(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:${ANIMALS})[ \t]*,?[ \t]*(?:named[ \t]+|called[ \t]+)?$`, 'i');
// "Cooper, our puppy, …", "Noodle the hamster": the animal in apposition after the name. (Without
// the comma only where the name opens its sentence, "cooper our puppy chewed …": "I told Sam my dog
// was sick" is a person told.)
const ANIMAL_AFTER_RE = new RegExp(String.raw`^(?:[ \t]*,[ \t]*${OWNER}|[ \t]+the)(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:${ANIMALS})\b`, 'i');
const ANIMAL_GATE_RE = new RegExp(String.raw`\b(?:${ANIMALS})\b`, 'i');

/** Whether the text mentions a kept animal at all (one test per text before any span is read). */
export function mentionsAnimal(text: string): boolean {
  return testAnywhere(ANIMAL_GATE_RE, text);
}

/** Whether the name-like word at start..end is a pet's name by the animal noun beside it. */
const ANIMAL_AFTER_BARE_RE = new RegExp(String.raw`^[ \t]+${OWNER}(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:${ANIMALS})\b`, 'i');
const SENTENCE_OPEN_RE = /(?:^|[.!?:\n][ \t]*)$/;

export function isPetName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return (
    ANIMAL_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start)) ||
    ANIMAL_AFTER_RE.test(after) ||
    (ANIMAL_AFTER_BARE_RE.test(after) && SENTENCE_OPEN_RE.test(text.slice(Math.max(0, start - 3), start)))
  );
}

// 2. A person's name takes no definite article: "the Juul was the last thing I quit", "he did the
//    Heimlich on me". A word right after "the" (or "this", "that", "some") is a thing, a brand or an
//    eponym, whatever list it is on. Families and houses keep their article ("the Okafor family",
//    "the Delgados", "at the Whitfield place"), so a name with one of those after it, or in the
//    plural, stays a name. ("A" is left out: "my sister married a Kowalski" is a family's name.)
const ARTICLE_BEFORE_RE = /(?:^|[^\p{L}\p{N}'’])(?:the|this|that|some)[ \t]+$/iu;
const FAMILY_AFTER_RE = /^(?:['’]s?|s\b|[ \t]+(?:family|families|household|twins|brothers|sisters|boys|girls|kids|children|house|home|residence|place|farm|clan|estate)\b)/i;

// (One capitalised word only, and not the first word of a longer proper noun: "THE
// KEELEY HOUSE", "the Rusty Anchor", "the Whitfield Center" are places.)
const NEXT_CAPITAL_RE = /^[ \t]+\p{Lu}/u;

/** Whether the one-word name at start..end follows "the" (or "this", "that", "some") directly, and is no family's or place's name. */
export function afterArticle(text: string, start: number, end: number): boolean {
  if (!ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, start - 10), start))) return false;
  const word = text.slice(start, end);
  // (Written with a capital then lower case: in a note typed all in one case, "the towson …", the
  // case tells nothing.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const after = text.slice(end, end + 16);
  return !FAMILY_AFTER_RE.test(after) && !NEXT_CAPITAL_RE.test(after);
}

// 3. R35 talk8: products named after people and places. Counselling talk about smoking, drinking and
//    money names what people buy by its brand, and many brands are a person's or a town's name:
//    "Virginia Slims", "Bud Light", "Marlboro Lights", "Newport menthols", "Jack Daniels", "Wells
//    Fargo". A name or place right before a product's kind word ("Lights", "menthols", "Bank",
//    "whiskey") is the product; a short list holds the brands that carry no kind word, each written
//    whole (two words or a possessive), never a single given name or town alone.
const PRODUCT_AFTER_RE =
  /^(?:['’]s)?[ \t]+(?:Lights?|Lites?|Ultra|Slims|Reds|Golds|Blues|Menthols?|Shorts|100s|Ice|Bank|Whiske?y|Bourbon|Vodka|Rum|Gin|Tequila|Lager|Ale|Seltzers?|Hard[ \t]+Lemonade|menthols?|lights|reds|slims|shorts|cigarettes|cigs|smokes|cigars|whiske?y|bourbon|vodka|rum|tequila|beers?|seltzers?|tall[ \t]?boys?|pods|vapes?)\b/;
const PRODUCT_WORD_END_RE = /[ \t](?:Lights?|Lites?|Slims|Menthols?|Bank|Whiske?y|Bourbon|Vodka|Rum)$/;
const BRANDS_RE =
  /\b(?:Jack[ \t]+Daniel['’]?s|Jim[ \t]+Beam|Johnnie[ \t]+Walker|Captain[ \t]+Morgan|Jose[ \t]+Cuervo|Sam(?:uel)?[ \t]+Adams|Crown[ \t]+Royal|Evan[ \t]+Williams|Natty[ \t]+(?:Light|Ice|Daddy)|Mike['’]s[ \t]+Hard|Pall[ \t]+Mall|American[ \t]+Spirits?|Black[ \t]+(?:&|and|n)[ \t]+Milds?|Swisher[ \t]+Sweets|Wells[ \t]+Fargo|Bank[ \t]+of[ \t]+America|Capital[ \t]+One|Wendy['’]s|Dunkin['’]?(?:[ \t]+Donuts)?|Chick-fil-A|Taco[ \t]+Bell|Burger[ \t]+King|Dairy[ \t]+Queen|Papa[ \t]+John['’]s|Little[ \t]+Caesars|Jimmy[ \t]+John['’]s|Arby['’]s|McDonald['’]s|Denny['’]s|Applebee['’]s|Trader[ \t]+Joe['’]s|Dollar[ \t]+General|Family[ \t]+Dollar|Home[ \t]+Depot|Dr\.?[ \t]+Pepper|Mountain[ \t]+Dew|Red[ \t]+Bull|Elf[ \t]+Bar|Puff[ \t]+Bar)(?![\p{L}])/gu;
// (Every word of a listed brand, tested on a name span's own text before the text is searched.)
const BRAND_GATE_RE = /Jack|Daniel|Jim|Beam|Johnnie|Walker|Captain|Morgan|Jose|Cuervo|Sam|Adams|Crown|Royal|Evan|Williams|Natty|Mike|Hard|Pall|Mall|American|Spirit|Black|Mild|Swisher|Sweets|Wells|Fargo|Bank|America|Capital|One|Wendy|Dunkin|Donuts|Chick|Taco|Bell|Burger|King|Dairy|Queen|Papa|John|Little|Caesars|Jimmy|Arby|McDonald|Denny|Applebee|Trader|Joe|Dollar|General|Family|Home|Depot|Dr|Pepper|Mountain|Dew|Red|Bull|Elf|Puff|Bar/;

/** Where a brand written whole stands in `text` (start, end pairs). */
export function brandSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  BRANDS_RE.lastIndex = 0;
  for (let m = BRANDS_RE.exec(text); m !== null; m = BRANDS_RE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Whether the name or place at start..end is a product: a kind word after it or ending it, or inside
 * a listed brand. `brands` is asked (once per text, by the caller) only for a span holding one of a
 * brand's words.
 */
export function isProduct(text: string, start: number, end: number, brands: () => Array<[number, number]>): boolean {
  // (Capitalised only: in a lower-case chat line the case tells nothing either way.)
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  if (isCar(text, start, end)) return true;
  if (PRODUCT_AFTER_RE.test(text.slice(end, end + 24)) || PRODUCT_WORD_END_RE.test(text.slice(start, end))) return true;
  return BRAND_GATE_RE.test(text.slice(start, end)) && brands().some(([s, e]) => s <= start && end <= e);
}

// 4. R35 talk9: a car's make or model is no person ("I drive a Ford", "an old Dodge", "a maroon Camry",
//    "Chevy, Toyota, whatever"): one of them after an article, a possessive, a colour, age or a verb of
//    owning or driving, before a vehicle noun, or beside another make.
const CARS = new Set([
  'Ford', 'Dodge', 'Chevy', 'Chevrolet', 'Toyota', 'Honda', 'Nissan', 'Hyundai', 'Kia', 'Mazda', 'Subaru', 'Volvo', 'Audi', 'Buick', 'Lincoln', 'Cadillac',
  'Chrysler', 'Pontiac', 'Jeep', 'Tesla', 'Mercedes', 'Lexus', 'Acura', 'Infiniti', 'Mitsubishi', 'Volkswagen', 'Saturn', 'Oldsmobile', 'Mercury', 'Plymouth',
  'Camry', 'Corolla', 'Civic', 'Accord', 'Altima', 'Sentra', 'Prius', 'Tacoma', 'Tundra', 'Silverado', 'Impala', 'Malibu', 'Camaro', 'Corvette', 'Mustang',
  'Explorer', 'Ranger', 'Wrangler', 'Cherokee', 'Outback', 'Forester', 'Elantra', 'Sonata', 'Odyssey', 'Sienna', 'Taurus', 'Escalade', 'Tahoe', 'Suburban',
]);
const CAR_BEFORE_RE = /\b(?:a|an|my|his|her|their|our|your|the|old|new|used|beat-up|rusty|little|big|red|blue|green|black|white|silver|grey|gray|maroon|beige|gold|brown|drive|drives|drove|driving|bought|buy|sold|sell|got|crashed|wrecked|totaled|totalled|borrowed|stole|rented)[ \t]+$/i;
const CAR_AFTER_RE = /^[ \t]+(?:truck|pickup|car|van|minivan|sedan|suv|hatchback|dealership|dealer|wagon|coupe|convertible)\b/i;
function isCar(text: string, start: number, end: number): boolean {
  if (!CARS.has(text.slice(start, end))) return false;
  if (CAR_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start)) || CAR_AFTER_RE.test(text.slice(end, end + 16))) return true;
  // Beside another make: "Chevy, Toyota, whatever".
  const near = text.slice(Math.max(0, start - 24), end + 24);
  let n = 0;
  for (const w of near.match(/\b[A-Z][a-z]+\b/g) ?? []) if (CARS.has(w)) n++;
  return n >= 2;
}
