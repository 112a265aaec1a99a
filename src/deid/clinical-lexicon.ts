// Clinical shorthand, written for Tacet from common nursing, medical and mental-health usage (not
// taken from any corpus). Clinicians write notes the way they talk at handover: abbreviations,
// drug nicknames, unit names and numbers everywhere. Each list answers one question the detectors
// ask, so a word is never a name, a place or an identifier only because it looks like one.
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Abbreviations and shorthand that are clinical vocabulary, not names, in any case. Several are
 * also first names or surnames in the census lists (max, neo, eve, mae, pearl, swan): they stay
 * names after a title or relation word ("Dr. Swan", "her son Max"), and nowhere else.
 */
export const CLINICAL_SHORTHAND = set(`
abd abg abx ac acls adl adls afeb afib aflutter ak aka alb aline a-line amb amio amp amps amt amts
ant aox aox3 ao apap appt approx aps ards art asa asap asd ativan atr atrovent av avr avss bal bbb
bid bipap bka bl bld bm bmp bms bnp bp bpm bs bsa bun bx cabg cad cath cbc cbg cc ccu chf ci cig
cigs ckd cl cm cmp cmo cms cn co copd cpap cpk cpr cr crackles crit csm csru ct cta cv cva cvp cvvh
cvvhd cx cxr dc dcd d5w dilt dig dka dm dme dnr dni doe dopa dopp dsg dt dtr dtrs dvt dx ebl ecg
echo ecmo ectopy eeg ef egd ekg ekgs emt ent ep epi et ett eve eves ew ex extub extubated fb fent
ffp fio2 fs fsbs ft fu f/u fx gcs gerd gi gib gtt gtts gu gyn h2o hct hd hep hgb hh hob hpi hr hrs
hs htn hx iabp icd icp icu id iddm ij ileus im imv inr io ivf ivp iv ivs jp jvd kcl kvo lac lasix
lft lfts lll llq lol lop lopressor loc ls lue lle lul luq lr lv lvad lytes mae maes map maps max mcg
mdi meds mg mgso4 mi micu min mins mivf ml mmhg mn mrsa mso4 mvi mvr na nad nc neb nebs neo neuro
ngt nicu nipride nitro nkda nmb noc npo npn nrb ns nsr nstemi ntg nts nv n/v oob osh ot otc pab pac
pacu pacs pap pcp pca pcv pe peep perrl perrla pf picc plt plts pmh pmhx pn pneumo po pox ppd prbc
prbcs prn ps psv pt ptt pts pvc pvcs qd qid qhs qod r/o rbc rca resp rhonchi riss rll rml rn ro rrr
rr rt rue rle rul rx sat sats sbp sbt sc scd scds sicu sl slt sob spo2 sq sr ssi stat stemi sv svr
svt swan sx sxn tbi tcd tele tf tfs tid tkr tko tlc tmax tol tpn trach tv tx ua ue uo uop uti vanco
vap vea vent vents vf vfib vs vss vt vtach wbc wnl wob ambu carevue conts cont cont'd cond diur
diuresis diuresed sero serosang serous sang sanguinous levo levophed neosynephrine propofol versed
precedex heparin coumadin zosyn flagyl cipro ceftaz pos neg neuros ivp ngt ogt peg dobhoff foley
rectal tylenol motrin percocet vicodin dilaudid morphine si hi sh avh ah vh mse phq gad pcl cssrs
ptsd ocd adhd mdd bpd gad cbt dbt emdr iop php tx dx r/o hx hickman groshong quinton cordis portex shiley pleurevac jp blake mediport portacath bard
dobhoff salem cortrak bair hugger kangaroo zoll lifepak philips alaris baxter abbott medtronic
lis lcs ota hoh nsicu tsicu nsurg artline tom tmrw carevue careview vue
walker cane rollator commode le ue lle rle lue rue bue ble perla perrla
tanish tannish serosang serosanguinous sanguinous seropurulent purulent bilat
intub reintub sedated tachy brady hypo
hyper tachycardic bradycardic afebrile febrile
ami ama ana tia al ho hob dex lido prop reg nph addm addend teds johnnies
desitin tegaderm duoderm kerlix xeroform
`);

/**
 * Shorthand that is also a frequent given name and no English word (ARI, IDA, TED hose, a
 * johnny gown): read as shorthand only inside a clinical note (see noteRegister in names.ts), so
 * "Ida" or "Ted" in counselling talk or a letter keeps the evidence of a name that is no word.
 */
export const NOTE_ONLY_SHORTHAND = set(`ari ida ted johnny`);

/** Hospital units and services named generically: not identifiers (a unit named after a person or place is). */
export const GENERIC_UNITS = set(`
icu micu sicu ccu cticu csru nicu picu pacu ed er ew or ir cath lab cathlab ctu tsicu nsicu cvicu
floor ward rehab home snf ltach ltac nh hospice dialysis radiology angio mri ct echo telemetry tele
step-down stepdown obs observation triage clinic er/ed ems osh hosp hospital unit er's gi ep
`);

/** Verbs and nouns after which a facility name follows: "transferred to …", "admitted from …". */
export const FACILITY_CUES = set(`
transfer transferred transfered transfering transferring transf admitted admit admission readmitted
presented sent went go going taken brought came discharged d/c'd dc'd returned return returning
arrival arrived arriving enroute route consult consulted referred referral
`);

/** Measurement words: a number right after one of these is a reading, never an identifier. */
export const MEASURE_WORDS = set(`
hr bp sbp dbp map maps rr spo2 sat sats o2 temp t tmax tc tv vt peep ps psv fio2 cvp pap pcwp ci co svr
pvr icp cpp uo uop i/o io ivf gtt bs fs fsbs fbs glucose bg k na cl co2 hco3 bun cr creat hct hgb wbc
plt plts inr ptt pt/inr abg vbg ph pco2 po2 lactate lac ck cpk trop mg mag phos ca alb rate weight wt
wgt kg lbs lb cc ml mcg mg units u gm g l lpm ls tm heart pulse resp respirations pain score scored
phq-9 phq9 gad-7 gad7 pcl-5 bdi bai moca mmse gcs apgar at to from of up down between about approx
range ranging ~ over under above below running titrated increased decreased weaned dose doses bolus
abg vbg settings setting vent ac simv imv pcv cpap bipap rx
`);

/**
 * Nouns that follow an eponym or brand in clinical writing: a dictionary name right before one of
 * these is a device, lesion, sign or product ("a Kelly clamp", "Sims position", "Homans
 * sign"), not a person, unless a title or relation word names the person.
 */
export const EPONYM_NOUNS = set(`
catheter catheters cath caths line lines tube tubes drain drains tear tears sign signs reflex
maneuver manoeuvre procedure repair stocking stockings boots boot hose gown gowns mask bag bags
lotion cream creams ointment ointments paste powder dressing dressings collar splint brace
valve valves filter shunt pump bed mattress frame needle clamp tip tips needle port ports
fracture fx lesion ulcer node nodes classification criteria equation formula position
fall falls vest vests pouch restraint restraints
disease diseases syndrome palsy coma scale score test tests triad virus fever brace respirations
breathing pattern phenomenon
`);

/**
 * The eponym nouns after which a town's name is the term's and no place: "Lyme disease", "Glasgow
 * coma scale", "a Philadelphia collar", "West Nile virus". (Devices and lines sold under a town's
 * name are rarer than a town before "line", "bed" or "tube" in a sentence about travel, so only these.)
 */
export const PLACE_EPONYM_NOUNS = set(`
disease diseases syndrome coma scale score criteria classification sign signs test virus fever collar
brace splint catheter maneuver manoeuvre titer titers serology
`);

/**
 * The nouns of a clinical sign or disease after a name with its possessive, in any text: "Murphy's
 * sign", "Bell's palsy", "Cushing's syndrome". (A person's test, score, bed or bag is as often the
 * person's own: "Amy's score", so those need a clinician's note; see names.ts, dropEponyms.)
 */
export const SIGN_NOUNS = set(`
sign signs reflex maneuver manoeuvre triad disease diseases syndrome palsy phenomenon respirations
`);
