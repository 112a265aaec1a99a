// Risk mentions and their attributes (issue 15): each way a draft can misstate a risk, with our own
// sentences (not those of the benchmark sets). Pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { compareRisk, riskMentions } from './risk.ts';

const label = (sentence: string, ...sources: string[]): string => verifyClaim(sentence, sources).label;

describe('risk attributes: contradictions', () => {
  it('R03 R27 polarity in shorthand and paraphrase: a denial stated as present, a wish to be dead denied', () => {
    expect(label('Pt acknowledged passive SI over the weekend.', 'Safety screen: SI neg, HI neg.')).toBe('CONTRADICTED');
    expect(label('The client denied any suicidal ideation.', 'He said he sometimes wishes he could fall asleep and never wake up.')).toBe('CONTRADICTED');
    expect(label('Patient reports urges to burn himself.', 'Denies self-injury or urges to self-injure.')).toBe('CONTRADICTED');
  });
  it('R03 R27 plan, intent and preparation: present against denied, including a screening question answered "no"', () => {
    expect(label('She has a plan to overdose.', 'Endorses fleeting SI; no plan, no intent.')).toBe('CONTRADICTED');
    expect(label('He expressed intent to act on the thoughts.', 'Reports thoughts of death; states he would never act on them and denies intent.')).toBe('CONTRADICTED');
    const v = verifyClaim('The client has been making preparations.', ['T: Any steps taken to prepare? C: Nope, none.'], ['T: Thoughts of suicide this week? C: Some, yes.']);
    expect(v.label).toBe('CONTRADICTED');
  });
  it('R03 R27 means: firearms removed or locked away against still at home, and the reverse', () => {
    expect(label('He still keeps a rifle in the house.', "His father took the rifle and locked it in a safe at the father's home.")).toBe('CONTRADICTED');
    expect(label('The client has no access to pills.', 'Has been hoarding pills in a drawer.')).toBe('CONTRADICTED');
    expect(label("The client's partner removed the shotgun from the home.", "Partner declined to remove the shotgun from the home.")).toBe('CONTRADICTED');
  });
  it('R03 R27 time, person, passive/active, thoughts vs act', () => {
    // past vs current (a history is not an ongoing risk; "in the past few days" is now)
    expect(label('Reports cutting in the past few days.', 'Cutting history from age 14 to 16; none in the last three years.')).toBe('CONTRADICTED');
    // a relative's suicide is not the client's attempt
    expect(label('The client attempted suicide in 2019.', "The client's uncle died by suicide in 2019.")).toBe('CONTRADICTED');
    // passive vs active
    expect(label('Client endorsed active suicidal ideation.', 'SI: +passive (wishes not to exist), -active, -plan.')).toBe('CONTRADICTED');
    // only thought of, never acted on
    expect(label('He cut himself after the argument.', 'Strong urges to cut after the argument, did not act on them.')).toBe('CONTRADICTED');
  });
  it('R03 R27 substance use: relapse vs sobriety, frequency, direction, abstinence that ended', () => {
    expect(label('Client relapsed on opioids this week.', 'Remains 120 days clean from opioids.')).toBe('CONTRADICTED');
    expect(label('Client smokes cannabis nightly.', 'Cannabis down from nightly to 1x/wk.')).toBe('CONTRADICTED');
    expect(label('His drinking has increased.', 'Alcohol: 2 drinks on weekends, no change.')).toBe('CONTRADICTED');
    expect(label('She reports ongoing abstinence from cocaine.', 'She used cocaine on Saturday after 3 months clean.')).toBe('CONTRADICTED');
    expect(label('The client uses alcohol daily.', 'Drinks wine at dinner twice a week, denies daily use.')).toBe('CONTRADICTED');
  });
  it('R03 R27 certainty: a possible overdose stated as intentional', () => {
    expect(label('The overdose was intentional.', 'Unclear whether the overdose was intentional; patient says she lost count of doses.')).toBe('CONTRADICTED');
  });
});

describe('risk attributes: faithful paraphrase passes', () => {
  it('R03 screened and denied, in other words', () => {
    expect(label('Client screened negative for suicidal and homicidal ideation.', 'Risk: denies SI/HI.')).toBe('SUPPORTED');
    expect(label('When asked, the client denied thoughts of harming himself.', 'Asked about thoughts of self-harm; pt said no.')).toBe('SUPPORTED');
  });
  it('R03 passive wishes to be dead, means removed, abstinence, shorthand lists', () => {
    expect(label('Client reports passive death wishes without a plan.', 'Client says she hopes she will not wake up some mornings; no plan.')).toBe('SUPPORTED');
    expect(label('The guns were removed from the home.', 'Her brother removed both guns from the home on Monday.')).toBe('SUPPORTED');
    expect(label('He has been sober from alcohol for 30 days.', 'Last drink 30 days ago.')).toBe('SUPPORTED');
    expect(label('She endorsed passive but not active suicidal thoughts, with no plan or intent.', 'SI: +passive, -active, -plan, -intent.')).toBe('SUPPORTED');
  });
});

describe('risk mentions', () => {
  it('R03 a mention carries polarity, time, person and mode', () => {
    const [m] = riskMentions("Client's sister attempted suicide last year.");
    expect(m).toMatchObject({ cat: 'suicide', facet: 'act', denied: false, time: 'past', who: 'sister' });
    const modes = riskMentions('SI: +passive, -active.').filter((x) => x.mode !== null).map((x) => `${x.mode}:${x.denied ? 'denied' : 'present'}`);
    expect(modes).toEqual(expect.arrayContaining(['passive:present', 'active:denied']));
  });
  it('R03 a treatment plan and "cutting back" are not risk', () => {
    expect(riskMentions('Plan: continue weekly CBT.').length).toBe(0);
    expect(riskMentions('Treatment plan reviewed; she is cutting back on overtime.').length).toBe(0);
    expect(compareRisk('Safety plan updated.', ['Safety plan reviewed.']).contra).toEqual([]);
  });
});

describe('risk round 7: wording and structure by kind', () => {
  it('R03 R27 a question segment takes the answer of the next segment (a plan or intent denied only in the reply)', () => {
    expect(verifyClaim('Client described a plan for ending her life.', ['Q: Have you worked out how you would do it?', 'A: No, not at all.'], ['Q: Any thoughts of suicide? A: Sometimes.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('Resident said he intends to act on the thoughts.', ['Nurse: Would you do it?', 'Resident: No, never.'], ['Resident voiced thoughts of killing himself.']).label).toBe('CONTRADICTED');
  });
  it('R03 R27 locked storage is still access; removal to another home is not', () => {
    expect(label('There are no firearms the youth can get to.', 'Grandpa keeps two rifles in a locked gun safe in the garage.')).toBe('CONTRADICTED');
    expect(label('The pistols are kept locked.', 'Owns three pistols, kept loaded in a nightstand.')).toBe('CONTRADICTED');
    expect(label('The rifles were taken to a neighbour’s house.', 'Rifles taken to the neighbour’s house on Tuesday; none left at home.')).toBe('SUPPORTED');
  });
  it('R03 R27 MSE signs: "w/o", "+", "-", ": all denied"', () => {
    expect(label('Client has a plan.', 'SI+ w/o plan, intent denied.')).toBe('CONTRADICTED');
    expect(label('Reports SI without a plan.', 'SI+ w/o plan, intent denied.')).toBe('SUPPORTED');
    expect(label('Member reports homicidal ideation.', 'Asked about SI, HI, AH: all denied.')).toBe('CONTRADICTED');
  });
  it('R03 R27 the severity ladder: only thoughts or no plan against stated intent or preparation', () => {
    expect(label('He described only passing thoughts of death.', 'He had saved up his pills and wrote goodbye notes to his parents.')).toBe('CONTRADICTED');
  });
  it('R03 R27 whose risk: a relative named by the draft where the source names no one else', () => {
    expect(label("The teen's cousin has been cutting her arms.", 'She disclosed cutting her arms with a pencil sharpener blade last week.')).toBe('CONTRADICTED');
  });
  it('R03 R27 self-harm methods, slang and command voices', () => {
    expect(label('Client denies burning herself.', 'Client reports burning her wrists with a lighter; denies cutting.')).toBe('CONTRADICTED');
    expect(label('Client denies cutting.', 'Client reports burning her wrists with a lighter; denies cutting.')).toBe('SUPPORTED');
    expect(label('Student reports self-harm.', 'Student told the counsellor she has been carving her forearm most nights.')).not.toBe('CONTRADICTED');
    expect(label('Pt denies hearing voices.', 'Pt hears a woman’s voice telling her to walk into traffic.')).toBe('CONTRADICTED');
  });
  it('R03 R27 victim against perpetrator, and another person doing it', () => {
    expect(label('The boy bullied younger pupils.', 'The boy (12) was bullied by older pupils on the bus.')).toBe('CONTRADICTED');
    expect(label('Mother pushed the father.', 'Mother reports the father pushed her against a wall.')).toBe('CONTRADICTED');
  });
  it('R03 R27 frequency and direction: rarely vs most days, eased vs worsened, once vs several times', () => {
    expect(label('Urges to cut have increased.', 'Urges to cut eased over the month.')).toBe('CONTRADICTED');
    expect(label('Passive SI is rare.', 'Passive SI most nights this month.')).toBe('CONTRADICTED');
    expect(label('Purging happens every day.', 'Purging 2-3 times a week.')).toBe('CONTRADICTED');
  });
  it('R03 R27 abstinence that ended, a diagnosis only considered, "other drugs" denied', () => {
    expect(label('Client has stayed sober from alcohol.', 'Client was sober from alcohol for 90 days until a binge on Friday.')).toBe('CONTRADICTED');
    expect(label('Client was diagnosed with cannabis use disorder.', 'Cannabis use disorder was considered but not diagnosed.')).toBe('CONTRADICTED');
    expect(label('He uses methamphetamine daily.', 'Smokes cannabis nightly; denies other drug use.')).toBe('CONTRADICTED');
  });
  it('R03 R27 faithful risk restatements stay supported', () => {
    expect(label('Safety plan completed and agreed.', 'Safety plan completed with client, who agreed to it.')).toBe('SUPPORTED');
    expect(label('No suicidal ideation.', 'Denies SI/HI/AVH.')).toBe('SUPPORTED');
  });
});

describe('risk attributes: who it belongs to, answers across turns, outcome (round 8)', () => {
  it("R03 R27 a reporter's own risk ('she herself', 'his own') is not the client's; a relative's preparation or owned means is not the client's", () => {
    const src = 'Aunt reports she herself struggled with suicidal thoughts in her twenties.';
    expect(label('The client has struggled with suicidal thoughts.', src)).toBe('CONTRADICTED');
    expect(label('The aunt disclosed her own history of suicidal thoughts.', src)).not.toBe('CONTRADICTED');
    expect(label('His cousin keeps three rifles.', 'Keeps three rifles; agreed that his cousin will hold them for now.')).toBe('CONTRADICTED');
    expect(label('His son wrote goodbye notes to him.', 'Reports he wrote goodbye notes to his son last week.')).toBe('CONTRADICTED');
    // Someone the client argued with is an object, not whose drinking it is.
    expect(label('After cutting back his drinking, Mr. Sample argues less with his partner.', 'Mr. Sample says fights with his partner eased once he cut back his drinking.')).not.toBe('CONTRADICTED');
  });
  it('R03 R27 "not this week" answers a screening question for now; a past time affirmed in the same turn stays', () => {
    const q = 'Clinician: Any thoughts of ending your life this week?';
    const a = 'Client: Not this week. Back in spring I did.';
    expect(label('The client reports suicidal thoughts this week.', q, a)).toBe('CONTRADICTED');
    expect(label('The client has never had suicidal thoughts.', q, a)).toBe('CONTRADICTED');
    expect(label('The client denies suicidal thoughts this week.', q, a)).toBe('SUPPORTED');
  });
  it('R03 R27 intent to harm another, physical aggression and harm, a wish to disappear are risks with their polarity', () => {
    expect(label('Client intends to hurt his coworker.', 'Denies any intent to act on his anger.')).toBe('CONTRADICTED');
    expect(label('She denies any physical aggression toward her roommate.', 'She admits she kicked her roommate on Friday.')).toBe('CONTRADICTED');
    expect(label('His neighbour has been hitting him.', 'He denies any physical harm by his neighbour.')).toBe('CONTRADICTED');
    expect(label('Client voiced a wish to vanish for good.', 'Denies SI.')).toBe('CONTRADICTED');
  });
  it("R03 R27 an act's outcome: died of it against survived it", () => {
    expect(label("The client's cousin died of an overdose in May.", "Client's older cousin overdosed in May and survived.")).toBe('CONTRADICTED');
    expect(label('Her cousin survived an overdose in May.', "Client's older cousin overdosed in May and survived.")).not.toBe('CONTRADICTED');
  });
  it('R03 R27 a name given beside a role is that role: who threw what at whom', () => {
    const src = 'Partner A (Tomas) says Partner B (Ilse) shoved him in the hallway.';
    expect(label('Tomas shoved Ilse in the hallway.', src)).toBe('CONTRADICTED');
    expect(label('Ilse shoved Tomas in the hallway.', src)).not.toBe('CONTRADICTED');
  });
  it('R03 R27 a pronoun in a clause that names the client elsewhere is the person named before; an act with no one named is the client\'s own', () => {
    expect(label('The client threatened her aunt.', 'Her aunt arrived angry; she threatened to lock the client out of the flat.')).toBe('CONTRADICTED');
    expect(label('She pushed her daughter.', 'Her daughter pushed her in the kitchen; she denies pushing her back.')).toBe('CONTRADICTED');
    expect(label('Her daughter pushed her in the kitchen.', 'Her daughter pushed her in the kitchen; she denies pushing her back.')).not.toBe('CONTRADICTED');
  });
  it('R03 R27 who was on the receiving end, and who took the money', () => {
    expect(label('The client was physically abused by his grandfather.', 'Client reports his father was physically abused by his own grandfather.')).toBe('CONTRADICTED');
    expect(label('Ms. Example has been taking money from her niece.', 'Ms. Example says her niece has been taking money from her pension.')).toBe('CONTRADICTED');
    expect(label('She reports financial exploitation by her niece.', 'Ms. Example says her niece has been taking money from her pension.')).not.toBe('CONTRADICTED');
  });
  it('R03 R27 certainty both ways: a hedge on a stated risk, a certainty on an alleged one', () => {
    expect(label('Client might have urges to self-harm.', 'Client plainly endorses urges to self-harm most evenings.')).toBe('CONTRADICTED');
    expect(label('Neglect by the grandmother was confirmed.', 'Alleged neglect by the grandmother is being looked into.')).toBe('CONTRADICTED');
  });
  it('R03 R27 counts, rated levels and a plan told in a question and its answer', () => {
    expect(label('She has made four suicide attempts.', 'Three prior suicide attempts, the last in 2021.')).toBe('CONTRADICTED');
    expect(label('She has made three prior suicide attempts.', 'Three prior suicide attempts, the last in 2021.')).not.toBe('CONTRADICTED');
    expect(label('Risk was judged to be high.', 'Overall risk was assessed as moderate.')).toBe('CONTRADICTED');
    expect(label('The client described a plan involving the railway.', 'T: Have you made a plan?', "C: Yes, I've thought about the railway line.")).not.toBe('CONTRADICTED');
  });
});

