// Hand-written word lists: the context cues of the name and place detectors and the words they
// must never take. Kept small and general — they describe how therapists and clients speak and
// write, not any corpus.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** High-frequency words that are never a name on their own, whatever the dictionaries say. */
export const FUNCTION_WORDS = set(`
a about above after again against all also am an and any are as at back be because been before
being below between both but by can could did do does doing done down during each even ever every
few for from further get gets getting go goes going gone got had has have having he her here hers
herself him himself his how i if in into is it its itself just like made make many me might more
most much must my myself never no nor not now of off often on once one only or other our ours
ourselves out over own really right said same say says see she should so some still such than that
the their theirs them themselves then there these they this those though through to too under until
up upon us very was we well went were what when where which while who whom whose why will with
would yet you your yours yourself yourselves yes yeah okay ok oh um uh hmm mm hi hello hey thanks
thank please sorry sure maybe today tomorrow yesterday tonight always sometimes something anything
nothing everything someone anyone everyone nobody somebody anybody week weeks month months year
years day days time times last next first second new old good bad great little big long lot lots
told tell tells asked ask asks called call calls texted text says saying think thinks thought know
knows knew want wants wanted need needs feel feels felt keep keeps kept came come comes left
mom mum dad mother father sister brother son daughter wife husband baby kids kid children child
wants let lets been being also already around away yet ago though although whether either neither
`);

/** Words that are never part of a name even with a capital: articles, pronouns, auxiliaries. */
export const CORE_STOP = set(`
a an the and or but nor if of in on at to for from by with as into onto about than then so that
this these those there here i me my mine we us our you your he him his she her hers it its they
them their is am are was were be been being do does did have has had would shall should can
could might must not no yes ok okay oh um uh hi hey what when where which who whom whose why
how all any some every each both either neither just also very too only even still
`);

/** Family, relationship and role words after which a capitalised word is almost always a person. */
export const RELATION_WORDS = set(`
sister brother mom mum mother dad father son daughter wife husband partner spouse boyfriend
dtr dau neice duaghter daugher sis bro hubby gf bf sil dil
girlfriend fiance fiancee ex cousin aunt auntie uncle niece nephew grandma grandmother grandpa
grandfather granddaughter grandson stepdad stepfather stepmom stepmother stepson stepdaughter
stepbrother stepsister half-brother half-sister sibling twin friend bestie roommate flatmate
housemate neighbor neighbour coworker co-worker colleague boss supervisor manager sponsor mentor
therapist counsellor counselor psychiatrist psychologist doctor physician nurse teacher coach
pastor priest rabbi imam lawyer attorney caseworker worker officer landlord landlady tenant
classmate teammate bandmate client patient child kid baby toddler infant teen teenager
godmother godfather godson goddaughter in-law ex-wife ex-husband ex-boyfriend ex-girlfriend
cousins sisters brothers daughters sons kids children friends aunts uncles nieces nephews grandkids
grandchildren parents siblings coworkers roommates neighbors neighbours pt cl
psychiatrist pcp provider clinician dealer guy girl man woman lady dude buddy pal mate
gran foster caregiver carer guardian
mam mammy nain taid koro kuia nanna nonna nonno abuela abuelo bubbe zayde oma opa
`);

/** Honorifics and titles that precede a name. */
export const TITLES = set(`
dr doctor mr mrs ms miss mx prof professor rev reverend pastor fr father sister br brother
nurse officer detective sergeant sgt judge coach aunt auntie uncle grandma grandpa nana
granny mister madam dame sir lord lady capt captain lieutenant gen general col colonel
hon honourable honorable chaplain
deputy sheriff trooper sarge warden deacon bishop corporal principal
`);

/** Titles whose plain word is ambiguous and so need a capital letter ("Sister Mary", not "my sister"). */
export const WEAK_TITLES = set(`
father sister brother aunt auntie uncle grandma grandpa nana granny lady lord general doctor
nurse officer coach judge captain fr br gen col chaplain
deputy sheriff trooper sarge warden deacon bishop corporal principal
`);

/** Speech and contact verbs that follow a person's name ("Maria said", "Hope texted"). */
export const SPEECH_VERBS = set(`
said says say told tells asked asks texted texts called calls wrote writes replied replies keeps kept
yelled yells screamed screams shouted shouts thinks thought feels felt wants wanted believes
mentioned mentions explained explains suggested suggests insisted insists promised promises
admitted admits left leaves came comes died passed hit hits kicked punched slapped threatened
`);

/** Words before a place name ("grew up in", "moved to", "lives near"). */
export const LOCATIVE_WORDS = set(`in from near to at outside around toward towards into of`);
export const LOCATIVE_VERBS = set(`
live lives lived living move moves moved moving grew born raised stay stays stayed staying
relocated relocate visit visits visited visiting drove drive drives flew travel traveled travelled
retired reside resides resided settled vacationing vacationed wintering summering commutes commuted
deployed stationed fled emigrated immigrated deported
`);

/** Words that can never begin a name however they are written (months handled by the date detector). */
export const CALENDAR = set(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter thanksgiving halloween hanukkah ramadan passover
`);

export const NOT_NAMES = set(`
day days anatomy
aetna cigna humana anthem unitedhealthcare tricare medi-cal medicaid medicare bluecross
honda toyota chevy chevrolet nissan hyundai kia subaru tesla bmw mercedes volkswagen mazda lexus
uber lyft venmo paypal zelle cashapp doordash instacart amazon walmart target costco netflix
hulu spotify iphone android ipad xbox playstation nintendo fortnite minecraft roblox tinder
bumble hinge whatsapp reddit discord telegram linkedin gmail outlook
zoloft prozac lexapro xanax ativan klonopin valium adderall ritalin vyvanse wellbutrin seroquel
abilify lamictal lithium trazodone ambien suboxone narcan methadone
tylenol advil motrin benadryl vivitrol sublocade antabuse campral chantix zyban nicorette naltrexone
buprenorphine cymbalta effexor paxil celexa buspar remeron latuda rexulti vraylar zyprexa risperdal
gottman linehan maslow freud jung yalom bowlby piaget pavlov bandura seligman kabat-zinn kubler-ross
alzheimer alzheimers parkinson parkinsons asperger aspergers tourette tourettes crohn crohns hodgkin
huntington cushing wernicke korsakoff munchausen capgras cotard raynaud meniere guillain barre
epstein lyme kaposi
addison addisons
hoyer posey passy-muir bivona shiley jackson-pratt mahurkar quinton broviac groshong hickman tenckhoff dobhoff
keofeed corpak yankauer hemovac pleurevac sengstaken blakemore malecot roho kinair clinitron venodyne
flowtron jobst allevyn mepilex tegaderm duoderm xeroform aquacel kerlix coban telfa adaptic betadine
hibiclens silvadene santyl xenaderm desitin lotrisone calazime criticaid baza sween chux omnicell pyxis
labor labour memorial veterans presidents independence valentine valentines patriots juneteenth
god lord jesus christ allah bible
english spanish french german chinese mandarin cantonese japanese korean vietnamese russian arabic
american mexican canadian african asian european latino latina latinx hispanic black white
covid coronavirus internet facebook instagram tiktok twitter snapchat youtube google zoom
counsellor counselor client therapist patient pt clinician interviewer speaker
`);

/** Eponyms and instrument words: "Beck Depression Inventory" is a scale, not a person. */
export const EPONYM_FOLLOWERS = set(`
depression anxiety inventory scale scales syndrome disease disorder test questionnaire criteria
method therapy protocol model index score scores checklist rating screen screener assessment
interview palsy's anatomy
`);

/** Speaker labels that are roles, not people. */
export const ROLE_LABELS = set(`
counsellor counselor client therapist patient pt clinician interviewer interviewee speaker
doctor dr nurse mother father mom dad parent caregiver guardian provider user assistant ai bot
q a s o p note notes plan assessment subjective objective hpi cc dx rx meds medications date time
name dob age sex gender session summary goals goal intervention interventions response progress
diagnosis history allergies vitals mse impression recommendations signature signed location
address phone email reason referral source insurance and
`);

/** Particles inside surnames: "Van der Meer", "de la Cruz", "bin Laden". */
export const NAME_PARTICLES = set(`van von der den de del della di da la le du dos das bin ibn al el ter ten st`);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4],
  ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8],
  ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Capitalised words that are clinical or everyday vocabulary even when unknown to the dictionaries. */
export const CLINICAL_CAPS = set(`
phq gad cbt dbt act emdr ptsd cptsd adhd add ocd bpd mdd gad asd sud aud iop php ed er icu bp hr
rr spo2 bmi prn bid tid qid qhs po im iv mg mcg ml dsm icd cpt soap dap birp hpi mse si hi avh
lgbt lgbtq lgbtqia trans nonbinary aa na smart alanon al-anon medicaid medicare ssi ssdi snap wic
fmla ada hipaa tv ok covid ai usa us uk
`);

/**
 * Grandparents' pet names that are also given names ("Nan", "Nana"): with a possessive after "at"
 * ("at Nan's") they name a relative's home, not a person or a venue. Kept apart from
 * RELATION_WORDS, where "nan" would stop the given name and the lower-case "nan" of a data file.
 */
export const KIN_HOME = new Set(['nan', 'nana', 'nanna', 'granny', 'grandad', 'granddad', 'gramps', 'grampa', 'gramma', 'mamaw', 'papaw', 'meemaw', 'pawpaw']);
