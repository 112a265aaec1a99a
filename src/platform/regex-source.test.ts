import { describe, expect, it } from 'vitest';
import { groupClose, topLevelAlternatives } from './regex-source.ts';

describe('regex source reading (shared by the topic model and the draft verifier)', () => {
  it('R36 R03 splits only at top-level bars: not inside groups, classes or after an escape', () => {
    expect(topLevelAlternatives(/a|(?:b|c)|[|x]|d\|e/.source)).toEqual(['a', '(?:b|c)', '[|x]', 'd\\|e']);
    expect(topLevelAlternatives('plain')).toEqual(['plain']);
    expect(topLevelAlternatives('')).toEqual(['']);
  });

  it('R36 R03 finds the closing parenthesis of a group past nested groups, classes and escapes', () => {
    const src = /(?<!x)(a(b)[)]\)c)d/.source;
    expect(src.slice(0, groupClose(src, 0) + 1)).toBe('(?<!x)');
    const open = src.indexOf('(a');
    expect(src.slice(open, groupClose(src, open) + 1)).toBe('(a(b)[)]\\)c)');
    expect(groupClose('(never closed', 0)).toBe(-1);
  });
});
