// The word lists behind claim verification (issue 15): clinical shorthand, paraphrase classes,
// the NegEx/ConText trigger families, and the mutually exclusive "axes" (up/down, better/worse,
// started/stopped, done/not done) whose values contradict each other. All written for Tacet.
import { REGISTER_PHRASES } from './equivalence.ts';

/** Shorthand written in capitals, expanded before anything else (case-sensitive, word-bounded). */
export const CASED_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  // Vital signs, labs and sleep-diary measures, written out the way a prose note would ("HR 82"
  // is a heart rate only before a number: "a complaint with HR" is human resources).
  [/\bBP\b(?=:?\s*\d)/g, 'blood pressure'],
  [/\bHR\b(?=:?\s*\d)/g, 'heart rate'],
  [/\bTSH\b/g, 'thyroid'],
  [/\bCBC\b/g, 'blood count'],
  [/\bSOL\b/g, 'sleep onset latency'],
  [/\bWASO\b/g, 'wake after sleep onset'],
  [/\bTST\b/g, 'total sleep time'],
  [/\bTIB\b/g, 'time in bed'],
  [/\bESA\b/g, 'emotional support animal'],
  [/\bERP\b/g, 'exposure and response prevention'],
  [/\bSUDS\b/g, 'distress rating'],
  [/\bUDS\b/g, 'urine drug screen'],
  [/\bPCP\b/g, 'primary care'],
  [/\bWNL\b|\bwnl\b/g, 'within normal limits'],
  [/\bS\.?I\.?(?=\b|\/)/g, 'suicidal ideation'],
  [/(?<=\b|\/)H\.?I\.?\b/g, 'homicidal ideation'],
  [/\bSH\b/g, 'self harm'],
  [/\bNSSI\b/g, 'self harm'],
  [/\bAVH\b/g, 'auditory and visual hallucinations'],
  [/\bAH\b/g, 'auditory hallucinations'],
  [/(?<=\b|\/)VH\b/g, 'visual hallucinations'],
  [/\bLi\b/g, 'lithium'],
  [/\b(?:ER|XR|XL)\b/g, 'extended release'],
  [/\bHW\b/g, 'homework'],
  [/\bMDD\b/g, 'major depressive disorder'],
  [/\bGAD\b(?!-)/g, 'generalized anxiety disorder'],
  [/\bIPV\b/g, 'intimate partner violence'],
  [/\bDV\b/g, 'domestic violence'],
  [/\bETOH\b/gi, 'alcohol'],
  [/\bAA\b/g, 'alcoholics anonymous'],
  [/\bSUDS\b/g, 'subjective units of distress'],
  [/\bMSE\b/g, 'mental status exam'],
  [/\bBA\b/g, 'behavioral activation'],
  [/\bPMR\b/g, 'progressive muscle relaxation'],
  [/\bTIB\b/g, 'time in bed'],
  [/\bUDS\b/g, 'urine drug screen'],
  // (After a dose on a medication line, "OD" is once daily, not an overdose: "aripiprazole 10mg OD";
  // never after a verb of taking, "took 20 mg OD" stays an overdose. Round vfa.)
  [/(?<!\b(?:took|taken|take|takes|taking|swallowed|ingested)\s+)\b(?!(?:took|taken|take|takes|taking|swallowed|ingested)\b)([A-Za-z]{4,}\s+\d+(?:\.\d+)?\s?(?:mg|mcg|ml))\s?OD\b(?!\s+(?:of|on|with|attempt))/g, '$1 once daily'],
  [/\bOD\b/g, 'overdose'],
  [/\bSA\b/g, 'suicide attempt'],
  [/\bPCP\b/g, 'primary care'],
  [/\bRTC\b/g, 'return to clinic'],
  // Laboratory and specialist shorthand a draft spells out ("creatinine 0.9", "her obstetrician").
  [/\bCr\b(?=\s*(?:[:=]\s*)?\d)/g, 'creatinine'],
  [/\bOB(?:\/GYN)?\b/g, 'obstetrician'],
  [/\bEPDS\b/g, 'edinburgh postnatal depression scale'],
  // Cognitive testing indices a feedback draft spells out ("full-scale IQ of 104").
  [/\bFSIQ\b/g, 'full scale iq'],
  [/\bVCI\b/g, 'verbal comprehension index'],
  [/\bWMI\b/g, 'working memory index'],
  [/\bPSI\b/g, 'processing speed index'],
  [/\bPRI\b/g, 'perceptual reasoning index'],
  [/\bMI\b/g, 'motivational interviewing'],
  [/\bNA\b/g, 'narcotics anonymous meeting'],
  [/\bGA\b/g, 'gamblers anonymous meeting'],
  [/\bMon\b\.?/g, 'monday'],
  [/\bTues?\b\.?/g, 'tuesday'],
  [/\bWed\b\.?/g, 'wednesday'],
  [/\bThu(?:rs?)?\b\.?/g, 'thursday'],
  [/\bFri\b\.?/g, 'friday'],
  [/\bSat\b\.?/g, 'saturday'],
  [/\bSun\b\.?/g, 'sunday'],
  [/\bJan\b\.?/g, 'january'],
  [/\bFeb\b\.?/g, 'february'],
  [/\bAug\b\.?/g, 'august'],
  [/\bSept?\b\.?/g, 'september'],
  [/\bOct\b\.?/g, 'october'],
  [/\bNov\b\.?/g, 'november'],
  [/\bDec\b\.?/g, 'december'],
];

/** Shorthand in any case, with the symbols clinicians type. Applied to lower-cased text. */
export const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  // "SUDS 70 → 40" is a change from one value to the other.
  [/(\d+(?:\.\d+)?(?:\s?\/\s?10)?)\s*(?:→|->|=>)/g, ' from $1 to '],
  [/\brelapse[- ]prevention\b/g, ' relapseprevention '],
  // Units written out are their symbols: a dose or a rate is the same claim in either form.
  [/\bmilligrams?\b/g, ' mg '],
  [/\bmicrograms?\b/g, ' mcg '],
  [/\bmillilit(?:re|er)s?\b/g, ' ml '],
  [/\bbeats (?:per|a) minute\b/g, ' bpm '],
  [/↑/g, ' increased '],
  [/↓/g, ' decreased '],
  [/(?:→|->|=>)/g, ' to '],
  [/[~≈]/g, ' about '],
  [/&/g, ' and '],
  // Fractions of an hour are minutes ("a quarter of an hour" = "15 min"); "once more" repeats, it counts nothing.
  [/\b(?:a |one )?quarter(?: of an |[- ])hour\b/g, ' 15 minutes '],
  [/\b(?:a |one )?half(?: an |[- ])hour\b/g, ' 30 minutes '],
  [/\b(?:an|one) hour and a half\b/g, ' 90 minutes '],
  // Fractions of a year are months ("half a year" = "6 months").
  [/\b(?:half a year|a half year|six months' time)\b/g, ' 6 months '],
  [/\b(?:a|one) year and a half\b/g, ' 18 months '],
  [/\bonce (?:more|again)\b/g, ' again '],
  // Ward shorthand: "obs reduced to general" are the nursing observations.
  [/\bobs\b/g, ' observations '],
  [/\bw\/o\b/g, ' without '],
  [/\bw\//g, ' with '],
  [/\bb\/c\b/g, ' because '],
  [/\by\/o\b|\byo\b/g, ' year old '],
  [/\br\/o\b/g, ' rule out '],
  // "?autism", "Dx: ?ADHD": a question mark before a word queries it.
  [/(^|[\s:(])\?(?=[a-z])/gi, '$1 query '],
  [/\bf\/u\b/g, ' follow up '],
  [/\bh\/o\b/g, ' history of '],
  [/\bc\/o\b/g, ' complains of '],
  [/\bs\/p\b/g, ' status post '],
  [/\bq(\d+)\s?(?:wks?|weeks?)\b/g, ' every $1 weeks '],
  [/\b(?:biweekly|fortnightly|every other week)\b/g, ' every 2 weeks '],
  // A fortnight is two weeks, whichever way a count of them is written.
  [/\b(?:a|one) fortnight\b/g, ' 2 weeks '],
  [/\bfortnight\b/g, ' 2 weeks '],
  [/\bevery other\b/g, ' every 2 '],
  [/\bqhs\b/g, ' at bedtime '],
  [/\bqd\b|\bqday\b/g, ' daily '],
  [/\bbid\b/g, ' 2 times daily '],
  // British prescription shorthand (round vfa): "bd" twice a day; "4/52", "3/12", "5/7" for weeks,
  // months and days ("/12" only after a word of timing, where it cannot be a date).
  [/(\d\s?(?:mg|mcg|ml|g)\s?|\b)bd\b/g, '$1 2 times daily '],
  [/\b(\d{1,2})\s?\/\s?52\b/g, ' $1 weeks '],
  [/\b(review|follow up|f\/u|in|for|every|after|within|over|level)\s+(\d{1,2})\s?\/\s?12\b/g, ' $1 $2 months '],
  [/\b([1-6])\s?\/\s?7\b/g, ' $1 days '],
  [/\btid\b/g, ' 3 times daily '],
  [/\bprn\b/g, ' as needed '],
  // "oriented x3" is the mental status shorthand for oriented to person, place and time.
  [/\boriented\s*(?:x|×)\s?3\b/g, ' oriented to person place and time '],
  [/\bx\s?(\d+)\b/g, ' $1 times '],
  [/\b(\d+)\s?x\b/g, ' $1 times '],
  [/\/\s?(?:wk|week)\b/g, ' per week '],
  [/\/\s?(?:day|d)\b/g, ' per day '],
  [/\/\s?(?:night)\b/g, ' per night '],
  [/(\d)\s?\/\s?10\b/g, '$1 out of 10'],
  [/(\d)\s?-\s?(\d)/g, '$1 to $2'],
  [/(\d)%/g, '$1 percent'],
  [/\b(?:pt|pts|cl|clt|pt's)\b/g, ' client '],
  [/\bhx\b/g, ' history '],
  // ("d/c" is also "discontinue": only "at d/c" is the discharge.)
  [/\bat d\/c\b/g, ' at discharge '],
  [/\bd\/t\b/g, ' due to '],
  // ("100mg qhs d/c'd": after a dose, it is the medication that was discontinued.)
  [/(\d\s?(?:mg|mcg|g|ml)\b(?:\s+[a-z]+){0,2}\s+)d\/c(?:'?d|ed)?(?=\s|$|[.,;])/g, '$1 discontinued '],
  [/\bdx\b/g, ' diagnosis '],
  [/\btx\b/g, ' treatment '],
  [/\brx\b/g, ' prescription '],
  [/\bsx\b/g, ' symptoms '],
  [/\bmeds?\b/g, ' medication '],
  [/\bcont\b\.?/g, ' continue '],
  [/\bappt\b\.?/g, ' appointment '],
  [/\bwks?\b/g, ' weeks '],
  [/\bmins?\b/g, ' minutes '],
  [/(\d)\s*hrs?\b/g, '$1 hours '],
  [/\bmos?\b(?=\s*(?:ago|$|[.,;]))/g, ' months '],
  [/\bapprox\b\.?/g, ' about '],
  [/\bbehaviour/g, 'behavior'],
  [/\bwt\b/g, ' weight '],
  // "lost her brother to suicide": the brother died.
  [/\blost (his|her|their) (mother|father|brother|sister|son|daughter|husband|wife|partner|friend|child|baby|grandmother|grandfather)\b/g, ' $1 $2 died '],
  [/\b([a-z]+)[- ]free\b/g, ' free of $1 '],
  [/\b(?:drinks?|drinking|drank)\s+(?:(?:a|more|less|some|any)\s+)?(coffee|tea|water|soda|juice|caffeine|energy drinks?)\b/g, ' $1 '],
  [/\bht\b/g, ' height '],
  [/\bf\/?hx?\b/g, ' family history '],
  [/\bbp\b/g, ' blood pressure '],
  [/\b(?:an|one|a single) hour\b/g, ' 1 hour '],
  [/\b(?:a half hour|half an hour)\b/g, ' 30 minutes '],
  [/\$\s?(\d[\d,]*(?:\.\d+)?)/g, ' $1 dollars '],
  [/\b(suicidal|homicidal)\s*(?:and|or|\/)\s*(suicidal|homicidal)\s+(ideation|thoughts)\b/g, ' $1 $3 and $2 $3 '],
  // Harming another person is homicidal ideation; harming oneself is not ("herself" does not match).
  [/\b(?:harm|harming|harmed|hurt|hurting|kill|killing)\s+(?:him|her|them|others|someone|anyone|somebody|people|(?:his|her|their)\s+(?!own\b)[a-z]+)\b/g, ' homicide '],
  [/\bpost[- ]partum\b/g, ' postpartum '],
  [/\bkcals?\b/g, ' calories '],
  // "once he took the dose": a conjunction, not the number 1.
  [/\bonce(?=\s+(?:he|she|they|i|we|you|it|the|his|her|their)\b)/g, 'when'],
  // "cutting his drinking back" is cutting back, not cutting.
  [/\bcut(ting|s)?\s+((?:his|her|their|my|your)\s+[a-z]+)\s+(back|down)\b/g, 'cutting $3 on $2'],
  [/\bhand ?washing\b/g, ' hand washing '],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  // Ordinals past ten, as a centile or a rank is written ("the fiftieth centile" is the 50th).
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
/** "once", "twice": a count of times. */
export const TIMES_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/**
 * Paraphrase classes: each phrase becomes the canonical word on the right before comparing, so a
 * faithful paraphrase matches its source. Longest phrases first within a class does not matter:
 * the whole list is sorted by length when compiled.
 */
export const PHRASES: ReadonlyArray<[string, string]> = [
  // sleep
  ['sleep has been poor|sleep is poor|sleep was poor|sleep poor|not sleeping well|sleeping badly|trouble sleeping|difficulty sleeping|problems sleeping|poor sleep|sleep poorly|sleeping poorly|cannot sleep|can not sleep|sleeplessness|sleep difficulties|sleep problems|insomnia', 'insomnia sleep'],
  ['trouble falling asleep|difficulty falling asleep|trouble getting to sleep|difficulty getting to sleep|trouble going to sleep|hard time falling asleep|hard time sleeping|hard time getting to sleep', 'insomnia sleep'],
  ['nightmare|nightmares|bad dreams', 'nightmare'],
  ['wind down|winddown', 'winddown'],
  ['return to sleep|returning to sleep|get back to sleep|getting back to sleep|go back to sleep|back to sleep|fall back asleep|falls back asleep|fell back asleep|falling back asleep', 'sleep'],
  // mood
  ['low mood|feeling down|depressed mood|sad mood|feeling sad|sadness|sad|feeling low|down mood|depressed|depressive', 'depressed'],
  ['manic|mania|hypomanic|hypomania', 'mania'],
  ['tearful|crying|cries|cried|cry|in tears', 'tearful'],
  ['anxious|anxiety|nervous|nervousness|worried|worry|worries|worrying|concerns about|concerned about', 'anxiety'],
  ['sleep onset|onset of sleep|fall asleep|falls asleep|falling asleep|fell asleep|get to sleep|gets to sleep', 'sleep'],
  ['irritable|irritability|irritated|annoyed|annoyance|easily annoyed', 'irritable'],
  ['coworker|coworkers|co workers|colleague|colleagues', 'coworker'],
  ['paranoid thinking|paranoid thoughts|paranoid ideation|paranoid|paranoia', 'paranoia'],
  ['detached|disconnected|emotionally numb|cut off', 'detached'],
  ['other people|others', 'others'],
  ['talking fast|talks fast|rapid speech|fast speech|speaking quickly|speaks quickly|pressured speech', 'rapid speech'],
  ['stomach|gi|gastrointestinal|digestive', 'stomach'],
  ['sleep remains poor|sleep remained poor|sleep poor|sleep is still poor|sleep has been bad|sleeping poorly', 'insomnia sleep'],
  ['angry|anger|mad at', 'anger'],
  ['overwhelmed|overwhelming', 'overwhelmed'],
  ['hopeless|hopelessness', 'hopeless'],
  ['flat affect|blunted affect', 'flat affect'],
  ['lack of motivation|low motivation|unmotivated|amotivation', 'low motivation'],
  ['low energy|fatigue|fatigued|tired|exhausted|exhaustion|lethargic', 'fatigue'],
  ['appetite|eating', 'appetite'],
  ['focus|focusing|focused|concentrate|concentrating|concentration|attention|attending to tasks', 'focus'],
  ['isolating|isolation|isolated|withdrawing socially|withdrawing|withdrawn|social withdrawal', 'isolate'],
  ['flashback|flashbacks|intrusive memories', 'flashback'],
  // Voices heard and things seen are hallucinations in a clinical note ("the voices resolved" for "AH resolved").
  ['hearing or seeing things|seeing or hearing things', 'auditory and visual hallucination'],
  ['hearing things|hears things', 'auditory hallucination'],
  ['seeing things|sees things', 'visual hallucination'],
  ['raised voices|raised voice', 'yelling'],
  ['hearing voices|hears voices|heard voices|voices', 'auditory hallucination'],
  ['hearing a voice|hears a voice|voice', 'voice'],
  ['hallucination|hallucinations', 'hallucination'],
  ['startle|startles|startled|jumpy', 'startle'],
  ['panic attack|panic attacks|panic', 'panic'],
  // risk
  ['suicidal ideation|suicidal thoughts|thoughts of suicide|thoughts of killing herself|thoughts of killing himself|thoughts of ending her life|thoughts of ending his life|death wish|passive death wish', 'suicide ideation'],
  ['suicidal|suicide', 'suicide'],
  ['homicidal ideation|homicidal thoughts|thoughts of harming others', 'homicide ideation'],
  ['homicidal', 'homicide'],
  ['talking about|talked about|talks about|speaking about|spoke about|talking of', 'discussing'],
  ['non suicidal self injury|non suicidal self injuries|non suicidal self harm|self harm|self harmed|self harming|self harms|self injury|self injurious|self injured|selfharm|cut herself|cut himself|cut themselves|cut myself|cutting|cuts', 'selfharm'],
  ['physically abused|physically abusive|physical abuse|physical aggression|physical violence|physically aggressive|physically violent|pushed|shoved|hit|hitting|struck|punched|choked', 'violence'],
  ['touched her inappropriately|touched him inappropriately|sexual abuse|sexually abused|molested|molestation', 'sexual abuse'],
  ['abuse|abused|abusive|abusing', 'abuse'],
  ['guns|gun|firearms|firearm|weapons|weapon|rifle|rifles|handgun|pistol', 'firearm'],
  ['alcohol|drinking|drinks|drink|drank|etoh', 'alcohol'],
  ['drugs|drug use|substances|substance use|substance', 'drug'],
  ['marijuana|cannabis|weed|pot|thc', 'cannabis'],
  ['long acting injection|long acting injectable|long acting injectables|long acting injections|depot injection|depot', 'depot'],
  ['sober|sobriety|abstinent|abstinence|clean', 'sober'],
  ['overdose|overdosed|overdosing', 'overdose'],
  ['hospitalizations|hospitalization|hospitalized|hospitalised|inpatient admission|admitted to hospital', 'hospitalize'],
  ['pass away|passes away|passed away|died|death|passing|deceased|dying|die|dies', 'died'],
  ['child protective services|cps', 'cps'],
  // actions and treatment
  ['thought record|thought records|thought log', 'thoughtrecord'],
  ['behavioral activation|activity schedule|activity scheduling', 'activityschedule'],
  ['homework|home work|assignment', 'homework'],
  ['paced breathing|diaphragmatic breathing|belly breathing|deep breathing|breathing exercise|breathing', 'breathing'],
  ['exposure|exposures', 'exposure'],
  ['medication|medications|medicine|medicines|pills', 'medication'],
  ['psychiatrist|psychiatry|prescriber', 'psychiatry'],
  ['side effects|side effect|adverse effects', 'sideeffect'],
  ['evaluation|assessment|assessed|assess|evaluate|evaluated|screening|screen|screened', 'assessment'],
  ['diagnosed with|diagnosis of|diagnosis|diagnosed', 'diagnosis'],
  ['follow up|followup|follow-up|followed up|follows up|following up|next appointment', 'followup'],
  ['fill out|filled out|fills out|filling out|fill in|filled in', 'completed'],
  ['session|sessions|appointment|appointments|visit|visits', 'session'],
  ['video|telehealth|video call|telehealth video', 'telehealth'],
  ['plan of care|care plan|treatment plan', 'plan'],
  ['group sessions|group session|group therapy|group', 'group'],
  ['walks|walked|walking|walk', 'walk'],
  ['argument|arguments|argued|arguing|disagreement|disagreements|fight|fights|fighting|conflict', 'argument'],
  ['job|work|workplace', 'work'],
  ['school|class|classes', 'school'],
  ['mom|mother', 'mother'],
  ['dad|father', 'father'],
  ['spouse|husband', 'husband'],
  ['wife', 'wife'],
  ['kids|children|child|kid', 'child'],
  ['childhood|as a child|as a kid', 'childhood'],
  ['money|finances|financial|financially', 'money'],
  ['weight gain|gained weight', 'weight gain'],
  ['weight loss|lost weight', 'weight loss'],
  ['scheduled|planned|arranged|set up|sets up|setting up', 'scheduled'],
  ['received|got|obtained', 'received'],
  ['joined|joining|join|joins|enrolled in|signed up for', 'started'],
  ['mixed feelings|ambivalent about|ambivalent|ambivalence|torn', 'ambivalence'],
  ['consistent with|fits|fit|in keeping with|suggestive of|compatible with', 'consistentwith'],
  ['let go from|laid off from|fired from|let go|laid off|fired', 'lost'],
  ['gambling|gambled|gamble|betting|bets|bet|wagering', 'gambling'],
  ['comes to|come to|came to|shows up to|showed up to|shows up for', 'attends'],
  ['wrapped up|wraps up|concluded|came to an end', 'ended'],
  ['on time|punctual|early', 'ontime'],
  ['ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|ex spouse|former partner|ex', 'expartner'],
  ['went back to|goes back to|go back to|gone back to|going back to|returned to|returns to|return to|returning to', 'returned to'],
  ['unsure whether|unsure about|undecided about|undecided|unsure|torn about|on the fence about', 'ambivalence'],
  ['stays away from|stay away from|stayed away from|steers clear of|keeps away from', 'avoids'],
  ['not in a relationship|single', 'single'],
  ['slight|slightly|mild|mildly|minor', 'mild'],
  ['smokes cannabis|smoking cannabis|smokes marijuana|smokes weed|smoking weed|smoking marijuana|smokes pot', 'cannabis'],
  ['tobacco|cigarettes|cigarette|smokes|smoking|smoker|vapes|vaping|nicotine', 'tobacco'],
  ['groomed|well groomed|kempt', 'groomed'],
  ['unkempt|disheveled|dishevelled', 'disheveled'],
  ['eye contact', 'eyecontact'],
  ['mood rating|rated mood|mood rated', 'mood rated'],
  ['promotion|promoted', 'promotion'],
  ['quit|quitting', 'quit'],
  ['cutting down|cut down|cutting back|cut back|reduce use', 'cutdown'],
  ['kg|kgs|kilograms|kilogram|kilos', 'kg'],
  ['lbs|lb|pounds|pound', 'lb'],
  // ("working diagnosis", "provisional impression": the diagnosis as the source gives it.)
  ['working diagnosis|provisional diagnosis|working impression|clinical impression', 'diagnosis'],
  // ("without difficulty" is the source's "easily", not a difficulty.)
  ['without difficulty|without any difficulty|with no difficulty|with ease|without trouble', 'easily'],
  ['percent|per cent', 'percent'],
  ['times a week|times per week|times weekly|times this week|days a week|days per week', 'times per week'],
  ['per day|a day|daily|each day|every day', 'daily'],
  ['per night|a night|nightly|each night|every night|at night', 'nightly'],
  ['year old|years old|year-old|years of age', 'yearold'],
  // Round 12: lay words, idioms and clinical register (equivalence.ts).
  ...REGISTER_PHRASES,
];

/** Content words that carry no claim of their own: a draft may add them without a source. */
export const GENERIC = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about over after before than that this these those ' +
    'is am are was were be been being has have had do does did will would can could should may might must shall ' +
    'i me my mine we us our you your he him his she her hers they them their it its there here who whom which what when where why how ' +
    'yes also very just too more most much many some any all each both few own same other such only even still again now ' +
    'client clients patient individual clinician therapist counselor provider reports reported report reporting states stated ' +
    'state says said say notes noted note describes described describe indicates indicated endorses endorsed endorse endorsing shares shared share ' +
    'expresses expressed mentions mentioned discussed discuss discussing per during while within acknowledges acknowledged acknowledge ' +
    'admits admitted admit explains explained identifies identified identify disclosed discloses disclose conveys conveyed relays relayed ' +
    'verbalized verbalizes verbalised observed observes remains remain remained continues continued currently current presently present ' +
    'appears appeared seems seemed approximately roughly around nearly almost overall generally typically usually experiencing experiences experience experienced ' +
    'having feeling feels felt feel being getting gets got making made doing done ' +
    'noting reporting stating describing indicating ' +
    'away keeping keeps kept keep according presentation presents presented explored explore explores addressed processed including include includes consistentwith episode episodes instance instances occasion occasions frequency sometimes occasionally often frequently ' +
    'diagnosis named names rated rates rate rating scored score scores use uses using ' +
    'every whether plus along together ' +
    'like well really quite somewhat slightly bit though although however whereas yet because due since until ' +
    'one ones someone something anything everything anyone everyone thing things way ways time times level levels amount ' +
    'included involve involves involved involving arrive arrives arrived arriving came come comes coming listen listens listened listening' +
    ' um uh yeah okay ok mm hmm oh know think kind sort' +
    // Prepositions and honorifics; the note's own writer (the clinician under another name).
    ' toward towards alongside instead another upon mr mrs ms mx dr counsellor facilitator writer'
  ).split(/\s+/),
);

// ---- NegEx / ConText triggers (after normalisation, lower case, as token sequences) ----------

export const NEG_PRE = [
  // ("poor concentration" is "difficulty concentrating": the same impairment, the same marking.)
  'difficulty', 'trouble', 'struggles to', 'struggled to', 'struggling to', 'difficult to', 'hard to', 'hard time',
  'forgets', 'forgot', 'forgetting', 'avoids', 'avoided', 'avoid', 'avoiding', 'missed', 'misses', 'missing', 'skipped', 'skips', 'skipping', 'forgot to', 'refusing', 'declining', 'no', 'not', 'never', 'denies', 'denied', 'deny', 'denying', 'without', 'none', 'nor', 'neither', 'negative for', 'free of', 'absence of',
  'no longer', 'did not', 'does not', 'do not', 'has not', 'have not', 'had not', 'was not', 'were not', 'is not', 'are not', 'cannot', 'can not',
  "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "isn't", "wasn't", "won't", "wouldn't", 'unable to', 'failed to',
  'fails to', 'stopped', 'quit', 'ceased', 'discontinued', 'refused', 'refuses', 'declined', 'declines', 'rules out', 'ruled out', 'no signs of', 'no evidence of', 'not yet', 'nothing',
  // ("loss of trust" is "no longer trusts", "loss of interest" "no interest".)
  'loss of',
  'rather than', 'instead of', 'absent', 'withdrawn from', 'withdrew from', 'dropped out of', 'gave up', 'given up', 'isolate from',
];
/**
 * Negative-polarity nouns and phrases ("trouble sleeping", "difficulty concentrating", "struggles to
 * focus"): they mark one impaired function, the word right after them, not the rest of the clause
 * ("trouble sleeping since the move to the new flat" does not negate the move). Their scope is one
 * content word (ConText's termination, bounded as its authors bound pseudo-negations); a
 * preposition after them ("trouble with her coach", "difficulty at school") names where the
 * difficulty lies, which is stated, not denied: nothing is negated.
 */
export const NEG_IMPAIRMENT = new Set(['difficulty', 'trouble', 'struggles to', 'struggled to', 'struggling to', 'difficult to', 'hard to', 'hard time']);
export const IMPAIRMENT_LOCUS = new Set(['with', 'in', 'at', 'about', 'over', 'around', 'between', 'during']);
export const NEG_POST = ['offered and declined', 'offered but declined', 'offered and refused', 'offered but refused', 'was declined', 'was refused', 'stopped', 'discontinued', 'ceased', 'denied', 'denies', 'denying', 'no', 'nil', 'absent', 'negative', 'none', 'not present', 'ruled out', 'unlikely', 'resolved', 'went away', 'gone away', 'has gone', 'cleared up', 'subsided', 'remitted'];
/** Post-triggers end their clause ("SI denied."); the same word with words after it is a pre-trigger. */
/** Look like triggers, negate nothing. ("no further" is not one here: "no further concerns" denies concerns, as "no other concerns" does.) */
export const NEG_PSEUDO = ['all or nothing', 'weight loss of', 'loss of weight', 'no change', 'no increase', 'no decrease', 'not only', 'not necessarily', 'without difficulty', 'not sure', 'not certain', 'not just', 'no more than', 'not until', 'no sooner'];
/** End a trigger's scope (ConText termination terms), besides clause punctuation. */
export const TERMINATE = new Set([
  'but', 'however', 'although', 'though', 'yet', 'except', 'aside', 'apart', 'which', 'who', 'whereas', 'while', 'whilst', 'still', 'nevertheless',
  'reports', 'reported', 'endorses', 'endorsed', 'admits', 'admitted', 'acknowledges', 'acknowledged', 'states', 'stated', 'has', 'had', 'describes', 'described', 'says', 'said', 'because', 'due', 'since', 'after', 'before', 'until', 'then', 'so',
]);
/** What ends a scope running backwards from a post-trigger ("urine drug screen was negative" runs over "was"). */
export const TERMINATE_BACK = new Set(['but', 'however', 'although', 'though', 'yet', 'except', 'which', 'who', 'whereas', 'while', 'whilst', 'because', 'and', 'so', 'then']);
/** Scope of a negation trigger in tokens when nothing ends it sooner. */
export const NEG_WINDOW = 6;

export const UNCERTAIN = [
  'possible', 'possibly', 'probable', 'probably', 'likely', 'suspected', 'suspect', 'suspects', 'suspicion of', 'rule out', 'r o', 'query', 'questionable',
  'may', 'might', 'perhaps', 'maybe', 'unclear', 'uncertain', 'provisional', 'to be assessed', 'to be confirmed', 'to be determined',
  'to be ruled out', 'differential', 'versus', 'concern for', 'seems', 'appears to', 'not sure', 'not certain', 'thinks', 'believes', 'convinced',
];

// ("could" is left out: "could be redirected" states an ability, not a hypothetical.)
export const HYPOTHETICAL = [
  'if', 'would', 'should', 'wants', 'want', 'wanted', 'wishes', 'thought about', 'thought of', 'thinks about', 'images of', 'intrusive images', 'intrusive thoughts', 'fears', 'expected to', 'expects to', 'hopes to', 'wants to',
  'considering', 'consider', 'urges', 'urge', 'thoughts of', 'thoughts about', 'thinking about', 'fear of', 'afraid of',
  'in case', 'unless', 'would like to', 'interested in', 'ambivalence', 'option of', 'options', 'possibility of',
];
/** Uncertainty and hypotheticals written after what they qualify ("ADHD is suspected"). */
// ("bipolar II is being considered": a diagnosis weighed, not made.)
export const QUALIFIER_POST = ['is being considered', 'remains a possibility', 'a possibility', 'to rule out', 'being considered', 'under consideration', 'not yet confirmed', 'unconfirmed', 'suspected', 'possible', 'likely', 'unlikely', 'questionable', 'to be assessed', 'to be confirmed', 'to be ruled out', 'pending', 'to be scored', 'to be completed', 'to be reviewed', 'urges', 'urge', 'ideation', 'thoughts'];

export const HISTORICAL = [
  'history of', 'history', 'in the past', 'previously', 'previous', 'prior', 'formerly', 'former', 'used to', 'as a teen', 'as a teenager', 'childhood',
  'when she was', 'when he was', 'when i was', 'when they were', 'in high school', 'in college', 'years ago', 'year ago', 'last year', 'last month', 'months ago', 'weeks ago', 'at age', 'age', 'ended', 'remote', 'lifetime', 'past', 'was once', 'in the 90s',
];
/** Said of what has not happened yet. */
export const FUTURE = ['next month', 'next week', 'next session', 'next year', 'in the future', 'upcoming', 'tomorrow', 'will', 'plans to', 'planning to', 'going to', 'intends to', 'expects to', 'expected to'];
export const CURRENT = [
  'in the past week', 'in the past month', 'in the last week', 'over the past week', 'in the past few days', 'most days', 'most nights', 'most mornings', 'most evenings',
  'currently', 'current', 'now', 'today', 'this week', 'this month', 'past week', 'past few days', 'past month', 'last week', 'recent', 'recently',
  'ongoing', 'presently', 'at present', 'this morning', 'yesterday', 'tonight', 'these days', 'lately', 'still', 'continues', 'continuing', 'active',
];

/** Words naming a person other than the client (the ConText "experiencer"). */
export const OTHER_PEOPLE = new Set([
  'mother', 'father', 'parent', 'parents', 'sister', 'brother', 'sibling', 'siblings', 'son', 'daughter', 'child', 'husband', 'wife',
  'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'ex', 'expartner', 'friend', 'friends', 'uncle', 'aunt', 'cousin', 'grandmother',
  'grandfather', 'grandparent', 'grandparents', 'boss', 'manager', 'coworker', 'colleague', 'roommate', 'neighbor', 'neighbour', 'teacher',
  'family', 'relative', 'relatives', 'stepfather', 'stepmother', 'nephew', 'niece', 'baby', 'infant', 'supervisor',
]);
/** The same relation, the other person: a draft that names one where the source names the other has the wrong person. */
export const KIN_COUNTERPART: ReadonlyMap<string, string> = new Map(
  [['mother', 'father'], ['sister', 'brother'], ['daughter', 'son'], ['wife', 'husband'], ['girlfriend', 'boyfriend'], ['aunt', 'uncle'], ['grandmother', 'grandfather'], ['stepmother', 'stepfather'], ['niece', 'nephew'], ['fiancee', 'fiance']].flatMap(([a, b]) => [[a!, b!], [b!, a!]]),
);
/** Words that name the client in a note. */
export const CLIENT_REFS = new Set(['caller', 'client', 'she', 'he', 'i', 'they', 'teen', 'adolescent', 'patient', 'self', 'herself', 'himself', 'yearold']);

/**
 * Mutually exclusive values on one axis: a draft that says one where its source says another
 * contradicts it ("increased" vs "decreased", "started" vs "stopped", "attended" vs "missed").
 */
export const AXES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  amount: {
    up: ['went up', 'gone up', 'increased', 'increase', 'increases', 'increasing', 'rose', 'risen', 'rising', 'up', 'more', 'higher', 'gain', 'gained', 'raised', 'elevated', 'worsening in frequency', 'grew', 'greater'],
    down: ['come down', 'came down', 'went down', 'gone down', 'decreased', 'decrease', 'decreases', 'decreasing', 'dropped', 'drop', 'fell', 'fallen', 'falling', 'down', 'less', 'fewer', 'lower', 'loss', 'lost', 'reduced', 'reduce', 'reduction', 'lessened', 'declined in', 'eased', 'diminished', 'tapered', 'lowered', 'cut'],
    same: ['unchanged', 'no change', 'same', 'stable', 'steady', 'maintained'],
  },
  valence: {
    better: ['better', 'improved', 'improving', 'improvement', 'improve', 'improves', 'good', 'normal', 'easier', 'easily', 'bright', 'helpful', 'helped', 'safe'],
    worse: ['worse', 'worsened', 'worsening', 'deteriorated', 'deteriorating', 'poor', 'bad', 'harder', 'difficult', 'difficulty', 'unsafe', 'abnormal', 'trouble', 'pressured'],
  },
  medication: {
    start: ['started', 'start', 'starting', 'starts', 'began', 'begun', 'begin', 'initiated', 'initiate', 'commenced', 'prescribed', 'added', 'add', 'adding', 'adds'],
    stop: ['stopped', 'stop', 'stopping', 'discontinued', 'discontinue', 'ceased', 'came off', 'quit', 'no longer taking'],
    keep: ['continues', 'continue', 'continued', 'continuing', 'remains on', 'still taking', 'maintained on', 'unchanged', 'keep dose', 'keep the dose', 'keep current dose', 'same dose'],
  },
  completion: {
    done: ['assigned', 'given', 'completed', 'complete', 'completing', 'finished', 'finishing', 'did', 'attended', 'attending', 'attends', 'practiced', 'used', 'filed', 'placed', 'made', 'reviewed', 'built', 'gave', 'took'],
    undone: ['missed', 'missing', 'skipped', 'skipping', 'refused', 'declined', 'forgot', 'avoided', 'cancelled', 'canceled', 'no show'],
  },
  frequency: {
    daily: ['daily', 'nightly'],
    weekly: ['weekly', 'times per week'],
    monthly: ['monthly'],
  },
  screen: {
    positive: ['positive'],
    negative: ['negative'],
  },
  demeanor: {
    calm: ['calm', 'relaxed', 'settled', 'composed'],
    agitated: ['agitated', 'restless', 'tense', 'keyed up'],
  },
  punctuality: {
    late: ['late', 'tardy'],
    ontime: ['ontime'],
  },
  thought: {
    organised: ['linear', 'goal directed', 'logical', 'organized', 'coherent'],
    disordered: ['tangential', 'circumstantial', 'disorganized', 'loose', 'incoherent', 'flight of ideas'],
  },
  affect: {
    bright: ['bright', 'euthymic', 'full range'],
    flat: ['flat', 'blunted', 'constricted', 'restricted'],
  },
  grooming: {
    kempt: ['groomed'],
    unkempt: ['disheveled'],
  },
};

/**
 * Verbs that name an incident — an act of aggression, theft, damage, harassment or a collapse —
 * by their base form ("stole" is steal): a reportable clinical fact as much as "arrest" or "police"
 * are, so a draft that adds one never passes as re-wording ("peers reported that she stole from
 * them" against "peers were supportive").
 */
export const INCIDENT_VERBS: ReadonlySet<string> = new Set(
  ('steal rob shoplift burgle hit punch kick slap bite stab strangle choke shove attack assault threaten ' +
    'vandalize vandalise smash destroy damage fight bully harass stalk expel suspend arrest crash vomit faint collapse ' +
    'spit scream curse swear flee elope abscond trespass cheat').split(' '),
);

/**
 * Summary words a clinician writes for concrete content the source states ("mood" for
 * "euthymic", "memory lapses" for "forgets names", "coping skills" for "paced breathing"): each
 * summary word is licensed by a source word of its domain. Summary only: never compared for
 * polarity, and never a risk, a drug or a person (those keep their own checks).
 */
export const SUMMARY_DOMAINS: ReadonlyArray<[ReadonlySet<string>, RegExp]> = [
  [new Set(['mood', 'moods', 'emotional', 'emotions', 'emotion', 'affective']), /^(?:depress|euthym|dysphor|sad|tearful|mani|hypomani|irritab|elat|hopeless|bipolar|mood|dep$|anxiet|labile|lability)/],
  [new Set(['memory', 'cognitive', 'cognition', 'forgetful', 'forgetfulness', 'forgetting', 'recall']), /^(?:forget|forgot|recall|remember|misplac|memor|moca|mmse|slums|dementia|confus|repeat|cognit)/],
  [new Set(['sleep', 'sleeping', 'rest']), /^(?:insomnia|slept|sleep|nap|awake|wak|nightmare|bedtime|qhs|hs$)/],
  [new Set(['appetite', 'eating', 'intake', 'nutrition', 'meals']), /^(?:ate$|eat|meal|lunch|breakfast|dinner|food|kcal|calor|restrict|appetite|snack)/],
  [new Set(['psychotic', 'psychosis', 'hallucinations', 'perceptual']), /^(?:voice|hallucinat|paranoi|delusion|psychos|psychotic)/],
  [new Set(['coping', 'skill', 'skills', 'strategy', 'strategies', 'tools', 'techniques', 'selfcare']), /^(?:grounding|breath|relax|mindful|meditat|journal|walk|exercis|tipp|distract|skill|cop(?:e|ing)|selfsooth|pacing|stretch|yoga)/],
  [new Set(['engaged', 'engagement', 'participation', 'involved', 'contributed']), /^(?:participat|engag|shared|active|contribut|involv)/],
  [new Set(['household', 'chores', 'housework', 'domestic']), /^(?:chore|laundry|dishes|clean|cook|housework|house|home)/],
  [new Set(['vitals', 'vital', 'signs']), /^(?:bp$|hr$|pulse|bloodpressure|heartrate|temp$|temperature|vitals?)$/],
  // A child's growth is height and weight against a chart. (Not "distress" for a SUDs rating: a
  // summary noun is never compared for direction, so "distress rose" would pass a falling score.)
  [new Set(['growth']), /^(?:height|weight|centile|percentile)/],
  [new Set(['homework', 'assignment']), /^(?:practi[cs]|hw$|diary|worksheet|logs?$)/],
  [new Set(['sideeffect', 'sideeffects', 'tolerability']), /^(?:tremor|nausea|sedat|drows|dizz|dry$|constipat|headache|rash|akathisia|stiff|dyskines|gain$)/],
  // (R03, round vfa3.) The head noun of a diagnosis the source names by its adjective or acronym:
  // "bipolar I disorder" for "Dx bipolar I", "an anxiety condition".
  [new Set(['disorder', 'disorders', 'condition', 'illness']), /^(?:bipolar|depress|anxiet|panic|ocd|ptsd|adhd|autis|schizo|psychos|psychotic|anorexi|bulimi|dx$|diagnos|gad$|mdd$|bpd$|eupd$)/],
  [new Set(['medication', 'medications', 'meds', 'regimen', 'pharmacotherapy']), /^(?:prescri|refill|rx$|mg|mcg|sertraline|fluoxetine|lithium|li$|bupropion|trazodone|quetiapine|olanzapine|aripiprazole|buspirone|lamotrigine|methylphenidate|prazosin|escitalopram|citalopram|venlafaxine|duloxetine|mirtazapine|clonazepam|lorazepam|hydroxyzine|gabapentin|naltrexone|buprenorphine)/],
];

/** Nouns that carry no claim of their own: the claim is in what qualifies them ("memory problems"). */
export const SHELL_NOUNS = new Set(
  ('problem problems issue issues symptom symptoms matter matters aspect aspects area areas situation type types kind kinds part parts detail details factor factors technique techniques approach method methods ' +
    'event events pattern patterns routine routines task tasks').split(' '),
);

/** Verbs that carry a relation but no fact of their own ("went the long way", "stays up late"). */
export const LIGHT_VERBS = new Set('go get come stay take make put keep give let set bring hold have be do'.split(' '));

/** Adverb particles of phrasal verbs ("played down", "worked out", "brought up"): part of the verb. */
export const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'over']);
