// The fast one-edit check behind looksMisspelt gives the answers of the variant generator it
// replaced, on words no list knows (the only words it is asked about). Not a timing test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeidResources } from './index.ts';
import { resources } from './resources.ts';
import { looksMisspelt, misspeltWordByVariants, nearVocabulary } from './wordflags.ts';

describe('R35 looksMisspelt', () => {
  beforeAll(async () => {
    await loadDeidResources();
  });
  it('R35 finds the same one-edit neighbours as generating every variant', () => {
    const dict = fileURLToPath(new URL('../../resources/dicts/common-words.txt', import.meta.url));
    const words = readFileSync(dict, 'utf8').split('\n').filter((w) => w.length >= 5);
    const r = resources();
    const samples: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const w = words[(i * 7919) % words.length]!;
      const p = i % w.length;
      const c = String.fromCharCode(97 + ((i * 31) % 26));
      samples.push(w.slice(0, p) + c + w.slice(p + 1), w.slice(0, p) + w.slice(p + 1) + 'q', `${w}zz`, w.slice(0, p) + c + w.slice(p), w.slice(0, p) + w.slice(p + 1));
    }
    samples.push('quillfeather', 'okonkwo', 'pemberlake', 'recieved', 'nuerology', 'xqzvvb');
    const unknown = samples.filter((s) => !r.commonWords.has(s) && !r.medicalWords.has(s));
    expect(unknown.length).toBeGreaterThan(3000);
    const differ = unknown.filter((s) => nearVocabulary(s) !== misspeltWordByVariants(s));
    expect(differ).toEqual([]);
  });
  it('R35 reads typing slips as misspellings and names as names', () => {
    expect(looksMisspelt('recieved')).toBe(true);
    expect(looksMisspelt('nuerology')).toBe(true);
    expect(looksMisspelt('quillfeather')).toBe(false);
  });
});
