// Regression tests for topics round 5 (R36, issue 14 item 3): the rules written from development
// batch 14 — financial abuse, permission and surveillance, neglect told through its signs,
// grooming, a counsellor's screening questions, clinical signs in notes, consent, contraception
// and sexual euphemism, and immigration in legal or administrative words — and the other senses
// they must leave alone. Every sentence was written for this file (none is in a benchmark set);
// they show that each rule works, not how well it generalises (the benchmark measures that).
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOPICS, detectTopics, explainTopics } from './topics.ts';

const topicOf = (text: string, topics: readonly string[] = BUILTIN_TOPICS): string | undefined =>
  detectTopics(text, topics)[0]?.type.replace('TOPIC:', '');

/** The rule ids that matched the sentence for a topic (model cues excluded). */
const rulesFor = (text: string, topic: string): string[] =>
  explainTopics(text, [topic])
    .flatMap((s) => s.decisions)
    .flatMap((d) => d.cues.map((c) => c.rule));

describe('R36 round 5: financial abuse, control and surveillance', () => {
  it.each([
    ['money-in-my-name', 'my stepfather took out a car loan in my name when I was nineteen'],
    ['signed-over', 'Grandma signed her savings over to him after months of pressure'],
    ['money-permission', 'I have to ask him for gas money like a teenager'],
    ['money-permission', 'every dollar has to go through her, even for groceries'],
    ['allowance-from-agent', 'my husband holds my card and hands me fifty dollars a week'],
    ['has-my-card', 'My nephew keeps borrowing from my pension without asking'],
    ['unless-present', "She can't visit her own mother unless he is there"],
    ['always-knows-where', 'He installed a tracker on the car so he always knows where I am'],
    ['changed-so-cant', "My boyfriend hid my charger so I couldn't call my sister"],
    ['stops-seeing-family', 'He stopped me from visiting my parents for a whole year'],
    ['says-i-am', "My stepmom tells me I'm a burden every day"],
    ['cruel-to', 'Her son is so cruel to her on the phone'],
    ['carer-harm', "The aide twisted my father's wrist while changing him"],
    ['sedated-quiet', 'The night staff give him sedatives to keep him quiet'],
    ['pulled-by', 'He jerked her back by her collar'],
  ])('R36 %s: %s', (rule, sentence) => {
    expect(rulesFor(sentence, 'abuse')).toContain(rule);
    expect(topicOf(sentence)).toBe('abuse');
  });
});

describe('R36 round 5: neglect, grooming, screening questions and clinical signs', () => {
  it.each([
    ['nobody-cared-for', 'No one bathed the kids for a week while she was out'],
    ['child-without-basics', 'The boy across the hall never has a coat, even in January'],
    ['grooming-secret', 'Her soccer coach told her their texts were a special secret'],
    ['older-than-age', "He keeps telling my niece she's more mature than girls her age"],
    ['touch-child-age', 'A neighbour kept touching my leg when I was nine'],
    ['screening-question', 'Counsellor: Has your partner ever threatened you?'],
    ['screening-question', 'Counsellor: Do you ever feel unsafe around your husband?'],
    ['scare-quoted', 'My uncle called it a "game" and I believed him'],
    ['patterned-injury', "Loop-shaped marks on the child's back, noted by the school nurse"],
    ['account-inconsistent', "Toddler with a spiral fracture; father's story keeps changing"],
  ])('R36 %s: %s', (rule, sentence) => {
    expect(rulesFor(sentence, 'abuse')).toContain(rule);
    expect(topicOf(sentence)).toBe('abuse');
  });
});

describe('R36 round 5: consent, contraception and sexual euphemism', () => {
  it.each([
    ['consent-withdrawn', 'I told him to stop and he just kept going'],
    ['too-drunk-to-consent', 'She was too out of it to say no'],
    ['on-the-pill', 'I started on the pill last month and told nobody'],
    ['skipped-protection', 'we forgot protection on the camping trip'],
    ['late-period', "I'm two weeks late and too scared to take a test"],
    ['relations', 'My wife and I stopped having relations after the miscarriage'],
    ['between-the-sheets', 'Things between the sheets have been dull lately'],
    ['all-over-each-other', 'after the club we were all over each other in the taxi'],
    ['take-it-all-the-way', 'she wanted to take it all the way that night'],
    ['that-kind-of-video', "My son's browser history is full of that kind of site"],
    ['cheating-on-partner', "He's been cheating on his wife with a coworker"],
    ['open-relationship', 'My husband wants to open our marriage'],
    ['thirst-trap', 'she posted a thirst trap for her ex'],
    ['painful-first-time', 'The first time we tried it really hurt'],
    ['hand-pushed-away', 'I kept pushing his hand away under the blanket'],
    ['bedroom-dead', 'Nothing has been happening in the bedroom since the twins'],
  ])('R36 %s: %s', (rule, sentence) => {
    expect(rulesFor(sentence, 'sexual')).toContain(rule);
    expect(topicOf(sentence)).toBeDefined();
  });
});

describe('R36 round 5: immigration in legal, administrative and indirect words', () => {
  it.each([
    ['asks-papers', 'Counsellor: Does your mother have her papers yet?'],
    ['how-got-across', 'How did your parents get across back then?'],
    ['right-to-remain', 'Her right to remain depends on the marriage'],
    ['leave-country-deadline', 'They gave him thirty days to leave the country'],
    ['status-never-sorted', "My uncle still hasn't got his residency sorted out"],
    ['stayed-past-permit', 'She stayed past her permit and now works off the books'],
    ['refused-return', "If I visit my father they won't let me come back"],
  ])('R36 %s: %s', (rule, sentence) => {
    expect(rulesFor(sentence, 'immigration')).toContain(rule);
    expect(topicOf(sentence)).toBe('immigration');
  });
});

describe('R36 round 5: an official holding a passport is not a partner’s control', () => {
  it('R36 a customs officer keeping a passport is not abuse', () => {
    expect(topicOf('The customs officer kept my passport for ten minutes', ['abuse'])).toBeUndefined();
    expect(topicOf('My husband kept my passport so I could not leave', ['abuse'])).toBe('abuse');
  });
});

describe('R36 round 5: other senses stay unredacted', () => {
  it.each([
    ['energy drinks "abused"', 'I abuse energy drinks during exam week'],
    ['sport', 'The umpire threw him out of the game for arguing'],
    ['a grab bar', 'Dad has a grab bar by the tub now'],
    ['a teenager’s allowance', 'My daughter gets ten dollars a week for chores'],
    ['choking on food', 'A chip went down the wrong way and my wife patted my back'],
    ['intimacy of a venue', 'The intimacy of the tiny venue made the concert special'],
    ['a penetrating look', 'He gave me a penetrating look across the table'],
    ['late for class', "I'm ten minutes late for class again"],
    ['a ski weekend across the border', 'We crossed the border into Canada for a ski weekend'],
    ['a border on an invitation', 'The border on the invitation is silver'],
    ['holiday visas', 'We sorted our visas for the vacation in Kenya'],
    ['a deportation scene in a film', 'The deportation scene in the film stayed with me'],
    ['the right to remain silent', 'The officer told him he had the right to remain silent'],
    ['policy talk', 'I wrote to my senator about the immigration reform bill'],
  ])('R36 %s', (_kind, sentence) => {
    expect(topicOf(sentence)).toBeUndefined();
  });
});
