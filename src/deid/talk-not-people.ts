// Words the name rules read as people that are not (R36, talk precision, round talkb).
//
// 1. A pet's name is no identifier of a person. Counselling talk
// is full of them ("our dog Biscuit", "my cat Pickles sleeps on my chest", "Cooper, our puppy,
// chewed up my meds"), and pets take people's names: "Charlie", "Luna", "Bear", "Duchess". The
// name rules read a capitalised word beside a possessive or a relation as a person; here a word
// that an animal noun introduces, or that an animal noun follows in apposition, is the animal's.
// Only the kind words say so: the name itself is never looked up.

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
  return ANIMAL_GATE_RE.test(text);
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
