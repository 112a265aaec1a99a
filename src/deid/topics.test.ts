// Sensitive-topic redaction by meaning (R36, R37): paraphrases that carry no keyword, other senses
// of topic words, negation and experiencer, segmentation, the evidence helper, and the gate that
// keeps the rules cheap. Every sentence here was written for this file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, redact } from './index.ts';
import { BUILTIN_TOPICS, detectTopics, explainTopics, sentences } from './topics.ts';
import { bitOf, CONCEPTS, conceptBits, type ConceptClass } from './topics/concepts.ts';

const ALL = { topics: ['immigration', 'sexual', 'abuse'] };
const topicOf = (text: string, topics: readonly string[] = BUILTIN_TOPICS): string | undefined =>
  detectTopics(text, topics)[0]?.type.replace('TOPIC:', '');

describe('R36 immigration status said without the word', () => {
  it.each([
    ['having no legal papers', 'my aunt has no papers so she never signs a lease'],
    ['no status', "Pt's brother lacks legal status and avoids hospitals."],
    ['paying a smuggler', 'we paid a guy five thousand to get my nephew across'],
    ['a coyote', 'the coyote left them by the highway at night'],
    ['overstaying a visa', 'he came on a work visa and overstayed it'],
    ['indirect fear of deportation', "she's terrified they'll send her back if she calls the cops"],
    ['being taken away', "i'm scared they will take my dad away if he goes to court"],
    ['la migra in Spanish-English', 'cuando llega la migra we all hide in the back'],
    ['crossing on foot', 'they crossed the desert on foot for four days'],
    ['entry as a child', 'I was brought here when I was 3 and never left'],
    ['a person who is not legal', "my cousin is not legal so he can't report his boss"],
    ['ICE in capitals only', 'Client: ICE took her husband from the parking lot.'],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence, ['immigration'])).toBe('immigration');
  });
});

describe('R36 sexual content said without the keyword list', () => {
  it.each([
    ['forced into sex without the word rape', 'he made me have sex with him after i said no', 'sexual'],
    ['a hook-up', 'we hooked up after the concert and i feel gross', 'sexual'],
    ['sexual function', 'Pt reports difficulty maintaining an erection with new partner.', 'sexual'],
    ['sexting', 'my girlfriend and i were sexting during class', 'sexual'],
    ['sex work', 'Cl disclosed trading sex for a place to sleep last winter.', 'sexual'],
  ])('R36 %s', (_kind, sentence, topic) => {
    expect(topicOf(sentence, [topic])).toBe(topic);
  });
});

describe('R36 abuse said without the word abuse', () => {
  it.each([
    ['a parent locking children up', 'our mom would lock us in the bathroom for hours'],
    ['a parent hitting children', 'my father hit my little brother with a belt'],
    ['grooming', 'he kept buying me presents and said it was our secret'],
    ['inappropriate touching', 'my neighbor touched me in a way that felt wrong when i was eight'],
    ['partner controlling money and phone', "Cl reports husband keeps her bank card and checks her phone nightly."],
    ['forced sex', 'Pt states her boyfriend forced her to have sex on several occasions.'],
    ['threats', 'he said if i leave he will kill me'],
    ['choking', 'Client: He grabbed me by the throat in the kitchen.'],
    ['starving a child', "they wouldn't feed us when we talked back"],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence, ['abuse'])).toBe('abuse');
  });
});

describe('R36 hard negatives stay readable', () => {
  it.each([
    ['abuse of a substance', 'Pt reports a long history of opioid abuse, now on buprenorphine.', 'abuse'],
    ['abuse of caffeine or privileges', 'honestly i abuse caffeine during finals', 'abuse'],
    ['an abused animal', 'the shelter cat was abused by her last owner', 'abuse'],
    ['abusing the system', 'my coworker is abusing the system with fake sick days', 'abuse'],
    ['sex as a demographic field', 'Sex: M. Referred by PCP.', 'sexual'],
    ['sexual orientation as identity', 'Cl explored her sexual orientation and feels more settled.', 'sexual'],
    ['immigration as news', 'my uncle rants about immigration policy on the news every night', 'immigration'],
    ['touching base', "I'll be touching base with your psychiatrist this week.", 'sexual'],
    ['forced to work late', 'my manager forced me to work late again on friday', 'abuse'],
    ['beat the traffic', 'we left at six to beat the traffic', 'abuse'],
    ['the border of a table', 'the border of the tablecloth has little lemons on it', 'immigration'],
    ['papers for school', 'i still have two papers due for history', 'immigration'],
    ['a visa card', 'my visa card got declined at the pharmacy', 'immigration'],
    ['hit the gym', 'i hit the gym before work now and it helps', 'abuse'],
    ['an illegal act, not a person', "it's illegal to use your phone while driving here", 'immigration'],
    ['immigrant parents as background', 'my parents are immigrants so they push me hard about school', 'immigration'],
    ['a feeling that hits', 'that memory hit me out of nowhere during class', 'abuse'],
  ])('R36 %s', (_kind, sentence, topic) => {
    expect(topicOf(sentence, [topic])).toBeUndefined();
  });
});

describe('R36 negation and experiencer', () => {
  it('R36 still redacts a negated screening answer, and reports the negation as evidence', () => {
    const text = 'Client denies any history of sexual abuse.';
    expect(redact(text, ALL).text).toBe('[REDACTED: abuse]');
    const cue = explainTopics(text, ['abuse'])[0]!.decisions[0]!.cues[0]!;
    expect(cue.negated).toBe(true);
  });
  it('R36 does not treat a negation elsewhere in the clause as negating the cue', () => {
    const cues = explainTopics("we don't talk much but he hit me last week", ['abuse'])[0]!.decisions[0]!.cues;
    expect(cues.some((c) => c.rule === 'hit-person' && !c.negated)).toBe(true);
  });
  it('R36 vetoes topic vocabulary about a job, not a disclosure', () => {
    const [s] = explainTopics('Client works as a domestic violence advocate and reports burnout.', ['abuse']);
    expect(s!.topic).toBeUndefined();
    expect(s!.decisions[0]!.vetoedBy).toBe('profession');
  });
  it('R36 lets a personal act override the veto', () => {
    expect(topicOf('Client works as a nurse and her husband hit her last night.', ['abuse'])).toBe('abuse');
  });
  it('R36 masks an animal experiencer but not a person one', () => {
    expect(topicOf('our dog was neglected and starved before the rescue', ['abuse'])).toBeUndefined();
    expect(topicOf('my stepdad starved me and my sister', ['abuse'])).toBe('abuse');
  });
});

describe('R36 segmentation and spans', () => {
  it('R36 redacts the whole sentence and only that sentence', () => {
    const text = 'We talked about school. Pt. reports her father locked her in the garage as a child. Plan: continue weekly.';
    const r = redact(text, ALL);
    expect(r.text).toBe('We talked about school. [REDACTED: abuse] Plan: continue weekly.');
  });
  it('R36 keeps the speaker label readable in a transcript', () => {
    const r = redact('Counsellor: How was the week?\nClient: i dont have papers and im scared all the time\nCounsellor: That sounds hard.', ALL);
    expect(r.text.split('\n')[1]).toBe('Client: [REDACTED: immigration]');
  });
  it('R36 absorbs identifiers inside a topic sentence into one span', () => {
    const spans = detect('Client: My uncle Roberto paid a smuggler in Tijuana to bring me over.', ALL);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.type).toBe('TOPIC:immigration');
  });
  it('R36 splits sentences at final punctuation and line breaks, not after abbreviations', () => {
    const text = 'Dr. Lee saw Pt. today. She is fine.\nNext line';
    expect(sentences(text).map(([s, e]) => text.slice(s, e))).toEqual(['Dr. Lee saw Pt. today.', 'She is fine.', 'Next line']);
  });
});

describe('R37 per-practice topics', () => {
  it('R37 redacts nothing when no topic is on', () => {
    expect(detectTopics('he hit me and i have no papers', [])).toEqual([]);
    expect(detectTopics('he hit me and i have no papers', undefined)).toEqual([]);
  });
  it('R37 redacts only the topics that are on', () => {
    const text = 'he hit me. i have no papers.';
    expect(detectTopics(text, ['immigration']).map((s) => s.type)).toEqual(['TOPIC:immigration']);
  });
  it('R37 keeps custom phrases and patterns working beside the built-ins', () => {
    const spans = detectTopics('we argued about the casino trip. he hit me.', ['abuse'], [{ name: 'gambling', patterns: ['casino'] }]);
    expect(spans.map((s) => s.type)).toEqual(['TOPIC:gambling', 'TOPIC:abuse']);
  });
});

describe('R36 explainTopics', () => {
  it('R36 names the rule, the words and the masked senses behind a decision', () => {
    const [s] = explainTopics('i was abusing caffeine and my ex slapped me', ['abuse']);
    const d = s!.decisions[0]!;
    expect(s!.topic).toBe('abuse');
    expect(d.masked.some((m) => m.includes('caffeine'))).toBe(true);
    expect(d.cues.map((c) => c.rule)).toContain('hit-person');
  });
});

describe('R36 the cue gate hides no rule match', () => {
  // The gate skips sentences without anchor words; on every benchmark sentence the result must
  // equal running the rules on all sentences.
  const rows = ['dev', 'heldout', 'dev-batch10', 'dev-batch12', 'dev-batch13', 'dev-batch14', 'dev-ordinary2', 'dev-ordinary3'].flatMap((f) =>
    readFileSync(new URL(`../../bench/deid/topics/${f}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  it('R36 gated and ungated decisions agree on all benchmark sentences', () => {
    const decided = (t: string, ungated: boolean): string =>
      explainTopics(t, BUILTIN_TOPICS, { ungated })
        .flatMap((x) => x.decisions.filter((d) => d.redact).map((d) => d.topic))
        .join();
    const differing = rows.filter((t) => decided(t, false) !== decided(t, true));
    expect(rows.length).toBeGreaterThan(2400);
    expect(differing).toEqual([]);
  });
});

// Regression tests for the paraphrase frames (situations stated as co-occurring concepts). Each
// sentence was written for this file; they show that a frame works, not how well it generalises
// (bench/deid/topics/heldout2.jsonl measures that).
describe('R36 frames: immigration situations without the topic words', () => {
  it.each([
    ['lacking the right documents', "Client: my stepdad, he doesn't have the right documents to stay here"],
    ['no permission to work', 'she has no permission to work so she babysits for cash'],
    ['removal to a named country', 'they sent my brother back to Honduras in March'],
    ['a court date and having to leave', 'the judge gave him ninety days to leave'],
    ['leaving means not getting back', 'if my mom goes to the funeral she cannot come back'],
    ['a journey hidden in a vehicle', 'we rode in the back of a trailer for two nights'],
    ['paying for passage', 'my aunt paid a man to take her through the desert'],
    ['taken at work and held', 'my neighbour got picked up at the plant and now he is in custody'],
    ['fear of men in uniform at the door', 'we never open the door to people in uniforms, we hide in the back'],
    ['marriage for papers', 'he married her so he could get his papers'],
    ['silenced by status', "my uncle can't complain to anyone because of his status"],
    ['raids and a parent', 'when there are raids my mom stays home and we keep the lights off'],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence, ['immigration'])).toBe('immigration');
  });
});

describe('R36 frames: sexual content without the topic words', () => {
  it.each([
    ['an unnamed act between partners', 'my girlfriend and i finally did it in her room'],
    ['the night together', 'we spent the night together after the concert'],
    ['performance', "he couldn't perform and blamed me for it"],
    ['many partners', "I've been with so many guys this year that I lost count"],
    ['pictures without clothes', 'he wants photos of me without any clothes'],
    ['faking it', 'i always faked it with him because it was easier'],
    ['expected at night', 'if i stay at his place he will expect something in bed'],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence, ['sexual'])).toBe('sexual');
  });
});

describe('R36 frames: abuse without the word abuse', () => {
  it.each([
    ['force at the throat', 'he pressed his forearm against my throat'],
    ['pinned against a wall', 'she pinned me against the fridge and screamed'],
    ['base-form verb in non-native English', 'when he angry he push me and the children'],
    ['an ordeal as punishment', 'our dad made us kneel on the floor for hours'],
    ['a dependant left alone', 'she left the twins alone in the apartment all weekend'],
    ['a threat to take a child', 'if I leave he says he will take my daughter and I will never see her again'],
    ['hurting a child', 'I am scared my husband will hurt my son'],
    ['a hand held over a stove', 'my grandmother held my hand over the burner'],
    ['hiding from an angry parent', 'we hid in the closet when mom came home drunk'],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence, ['abuse'])).toBe('abuse');
  });
});

describe('R36 frames keep the other senses readable', () => {
  it.each([
    ['an ID left at home', "I don't have my ID with me today", 'immigration'],
    ['a licence not learned yet', "I don't have a licence because I'm still taking driving lessons", 'immigration'],
    ['movers', 'we paid someone to bring the sofa over from my aunt'],
    ['a summer camp threat', 'dad keeps threatening to send me back to sleepaway camp', 'abuse'],
    ['a match lost', 'we got beaten 3-1 in the semifinal', 'abuse'],
    ['a protective grab', 'he grabbed my arm to stop me from stepping off the curb', 'abuse'],
    ['neglected chores', 'I neglected my chores all week', 'abuse'],
    ['a child in the parents bed', 'our son crawls into bed with us when he is sick', 'sexual'],
    ['a race finished', 'I finished in 30 minutes, my fastest race ever', 'sexual'],
    ['a finished escape room', 'my bf and i did the puzzle hunt for the first time and won', 'sexual'],
  ])('R36 %s', (_kind, sentence, topic?: string) => {
    expect(topicOf(sentence, topic ? [topic] : BUILTIN_TOPICS)).toBeUndefined();
  });
});

describe('R36 spoken disfluency', () => {
  it('R36 reads through hesitations and restarts', () => {
    expect(topicOf('Client: we, um, we had, uh, relations, you know, last week', ['sexual'])).toBe('sexual');
    expect(topicOf("Client: my, my dad, he doesn't have, um, the, the papers", ['immigration'])).toBe('immigration');
  });
  it('R36 keeps a trailing-off ellipsis inside one redacted utterance', () => {
    const text = 'Client: he held me down and... kept going.';
    const spans = detectTopics(text, ['abuse']);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('he held me down and... kept going.');
  });
});

// The WordNet round: concept classes expanded from WordNet (resources/dicts/topic-concepts.txt,
// scripts/build-topic-concepts.ts) and frames that combine them. Sentences written for this file.
describe('R36 concept classes expanded from WordNet', () => {
  const inClass = (w: string, c: ConceptClass): boolean => ((CONCEPTS.get(w) ?? 0) & bitOf(c)) !== 0;
  it.each([
    ['flogged', 'STRIKE'],
    ['horsewhipped', 'STRIKE'],
    ['garrotted', 'STRIKE'],
    ['expulsion', 'EXPEL'],
    ['repatriation', 'EXPEL'],
    ['maltreatment', 'VICTIMISE'],
    ['browbeat', 'VICTIMISE'],
    ['fornication', 'SEXACT'],
    ['incarcerated', 'HOLD'],
    ['interdicted', 'DEPRIVE'],
  ] as const)('R36 a word nobody listed reaches its class: %s in %s', (word, cls) => {
    expect(inClass(word, cls)).toBe(true);
  });
  it.each([
    // Kept out by the reviewed stop list or the own-sense rule.
    ['know', 'SEXACT'],
    ['mate', 'SEXACT'],
    ['bit', 'STRIKE'],
    ['fish', 'STRIKE'],
    ['croquet', 'STRIKE'],
    ['checkmate', 'STRIKE'],
    ['cuff', 'STRIKE'],
    ['course', 'CROSS'],
    ['behave', 'EXPEL'],
    ['cervix', 'BODY'],
  ] as const)('R36 a common or rare-sense word stays out: %s not in %s', (word, cls) => {
    expect(inClass(word, cls)).toBe(false);
  });
  it('R36 reads possessives, hyphenated words and two-word phrases the way the gate does', () => {
    expect(conceptBits("my stepfather's belt") & bitOf('AGENT')).not.toBe(0);
    expect(conceptBits('he roughed up the kids') & bitOf('STRIKE')).not.toBe(0);
    expect(conceptBits('her half-brother came over') & bitOf('AGENT')).not.toBe(0);
    expect(conceptBits('we talked about the weather')).toBe(0);
  });
});

describe('R36 concept frames catch paraphrase in expanded words', () => {
  it.each([
    ['a blow in a WordNet word, by a parent', 'Her stepfather flogged her brothers every Sunday.', 'abuse'],
    ['victimisation by a carer', 'Pt describes years of maltreatment by a guardian.', 'abuse'],
    ['insults to a person', 'He tells me I am a worthless imbecile every single morning.', 'abuse'],
    ['food withheld', 'Her aunt withheld dinner from the twins for two days.', 'abuse'],
    ['a child left alone', 'The neighbour leaves her toddler unattended for hours while she drinks.', 'abuse'],
    ['expelled to a country', 'His repatriation to Venezuela was ordered last month.', 'immigration'],
    ['a lapsed status document', 'Her residency permit lapsed in the spring and she cannot renew it.', 'immigration'],
    ['held in a federal place', 'My brother-in-law is incarcerated at a federal facility near the border.', 'immigration'],
    ['explicit vocabulary reached through WordNet', 'Client disclosed fornication with a coworker during a work trip.', 'sexual'],
  ])('R36 %s', (_kind, sentence, topic) => {
    expect(topicOf(sentence, [topic])).toBe(topic);
  });
  it.each([
    ['a board game', 'My uncle trounced me at checkers all afternoon.', 'abuse'],
    ['a blood-pressure cuff', 'The nurse put the cuff on her arm and my wife flinched.', 'abuse'],
    ['a panic attack', 'She had a panic attack and her chest felt tight.', 'abuse'],
    ['a hike', 'We hiked for days through the mountains last summer.', 'immigration'],
    ['a library card', 'My library card expired so I could not borrow the book.', 'immigration'],
    ['held up at an airport', 'We were held up at the airport for four hours.', 'immigration'],
    ['oral medication', 'She takes the oral antibiotic twice a day with her partner reminding her.', 'sexual'],
  ])('R36 leaves alone: %s', (_kind, sentence, topic) => {
    expect(topicOf(sentence, [topic])).toBeUndefined();
  });
  it('R36 explains a frame match with the words of its classes', () => {
    const d = explainTopics('Her stepfather flogged her brothers every Sunday.', ['abuse'])[0]!.decisions[0]!;
    const cue = d.cues.find((c) => c.rule.startsWith('concept:'));
    expect(cue?.rule).toBe('concept:blow-by-agent');
    expect(cue?.text).toContain('flogged');
  });
});

// Regression tests for the rules written from development batch 13 (second-hand reports, clinical
// shorthand, other senses). Each sentence was written for this file.
describe('R36 rules from development batch 13', () => {
  it('R36 a bone broken by another person is abuse; a fall or a sport is not', () => {
    expect(topicOf('Her boyfriend fractured two of her fingers when she tried to leave.', ['abuse'])).toBe('abuse');
    expect(explainTopics('Her boyfriend fractured two of her fingers when she tried to leave.', ['abuse'])[0]!.decisions[0]!.cues.map((c) => c.rule)).toContain('broken-by-agent');
    const fall = explainTopics('She broke her wrist falling off her bike at the park.', ['abuse']);
    expect(fall.flatMap((x) => x.decisions).flatMap((d) => d.cues).some((c) => c.rule === 'broken-by-agent')).toBe(false);
  });
  it('R36 clinical shorthand for a history of child sexual abuse is abuse', () => {
    expect(topicOf('Intake: hx of CSA, not yet discussed in session.', ['abuse'])).toBe('abuse');
  });
  it('R36 vetoes a job at a service for victims, not a disclosure', () => {
    const [s] = explainTopics('My aunt works at a domestic violence hotline and loves her job.', ['abuse']);
    expect(s!.decisions[0]!.vetoedBy).toBe('profession');
    expect(s!.decisions[0]!.redact).toBe(false);
  });
  it('R36 swatting an insect is not a blow to a person', () => {
    const [s] = explainTopics('He slapped a mosquito on my neck at the campfire.', ['abuse']);
    expect(s?.decisions.flatMap((d) => d.cues).some((c) => !c.rule.startsWith('model:')) ?? false).toBe(false);
  });
  it('R36 sending a thing back is not being sent back', () => {
    expect(explainTopics('I sent my food back because it was cold.', ['immigration']).flatMap((x) => x.decisions).some((d) => d.redact)).toBe(false);
    expect(topicOf('They sent my uncle back to Guatemala last spring.', ['immigration'])).toBe('immigration');
  });
});
