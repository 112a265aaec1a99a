// R35, R27: identifiers in therapists' notes, letters and counselling talk as they are written
// outside the United States and outside the note-minded rules: towns with their province or state,
// neighbourhoods and landmarks, courthouses and GP surgeries, day-first dates, names after roles.
// Every sentence here is invented for this test (no corpus or benchmark text).
import { describe, expect, it } from 'vitest';
import { detect, pseudonymize } from './index.ts';

const found = (text: string): { word: string; type: string }[] => detect(text).map((s) => ({ word: text.slice(s.start, s.end), type: s.type }));
const words = (text: string, type?: string): string[] => found(text).filter((s) => type === undefined || s.type === type).map((s) => s.word);

describe('R35 places in therapists’ notes and letters', () => {
  it('R35 takes a town with its Canadian or Australian region, written with or without a comma', () => {
    expect(words('Client reports she grew up in Port Alberni, BC and moved east for work.', 'GEO')).toContain('Port Alberni, BC');
    expect(words('SESSION BY PHONE. CLIENT STAYING WITH HER SON IN SWIFT CURRENT, SK UNTIL FRIDAY.', 'GEO')).toContain('SWIFT CURRENT, SK');
    expect(words('He drives in from Bathurst, New Brunswick every second week.', 'GEO')).toContain('Bathurst, New Brunswick');
    expect(words('Her brother was transferred to Mackay QLD after the accident.', 'GEO')).toContain('Mackay QLD');
    expect(words('They moved to Ottumwa IA when the plant closed.', 'GEO')).toContain('Ottumwa IA');
  });

  it('R35 takes capitalised words after a word of place that name a kind of place, or after a verb of living', () => {
    expect(words('She now rents a room in Orchard Hollow near her work.', 'GEO')).toContain('Orchard Hollow');
    expect(words('On weekends he fishes at Pelican Point with his uncle.', 'GEO')).toContain('Pelican Point');
    expect(words('They walk the dog around Lake Wapiti most evenings.', 'GEO')).toContain('Lake Wapiti');
    expect(words('Her father still lives in Sable Island Junction, alone.', 'GEO').join(' ')).toContain('Sable');
    expect(words('Since the divorce he has lived in Maple Corners with his mother.', 'GEO')).toContain('Maple Corners');
  });

  it('R35 takes a town before an office or site, and a lower-case town after a verb of living', () => {
    expect(words('Intake was done at our Quillbrook office by the duty worker.', 'GEO')).toContain('Quillbrook');
    expect(words('- mom lives in wetaskiwin now, calls weekly', 'GEO')).toContain('wetaskiwin');
    expect(words('- cl drove back from kalamazoo last night', 'GEO')).toContain('kalamazoo');
    expect(words("she has been sleeping at her gran's flat in kelderwick most nights", 'GEO')).toContain('kelderwick');
    expect(words('- seen at ostlerby office w/ mum', 'GEO')).toContain('ostlerby');
  });

  it('R35 takes courthouses, jails and GP surgeries named as places, and numbered roads and expressways', () => {
    expect(words('Hearing set at the Dunmore County Courthouse next month.', 'GEO').join(' ')).toContain('Courthouse');
    expect(words('She is registered with Hollybank Surgery for her repeat prescriptions.', 'GEO').join(' ')).toContain('Hollybank Surgery');
    expect(words('He was stuck on the Kestrel Expressway for an hour.', 'GEO').join(' ')).toContain('Kestrel Expressway');
    expect(words('The family lives off Route 17 past the quarry.', 'GEO')).toContain('Route 17');
  });

  it('R35 takes a named practice or centre whole, and stops an address where the talk about it starts', () => {
    expect(words('Her support worker comes from Quimby Family Practice on Mondays.', 'GEO')).toContain('Quimby Family Practice');
    expect(words('Referred on by the GP at Wollomby Medical Centre last week.', 'GEO')).toContain('Wollomby Medical Centre');
    const home = 'i live on 5120 juniper court now, near the train station';
    expect(words(home, 'GEO').join(' ')).toContain('5120 juniper court');
    expect(words(home, 'GEO').join(' ')).not.toContain('station');
  });

  it('R35 leaves what only looks like these alone', () => {
    // A person after "to", kind word or not; a county's courthouse in lower case; orders in capitals.
    expect(found('I talked to Imelda Hill about the move.')).toContainEqual({ word: 'Imelda Hill', type: 'NAME' });
    expect(words('The hearing is at the Dunmore County courthouse.', 'GEO')).not.toContain('Dunmore County courthouse');
    expect(words('WEAN AS TOLERATED, HEPARIN TO CONTINUE, CT DRAINAGE STABLE.', 'GEO')).toEqual([]);
    expect(words('Overnight she went into AVNRT and converted with vagal maneuvers.')).toEqual([]);
    expect(words('She was admitted to Intensive Outpatient after the relapse.', 'GEO')).toEqual([]);
    expect(words('He moved to New Mexico for the job.', 'GEO')).toEqual([]);
  });
});

describe('R35 dates, ages, numbers and names in therapists’ notes', () => {
  it('R35 reads a day-first date after a booking word or weekday, and a lower-case month after a date word', () => {
    expect(words('Review booked, next appt 23/4 at the usual time.', 'DATE')).toContain('23/4');
    expect(words('Plan: see again Weds 18/9.', 'DATE').join(' ')).toContain('18/9');
    expect(words('- no contact with dad since jun 14', 'DATE')).toContain('jun 14');
    // A setting after "on" and a score are not dates.
    expect(words('Pt initially on 14/8 in am, weaned later.', 'DATE')).toEqual([]);
  });

  it('R35 takes an age in brackets after a name, a plate a few words before, and MR as a record prefix', () => {
    expect(words('Seen with her grandmother Philippa Oakhurst (94) at home.', 'AGE')).toEqual(['94']);
    expect(words('Sats (94) on room air.', 'AGE')).toEqual([]);
    expect(words('Plate on the incident form: QJT-5521.', 'VEHICLE')).toEqual(['QJT-5521']);
    expect(words('The discharge papers say MR 4471902 at the top.').join(' ')).toContain('MR 4471902');
  });

  it('R35 names after titles and roles in letters, and not role words themselves', () => {
    expect(words('The caseworker, Mr. Van Doorn, will attend the review.', 'NAME')).toContain('Van Doorn');
    expect(words('Client Philomena Abt attended by video.', 'NAME')).toContain('Philomena Abt');
    expect(words('- Bartholomew (goes by Barty) 15M, school refusal', 'NAME')).toContain('Bartholomew');
    expect(words('Her foster mother, Odette Lamarre, brings her to sessions.', 'NAME')).toEqual(['Odette Lamarre']);
    expect(words('Flatmate Torvald keeps the flat tidy.', 'NAME')).toEqual(['Torvald']);
    expect(words('Client: Me and Zdravko used to skip school together.', 'NAME')).toContain('Zdravko');
    expect(words('To the Hon. Rosalind Fairbairn, Family Court', 'NAME')).toEqual(['Rosalind Fairbairn']);
  });
});

describe('R27 what a provider is sent from a therapist’s letter', () => {
  it('R27 a letter with a town and province, a neighbourhood, a day-first date and a role name keeps none of them', () => {
    const letter =
      'Re: counselling for Marisol Teague. Marisol lives in Orchard Hollow, near Quillbrook, and grew up in Port Alberni, BC. ' +
      'Her probation officer, Mr. Van Doorn, asked for attendance figures; next appt 23/4. Her grandmother Philippa Oakhurst (94) attends.';
    const sent = pseudonymize(letter).text;
    for (const value of ['Marisol', 'Teague', 'Orchard', 'Hollow', 'Alberni', 'BC', 'Doorn', '23/4', 'Philippa', 'Oakhurst', '94']) expect(sent).not.toContain(value);
    expect(sent).toContain('probation officer');
  });
});

describe('R35 places and names the note rules leave to cues of their own', () => {
  it('R35 takes a town of two words in a line of capitals, and a mount or fort with its name, after a word of place', () => {
    expect(words('- SON DROVE DOWN FROM CEDAR RAPIDS 11/2 - SLEEPING BETTER', 'GEO').join(' ')).toContain('CEDAR RAPIDS');
    expect(words('- CL VOLUNTEERS AT MOUNT TABOR FOOD BANK - RTC 1 WK', 'GEO').join(' ')).toContain('MOUNT TABOR');
    expect(words('She sings with the choir at Greater Mount Pisgah on Sundays.', 'GEO').join(' ')).toContain('Greater Mount Pisgah');
    // One word in capitals could be any word; an order in capitals stays.
    expect(words('- TO CONTINUE IV FLUIDS, TURN Q2H', 'GEO')).toEqual([]);
  });

  it('R35 takes a neighbourhood named after another place, a street corner by its numbered street, and a one-word landmark', () => {
    expect(words('They rent above a bakery in Little Lisbon now.', 'GEO')).toContain('Little Lisbon');
    expect(words('Meet-up point is the bus shelter on Juniper and 14th most days.', 'GEO')).toContain('Juniper and 14th');
    expect(words('Exposure homework: a slow walk along the Boardwalk at dusk.', 'GEO')).toContain('Boardwalk');
    // A campus, a treatment, a lower-case boardwalk are no place.
    expect(words('Radiation planning is on North Campus this week.', 'GEO')).not.toContain('North Campus');
    expect(words('Walked on the boardwalk with her sister.', 'GEO')).toEqual([]);
  });

  it('R35 takes an institution acronym after "at", and leaves units, devices and shorthand after "from" and "to"', () => {
    expect(words('Ongoing follow-up with her surgeon at QVRMC. Records requested.', 'GEO')).toContain('QVRMC');
    expect(words('Weaned from BVPX this morning to nasal cannula.', 'GEO')).toEqual([]);
    expect(words('Goes to AA at night and to NA on weekends.', 'GEO')).toEqual([]);
    expect(words('Family support at NAMI; intake worker at DCFS.', 'GEO')).toEqual([]);
  });

  it('R35 takes a hospital named by a word of its own, whole, and a saint’s name with its possessive', () => {
    expect(words('His mother was admitted to Tamarack Regional Medical Center after a fall.', 'GEO')).toContain('Tamarack Regional Medical Center');
    expect(words('SEEN IN ED, THEN SENT TO ST. OSWIN\'S COMMUNITY HOSPITAL. PLAN: F/U', 'GEO').join(' ')).toContain("ST. OSWIN'S COMMUNITY HOSPITAL");
    expect(words("She was discharged from St. Fintan's adolescent unit last week.", 'GEO')).toContain("St. Fintan's");
    expect(words('- ORIENTED TO SELF AND HOSPITAL, SLEEPY', 'GEO')).toEqual([]);
    expect(words('- 2 PIVS PLACED AT OUTSIDE HOSPITAL', 'GEO')).toEqual([]);
    expect(words('Referred to Lipid Clinic for statin review.', 'GEO')).toEqual([]);
    expect(words('Her endocrinologist at Children\'s Hope changed the pump settings.', 'GEO')).toContain("Children's Hope");
    expect(words('Referred to Children\'s Aid by the school.', 'GEO')).toEqual([]);
  });

  it('R35 takes an unknown capitalised word where a relative still is, and a lower-case practice named by a place', () => {
    expect(words('Her aunt Dolores is still in Ozoruwa and phones on Sundays.', 'GEO')).toContain('Ozoruwa');
    expect(words('Her son is still in Kindergarten this year.', 'GEO')).toEqual([]);
    expect(words('wants to sign up with the gp at thornwick green surgery. next appt 2/5.', 'GEO').join(' ')).toContain('thornwick green surgery');
    expect(words('Put in T-berg for a few minutes, then HOB up.', 'GEO')).toEqual([]);
  });

  it('R35 takes a name after the label of the person a shorthand note is about, before age and sex, and before a verb of consent', () => {
    expect(words('- pt ottilie marsh seen 3pm, video\n- low mood, poor sleep', 'NAME').join(' ')).toContain('ottilie marsh');
    expect(words('- CL HORATIO 50 MIN IND\n- DENIES SI', 'NAME')).toContain('HORATIO');
    expect(words('- Philippa 71F, grief\n- husband died in spring', 'NAME')).toContain('Philippa');
    expect(words('Safety plan reviewed. Rowan agreed by phone to remove the rope.', 'NAME')).toContain('Rowan');
    // A role or a group that agrees is no one's name; "pt will" is no name.
    expect(words('Staff agreed to check on him hourly. Family agreed.', 'NAME')).toEqual([]);
    expect(words('- pt will call back tomorrow', 'NAME')).toEqual([]);
  });
});

describe('R27 what a provider is sent from a shorthand note with these places and names', () => {
  it('R27 a note with a caps town, a street corner, an acronym and a name after a label keeps none of them', () => {
    const note = '- CL HORATIO 50 MIN IND\n- WIFE LEFT FOR HER SISTER\'S IN CEDAR RAPIDS 10/3\n- meets sponsor on Juniper and 14th; labs at QVRMC\n- Rowan agreed to attend';
    const sent = pseudonymize(note).text;
    for (const value of ['HORATIO', 'CEDAR', 'RAPIDS', 'Juniper', '14th', 'QVRMC', 'Rowan']) expect(sent).not.toContain(value);
    expect(sent).toContain('sponsor');
  });
});
