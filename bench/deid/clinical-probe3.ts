// Issue 14 (R35), round 5: a third stress probe of nursing/medical-note lines, written in our own
// words with invented identities (no corpus wording), BEFORE the date and place rules were read.
// It leans on the forms the first two probes hold little of: dates in d/m and m/d, ranges with and
// without spaces, dates beside clock times, weekday + date in several spellings, dates in
// parentheses after post-operative or hospital-day counts, dates in square brackets or braces
// (our own markup, not any corpus's), ISO and dotted dates, holidays in several spellings; wards
// and buildings named after people or places, transfers "to rehab at X" / "from OSH in Y",
// nursing homes and assisted living, home towns in social history, towns with abbreviated
// states, street addresses and ZIP codes in discharge plans; ages over 89 with their units; and
// hard negatives: doses, vitals, scores, fractions of a course ("day 3/14 of abx"), ratios,
// shift hours, "2/2" meaning "secondary to", named units (CCU, MICU), and eponyms that are no
// person present (Foley, Swan, Glasgow, Babinski, Parkinson's, Trendelenburg, Lyme).
//
// Markup as clinical-probe.ts: `[[TYPE|value]]`; `[[ORG|…]]` is neutral (a state beside its town,
// a facility's kind word, a year alone, a weekday set apart from its date by punctuation). Ages
// under 90 are no identifier and are left unmarked.
//
// PROBE3 is what round 5 was tuned against. ASIDE3 was written at the same time, before any
// change, in other wordings; it is scored once at the end and never tuned on.
// Score: `node --import tsx bench/deid/clinical-probe-run.ts [probe3|aside3]`.

export const PROBE3: string[] = [
  // ---- dates: m/d, d/m, dotted, ISO ----
  `Foley d/c'd [[DATE|8/19]], DTV by 1400.`,
  `Pt seen in ED [[DATE|23/4]] (UK visitor, d/m dating on her papers).`,
  `Letter from GP dated [[DATE|14.02.2019]] in chart.`,
  `Last HbA1c drawn [[DATE|2018-11-06]], 7.9.`,
  `Colonoscopy [[DATE|3.9.17]], 2 polyps removed.`,
  `Tetanus booster [[DATE|07/2015]] per wife.`,
  `Bone marrow bx [[DATE|Nov. 30th]], path pending.`,
  `TTE done [[DATE|1st of March]]; EF 35-40%.`,
  `Right BKA [[DATE|Oct '12]], uses prosthesis.`,
  `Admitted [[DATE|June 3, 2008]] with urosepsis.`,
  // ---- ranges ----
  `Vanc/zosyn [[DATE|3/4]]-[[DATE|3/6]], narrowed to cefepime.`,
  `On pressors [[DATE|11/21]] thru [[DATE|11/24]].`,
  `Febrile [[DATE|2/27]] to [[DATE|3/1]], then afebrile.`,
  `Hospitalized at OSH from [[DATE|5/9]] until [[DATE|5/15]].`,
  `NPO since [[DATE|4/30]]-[[DATE|5/2]] for ileus.`,
  `Steroids tapered over [[DATE|Dec 2-9]].`,
  `In Florida [[DATE|Jan 5]] - [[DATE|Feb 20]] each winter.`,
  // ---- "on 4-2" and hyphen dates ----
  `Swallow study on [[DATE|4-2]] showed silent aspiration.`,
  `Tube feeds started on [[DATE|9-17]], at goal by [[DATE|9-19]].`,
  `Head CT from [[DATE|12-31]] read as no acute process.`,
  `PPD placed [[DATE|6-6]], read neg [[DATE|6-8]].`,
  // ---- our own bracket markup ----
  `Events [[[DATE|2/11]]]: hypotensive to 70s, bolused 1L.`,
  `{[[DATE|10/4]]} Pt pulled NGT, replaced and confirmed by KUB.`,
  `Echo ([[DATE|7/22]]): mod MR, nl LV fxn.`,
  `Last dose of coumadin <[[DATE|1/18]]>, INR 3.9 on admit.`,
  // ---- times next to dates ----
  `Rapid response called [[DATE|3/9]] @ 0400 for SBP 78.`,
  `Code blue [[DATE|2/14]] 1830, ROSC after 6 min.`,
  `Extubated at 0915 on [[DATE|5/6]], on 4L NC since.`,
  `Fall [[DATE|11/30]] @2am, no injury, bed alarm on.`,
  `Pt arrived to unit [[DATE|8/8/09]] 23:15 via stretcher.`,
  `Seizure witnessed [[DATE|12/2]] at 1745, ativan 2 mg IV.`,
  // ---- weekdays with dates ----
  `Bronch scheduled for [[DATE|Mon 10/2]] with pulm.`,
  `Family mtg [[DATE|Wed. the 4th]] at 11.`,
  `Pt to OR [[ORG|Thurs]] ([[DATE|6/8]]) for washout.`,
  `Wound vac changed [[DATE|Saturday 1/13]].`,
  `Dtr visiting [[DATE|Friday, Sept 8]] from out of state.`,
  `Trach change due [[DATE|Tues. 3/21]].`,
  // ---- POD, HD, course-day counts with dates ----
  `POD#3 ([[DATE|4/12]]), ambulating in hall x2.`,
  `HD #5 ([[DATE|2/20]]): diuresing well, net -1.2 L.`,
  `Day 7 of abx ([[DATE|9/3]]), plan 14 days total.`,
  `POD 1 s/p lap chole ([[DATE|7/30]]), tolerating clears.`,
  `Post-op day 2 = [[DATE|5/25]]; drain output 40 cc.`,
  // ---- years alone and holidays ----
  `PMH: appy [[ORG|1985]], TAH/BSO [[ORG|2001]], MI [[ORG|'09]].`,
  `Widowed in [[ORG|2012]], lives alone since.`,
  `Stopped drinking in [[ORG|1990]], attends AA.`,
  `Fell in the parking lot on [[DATE|Halloween]].`,
  `Last seen by PCP before [[DATE|Memorial Day]].`,
  `Wife wants him home for [[DATE|Thanksgiving Day]].`,
  `Sx started around [[DATE|Valentine's Day]].`,
  `Admitted [[DATE|Christmas]] morning after fall.`,
  `Pt's birthday is tomorrow, family bringing balloons.`,
  // ---- ages ----
  `Pt is a [[AGE|92]] yo woman admitted with PNA.`,
  `[[AGE|94]] y/o M from home, DNR/DNI.`,
  `Pt's mother is [[AGE|101]] and still lives alone.`,
  `A [[AGE|96]]-year-old man with CHF exacerbation.`,
  `Pt is 67 yo, retired, independent in ADLs.`,
  `Grandson is 3 mo old, pt anxious to see him.`,
  // ---- hard negatives: numbers ----
  `BP 120/80, HR 88, RR 22, SpO2 94% on 2L.`,
  `Pain 5/10 to incision, 2/10 after oxy 5 mg.`,
  `Day 3/14 of vanco for MRSA bacteremia.`,
  `Cycle 2/6 of chemo given at OSH last month.`,
  `PNA 2/2 aspiration, on unasyn.`,
  `Hypotension 2/2 sepsis vs hypovolemia.`,
  `Vent settings 500/14/5/40%.`,
  `CPAP 10/5 overnight, sat 96%.`,
  `PT/INR 14.2/1.3, PTT 31.`,
  `Hct 28.1/Hgb 9.4, stable from AM.`,
  `D5 1/2 NS + 20 KCl at 100 cc/hr.`,
  `Strength 4/5 BUE, 3/5 BLE.`,
  `GCS 3/15 on arrival, now 10/15.`,
  `Tolerating 3/4 of diet, needs setup.`,
  `Dilaudid 0.5-1 mg q3h prn pain 4-10.`,
  `Shift 7p-7a; 3-11 RN covered break.`,
  `Temp 38.2, tmax 101.4 at 0200.`,
  `1:1 sitter for safety, AOx1.`,
  `I:E 1:2, PIP 32, plat 26.`,
  `Urine 30-50 cc/hr, K 3.5-4.0.`,
  `Murmur 3/6 at RUSB, radiates to carotids.`,
  `18g PIV L AC, 20g R hand.`,
  // ---- hard negatives: units, eponyms ----
  `Transferred from MICU to CCU for pacer.`,
  `Foley in place, Swan floated, PA 48/22.`,
  `Glasgow coma score 8, intubated for airway.`,
  `Babinski upgoing on left, neuro aware.`,
  `Hx Parkinson's, on sinemet q4h.`,
  `Placed in Trendelenburg for line insertion.`,
  `Hx Lyme disease 2 yrs ago, treated.`,
  `Cheyne-Stokes pattern noted while asleep.`,
  `Murphy's sign positive, surgery consulted.`,
  `Dobhoff placed, position confirmed on film.`,
  `Pleurevac to -20 suction, no air leak.`,
  `Miami J collar on at all times.`,
  `Whipple in past, on creon with meals.`,
  `Bair Hugger on for temp 35.4.`,
  // ---- wards and buildings named after people or places ----
  `Pt transferred to [[GEO|Whitcombe]] 4 for tele.`,
  `Bed ready on the [[GEO|Baker]] unit after 1500.`,
  `Back to [[GEO|Tisdale]] 7 after MRI.`,
  `Boarding on [[GEO|Ransome]] 9 overnight, no ICU bed.`,
  `Pt to [[GEO|Pemberton]] 2 step-down in am.`,
  `Holding in the [[GEO|Marlowe]] PACU.`,
  // ---- transfers, outside hospitals, rehab, nursing homes ----
  `Plan: d/c to rehab at [[GEO|Larkspur]] when medically cleared.`,
  `Pt came from OSH in [[GEO|Dalton]] with STEMI.`,
  `Transferred from [[GEO|Ashby]] [[ORG|Community Hospital]] on a heparin gtt.`,
  `Was at [[GEO|Sorrel Hill]] [[ORG|NH]] x 2 yrs, baseline bedbound.`,
  `Return to [[GEO|Heron Point]] [[ORG|Nursing Home]] in the am.`,
  `Screened by [[GEO|Quarry Ridge]] [[ORG|Health Care Center]] for a bed.`,
  `LTC resident of [[GEO|Fairlawn]] [[ORG|Manor]], sent in for hypoxia.`,
  `Lives at [[GEO|Orchard Glen]] [[ORG|Assisted Living]] w/ 24 hr aide.`,
  `Accepted to acute rehab at [[GEO|Pellhaven]] [[ORG|Rehabilitation Hospital]].`,
  `Seen in [[GEO|St. Brigid's]] ED [[DATE|9/2]], sent home.`,
  `Transferred from [[GEO|Clearwater Valley]] [[ORG|Medical Center]] for EP study.`,
  // ---- home towns and social history ----
  `SH: grew up in [[GEO|Wenham]], retired postal worker.`,
  `Originally from [[GEO|Altoona]], [[ORG|PA]]; moved here for work.`,
  `Retired to [[GEO|Sarasota]] but summers in [[GEO|Bar Harbor]].`,
  `Lives with husband in [[GEO|Keene]], [[ORG|NH]]; 2 grown sons.`,
  `Son lives in [[GEO|Dunmerrow]] and visits weekly.`,
  `Pt worked 30 yrs at the mill in [[GEO|Athol]].`,
  `Wife drove down from [[GEO|Bangor]], [[ORG|ME]] this am.`,
  `Moving to [[GEO|Utica]] with dtr after d/c.`,
  // ---- addresses and ZIP codes ----
  `D/C address: [[GEO|14 Quimby Ct]], [[GEO|Marshfield]], [[ORG|MA]] [[GEO|02050]].`,
  `VNA to see pt at [[GEO|203 North Pell Ave]], [[GEO|Apt 2C]].`,
  `Home is [[GEO|8 Tanager Way]], first floor, 3 steps to enter.`,
  `Pt's ZIP [[GEO|03431]] on insurance form.`,
  `Send scripts to pharmacy on [[GEO|Hollis St]].`,
  // ---- other identifiers in notes ----
  `Dr. [[NAME|Quillfeather]] aware of K 6.1, kayexalate given.`,
  `Wife [[NAME|Marigold]] can be reached at [[PHONE|(413) 555-0178]].`,
  `Per Dr [[NAME|Okonkwo-Marsh]], hold heparin for LP.`,
  `Dtr [[NAME|Rosalind]] is HCP, cell [[PHONE|508-555-0133]].`,
  `MRN [[MRN|40221987]] verified with two identifiers.`,
  `[[NAME|T. Vellacott]], RN`,
  `Spoke w/ [[NAME|Jory]] from case mgmt re: rehab beds.`,
];

export const ASIDE3: string[] = [
  // ---- dates ----
  `Bladder scan [[DATE|10/17]] showed 600 cc, straight cathed.`,
  `Seen at walk-in clinic [[DATE|28/6]] while abroad.`,
  `Pacemaker interrogated [[DATE|2019-02-14]].`,
  `IR drain placed [[DATE|Aug. 3rd]], flushed q8h.`,
  `Cefazolin [[DATE|6/1]]-[[DATE|6/8]] for cellulitis.`,
  `Intubated from [[DATE|1/9]] to [[DATE|1/12]] at OSH.`,
  `EGD on [[DATE|3-14]] with clipping of vessel.`,
  `Events [[[DATE|5/20]]]: desat to 82%, suctioned.`,
  `Hypoglycemia [[DATE|4/4]] @ 0630, d50 given.`,
  `Pt to IR [[DATE|Tues 11/7]] for port.`,
  `POD #2 ([[DATE|8/14]]), pain controlled on PCA.`,
  `HD#3 ([[DATE|12/28]]), creatinine trending down.`,
  `Hip fx [[ORG|2004]], ORIF, walks with cane.`,
  `Admitted the night of [[DATE|Labor Day]].`,
  `Pt is [[AGE|91]] years old, lives with niece.`,
  `A [[AGE|93]] y.o. F with dementia.`,
  // ---- negatives ----
  `BP 96/50, given 500 cc NS bolus.`,
  `Day 5/7 of ceftriaxone.`,
  `AMS 2/2 hepatic encephalopathy, on lactulose.`,
  `BiPAP 14/8 with 50%.`,
  `Pain 8/10, 4/10 post dilaudid.`,
  `Transferred to SICU from PACU.`,
  `Foley removed, Hickman flushed, Swan out.`,
  `Hx Crohn's, on humira.`,
  `Babinski down bilaterally, pupils equal.`,
  `Trendelenburg for hypotension, MD at bedside.`,
  // ---- places ----
  `Transferred to [[GEO|Kingsley]] 6 for tele monitoring.`,
  `Back to the [[GEO|Farrow]] unit after dialysis.`,
  `D/c to rehab at [[GEO|Millbrook]] [[ORG|Rehab]] tomorrow.`,
  `From OSH in [[GEO|Brattleboro]] with SBO.`,
  `Lives at [[GEO|Linden Court]] [[ORG|Nursing Home]], bedbound.`,
  `Grew up in [[GEO|Pawtucket]], machinist by trade.`,
  `Lives with wife in [[GEO|Rutland]], [[ORG|VT]].`,
  `Home address [[GEO|56 Bellweather Rd]], [[GEO|Granby]], [[ORG|CT]] [[GEO|06035]].`,
  `Transferred from [[GEO|Holyoke]] [[ORG|Medical Center]] for cardiac surgery.`,
  `Was at [[GEO|St. Eligius]] for 3 days prior.`,
  // ---- names ----
  `Dr. [[NAME|Marchbanks]] notified of UO 15 cc/hr.`,
  `Son [[NAME|Thaddeus]] called, updated on plan.`,
  `[[NAME|W. Ostrander]], RN`,
  `Call wife at [[PHONE|(802) 555-0164]] with changes.`,
  // ---- more forms ----
  `Cath [[DATE|Thursday 2/16]] showed 3VD.`,
  `Extubated [[DATE|7/2]] 1100, stridor resolved.`,
  `Pt was at [[GEO|Marston]] [[ORG|General]] from [[DATE|4/1]] to [[DATE|4/6]].`,
  `Pt moved from [[GEO|Lewiston]] to live with son.`,
  `Plan for [[GEO|Whitcombe]] 4 when tele bed opens.`,
];
