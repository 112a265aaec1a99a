// Round vsame (issue 15, 2026-12-07): "the same content" said another way — a noun made from the
// source's verb or adjective, a person named by the role a segment gives beside the name, an event
// another segment names that the draft dates itself by, and the noun of a verb of wishing. Each with a control that a contradiction or an invention still gets
// through. Our own synthetic sentences (obviously fake people).
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { derivationalRoot, derivedSourceWord } from './samecontent.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context, { model: false }).label;

describe('claims: the same content said another way (round vsame)', () => {
  it('R03 derived forms: WordNet word-to-word links and shared roots, not look-alikes', () => {
    expect(derivedSourceWord('agitation', ['agitated'])).toBe('agitated');
    expect(derivedSourceWord('anxiety', ['anxious'])).toBe('anxious');
    expect(derivedSourceWord('heart', ['cardiac'])).toBe('cardiac');
    expect(derivedSourceWord('tearfulness', ['tearful'])).toBe('tearful');
    // Control: "-al" is not stripped, so these stay other words.
    expect(derivedSourceWord('generation', ['general'])).toBeNull();
    expect(derivedSourceWord('information', ['informal'])).toBeNull();
    expect(derivationalRoot('aggression')).toBe('aggress');
  });

  it('R03 a noun made from the source adjective restates it; with the other polarity it does not', () => {
    expect(label('Zebedee Quorn presented with marked agitation on arrival.', ['Zebedee Quorn (synthetic) was very agitated on arrival.'])).toBe('SUPPORTED');
    // Control: the same noun denied is not a restatement of the adjective.
    expect(label('Zebedee Quorn showed no agitation on arrival.', ['Zebedee Quorn (synthetic) was very agitated on arrival.'])).not.toBe('SUPPORTED');
  });

  it('R03 a role written beside a name in another segment names that person', () => {
    const context = ['Home visit: Mr Ambrose Tillingham (synthetic, 80) lives with his wife Petronella.'];
    expect(label('A carer assessment will be offered to his wife.', ['Plan: offer carer assessment to Petronella.'], context)).toBe('SUPPORTED');
    // Control: another relative is still someone else.
    expect(label('A carer assessment will be offered to his daughter.', ['Plan: offer carer assessment to Petronella.'], context)).not.toBe('SUPPORTED');
  });

  it('R03 an event another segment names may date the sentence; one no segment names may not', () => {
    const context = ['Referred after a house fire in May (synthetic client Orrin Vale).'];
    expect(label('He has been sleeping in his car since the fire.', ['Sleeping in his car.'], context)).toBe('SUPPORTED');
    // Control: an event no segment of the note names is new.
    expect(label('He has been sleeping in his car since the eviction.', ['Sleeping in his car.'], context)).not.toBe('SUPPORTED');
  });

  it('R03 the noun of a verb of wishing carries its modality', () => {
    expect(label('She expressed a wish for more help at home.', ['She would like more help at home.'])).toBe('SUPPORTED');
    // Control: the help stated as given is still not the wish.
    expect(label('She now has more help at home.', ['She would like more help at home.'])).not.toBe('SUPPORTED');
  });
});
