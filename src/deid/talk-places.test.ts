// R35: towns, cities and neighbourhoods in counselling talk (talk-places.ts), in our own invented
// sentences (no corpus text): a place at the start of a sentence, after motion verbs and "from",
// before words the medical vocabulary also holds, in lists and possessives, with fillers; and
// capitalised words that are towns too but here are ordinary words, drugs or people.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const spans = (text: string): { word: string; type: string }[] =>
  detect(text).map((s) => ({ word: text.slice(s.start, s.end), type: s.type }));

// Each sentence with the places it names (a possessive "'s" may stay on the span).
const PLACES: readonly [string, readonly string[]][] = [
  ["Corvallis is quiet. Rain all the time.", ["Corvallis"]],
  ["Fresno was better.", ["Fresno"]],
  ["He drove down to Galveston for the weekend.", ["Galveston"]],
  ["My aunt from Duluth called.", ["Duluth"]],
  ["She takes the bus to Midtown every day.", ["Midtown"]],
  ["I grew up outside Tulsa and never went back.", ["Tulsa"]],
  ["Denver's where my brother lives now.", ["Denver"]],
  ["We lived in Tulsa and Wichita before that.", ["Tulsa", "Wichita"]],
  ["Um, so, Boise, yeah, that's where it all started.", ["Boise"]],
  ["We drove up to Spokane last summer.", ["Spokane"]],
  ["My mom is out in Tacoma now.", ["Tacoma"]],
  ["Back home in Omaha nobody talks about this stuff.", ["Omaha"]],
  ["Sacramento felt lonely after the divorce.", ["Sacramento"]],
  ["I flew to Albuquerque for the funeral.", ["Albuquerque"]],
  ["He moved back to Pittsburgh in the spring.", ["Pittsburgh"]],
  ["Like, Chattanooga is just too small for me.", ["Chattanooga"]],
  ["You know, Milwaukee winters really get to me.", ["Milwaukee"]],
  ["The move from Scranton was hard.", ["Scranton"]],
  ["I hate driving through Bakersfield.", ["Bakersfield"]],
  ["My sister is still in Poughkeepsie with the kids.", ["Poughkeepsie"]],
  ["Sarasota, that's where my grandparents retired.", ["Sarasota"]],
  ["We went down to Lubbock for Thanksgiving.", ["Lubbock"]],
  ["I'm from Amarillo originally.", ["Amarillo"]],
  ["Savannah was beautiful but I couldn't afford it.", ["Savannah"]],
  ["Cincinnati is where I got sober.", ["Cincinnati"]],
  ["He got a job up in Anchorage.", ["Anchorage"]],
  ["And then we moved to Tucson, and it was hot, like, all the time.", ["Tucson"]],
  ["Worcester's a rough town if you don't know anyone.", ["Worcester"]],
  ["My dad still lives near Knoxville.", ["Knoxville"]],
  ["She went to school in Flagstaff.", ["Flagstaff"]],
  ["I think Syracuse was the worst year of my life.", ["Syracuse"]],
  ["My cousins from Allentown came for the wedding.", ["Allentown"]],
  ["We're driving to Eugene on Friday.", ["Eugene"]],
  ["Kalamazoo? Yeah, I lived there for two years.", ["Kalamazoo"]],
  ["I miss Dayton sometimes.", ["Dayton"]],
  ["I keep thinking about going back to Modesto.", ["Modesto"]],
  ["Reno was a mistake.", ["Reno"]],
  ["Uh, Toledo, I guess, is home.", ["Toledo"]],
  ["My ex still lives in Brooklyn.", ["Brooklyn"]],
  ["She grew up in Harlem.", ["Harlem"]],
  ["He has an apartment in Buckhead now.", ["Buckhead"]],
  ["Wichita has nothing for me anymore.", ["Wichita"]],
  ["My parents drove over from Topeka.", ["Topeka"]],
  ["I got the call while I was in Shreveport.", ["Shreveport"]],
  ["Lansing is where I went to college.", ["Lansing"]],
  ["It was cold in Fargo, so cold.", ["Fargo"]],
  ["We talked about moving to Missoula.", ["Missoula"]],
  ["Ithaca was peaceful, I liked it there.", ["Ithaca"]],
  ["I commute from Hoboken every day.", ["Hoboken"]],
  ["Yonkers, that's where my mom's family is from.", ["Yonkers"]],
  ["My boss lives in Scottsdale.", ["Scottsdale"]],
  ["I was in Tallahassee when it happened.", ["Tallahassee"]],
  ["Oakland's changed a lot since I was a kid.", ["Oakland"]],
  ["Things were better back in Fresno.", ["Fresno"]],
  ["My grandma in Akron is sick.", ["Akron"]],
  ["I left Tempe after graduation.", ["Tempe"]],
  ["Gainesville is a college town, you know.", ["Gainesville"]],
  ["So we packed up and headed to Pensacola.", ["Pensacola"]],
  ["I still dream about Roanoke.", ["Roanoke"]],
  ["We stopped in Cheyenne on the way.", ["Cheyenne"]],
  ["Mm-hmm, Durango, yeah. It was nice.", ["Durango"]],
  ["Asheville's expensive now.", ["Asheville"]],
  ["I was working in Burbank at the time.", ["Burbank"]],
  ["He's been staying with friends in Stockton.", ["Stockton"]],
  ["My in-laws are in Naperville.", ["Naperville"]],
  ["I grew up near Evanston, by the lake.", ["Evanston"]],
  ["Bozeman is where I finally felt free.", ["Bozeman"]],
  ["My kids are in Wilmington with their dad.", ["Wilmington"]],
  ["She moved out to Ypsilanti last year.", ["Ypsilanti"]],
  ["Lexington was fine, honestly.", ["Lexington"]],
  ["We went up to Sheboygan to see my uncle.", ["Sheboygan"]],
  ["My whole family is in Hialeah.", ["Hialeah"]],
  ["I think about Pasadena a lot.", ["Pasadena"]],
  ["Chicago and Detroit, we lived in both.", ["Chicago", "Detroit"]],
  ["I was born in Tulsa.", ["Tulsa"]],
  ["Dubuque is boring but safe.", ["Dubuque"]],
  ["My brother drove me to Oshkosh.", ["Oshkosh"]],
  ["We have a little place in Petaluma.", ["Petaluma"]],
  ["Cleveland was where things fell apart.", ["Cleveland"]],
];

// Capitalised words that a gazetteer also lists as towns (Mobile AL, Reading PA, Normal IL, Bend OR,
// Hemlock, Cadet, Derby, Kite …) or that follow "to/from" as drugs and bands: nothing to redact.
const WORDS: readonly string[] = [
  "Mobile phones are a big trigger for me.",
  "Reading helps me calm down at night.",
  "Orange is my favourite colour.",
  "Normal is not a word I use about my family.",
  "Bend your knees when you lift.",
  "Hygiene has been hard since the depression started.",
  "Severance was generous, but I still feel lost.",
  "Honestly, I don't know what to say.",
  "Basically it was fine.",
  "Anyway, we argued again.",
  "Marathon training keeps me sane.",
  "Anchor yourself in the present moment.",
  "Hemlock is poisonous, my dad used to say.",
  "Climax of the whole fight was when he left.",
  "Whatever, it doesn't matter.",
  "Everything changed after that.",
  "Sometimes I just sit in the car.",
  "Premier League is all he watches.",
  "Derby day is always loud at the pub.",
  "Twilight is the worst time of day for me.",
  "Canvas bags everywhere in the kitchen.",
  "Kite flying with the kids was nice.",
  "Mulberry trees in the yard.",
  "Calcium supplements, the doctor said.",
  "Lotus position hurts my back.",
  "Cadet school was rough.",
  "Parachute jumping is on my list.",
  "Platinum blonde, that's her thing.",
  "Republic of what, I asked.",
  "Therapy is helping, I think.",
  "Mindfulness feels silly to me.",
  "Panic attacks every morning this week.",
  "Medication makes me tired.",
  "Cucumber sandwiches at the party.",
  "Bodega cats are the best.",
  "Limestone walls around the garden.",
  "I started Reading again, like real books.",
  "My phone is Mobile, obviously.",
  "Alcohol was the problem.",
  "Divorce papers came Tuesday.",
  "Church was a safe place for me.",
  "Recovery is slow.",
  "Work has been stressful.",
  "Dinner was awkward.",
  "Saturday we went hiking.",
  "Christmas is hard for me.",
  "English is my second language.",
  "I speak Spanish at home.",
  "We switched to Spanish halfway through.",
  "He converted to Buddhism last year.",
  "The move to Zoloft helped.",
  "She switched from Lexapro to Wellbutrin.",
  "We talked about it in Therapy.",
  "I listen to Metallica when I'm angry.",
  "Mobile home parks are cheap around here.",
  "Reading the letter made me cry.",
  "Bend, stretch, breathe, that's the routine.",
  "Normal people don't feel like this, right?",
  "Orange juice and toast every morning.",
  "Harmony is what I want at home.",
  "Trust takes time.",
  "Commerce classes were boring.",
  "Independence matters to me.",
  "Liberty is what he calls it.",
  "Justice for my brother, that's all.",
  "Paradise it was not.",
  "Progress is slow but real.",
  "Friendship is hard for me.",
  "Sunrise walks help.",
  "Prosperity gospel, my mom loves it.",
  "Unity church on Sundays.",
  "Loyalty means everything to him.",
  "Lasix 40 was started.",
  "He switched to Lexapro last month.",
];

// Town names that are people here: a first name at the start of a sentence, a title or relation before.
const PEOPLE: readonly string[] = [
  "Jackson said he would call me back.",
  "Victoria is my older sister.",
  "Florence came over for dinner.",
  "My therapist, Dr. Lansing, moved offices.",
  "My cousin Tulsa is visiting.",
];

describe('R35 places in counselling talk', () => {
  it.each(PLACES)('R35 takes the place in %j', (text, places) => {
    const found = spans(text);
    for (const p of places) expect(found.some((s) => s.word === p || s.word === `${p}'s`), `${p} in ${JSON.stringify(found)}`).toBe(true);
  });
  it('R35 marks a town at the start of a sentence and before "called"/"for" as a place, not a person', () => {
    expect(spans('Fresno was better.')).toEqual([{ word: 'Fresno', type: 'GEO' }]);
    expect(spans('Corvallis is quiet. Rain all the time.')).toEqual([{ word: 'Corvallis', type: 'GEO' }]);
    expect(spans('My aunt from Duluth called.')).toEqual([{ word: 'Duluth', type: 'GEO' }]);
    expect(spans('He drove down to Galveston for the weekend.')).toEqual([{ word: 'Galveston', type: 'GEO' }]);
    expect(spans('She takes the bus to Midtown every day.')).toEqual([{ word: 'Midtown', type: 'GEO' }]);
  });
  it('R35 takes a town after a speaker label, and a lower-case town after a verb of moving or living', () => {
    expect(spans('CLIENT: Fresno was better, honestly.')).toEqual([{ word: 'Fresno', type: 'GEO' }]);
    expect(spans('[00:12:04] Client: Wichita, I think, was the last place.')).toEqual([{ word: 'Wichita', type: 'GEO' }]);
    expect(spans('THERAPIST: And where was that? CLIENT: Corvallis.')).toEqual([{ word: 'Corvallis', type: 'GEO' }]);
    expect(spans('we moved back to fresno after that')).toEqual([{ word: 'fresno', type: 'GEO' }]);
    expect(spans('she lives in duluth for now')).toEqual([{ word: 'duluth', type: 'GEO' }]);
    // (Lower-case words that are towns too, or no town at all, after the same verbs.)
    expect(spans('we moved on to reading after that')).toEqual([]);
    expect(spans('i moved to denial pretty fast')).toEqual([]);
    expect(spans('we lived in fear back then')).toEqual([]);
  });
  it.each(WORDS)('R35 keeps the ordinary words of %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
  it.each(PEOPLE)('R35 reads the town name in %j as a person, not a place', (text) => {
    expect(spans(text).filter((s) => s.type === 'GEO')).toEqual([]);
  });
});
