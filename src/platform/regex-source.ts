// Reading a RegExp's source text: its top-level alternatives and where a group closes. Both the
// topic model (src/deid/topics/model.ts, which finds the letters a pattern must start with) and the
// draft verifier (src/features/ai/claims/text.ts, which finds a literal every match must contain)
// skip patterns that cannot match a text by looking at their source; they share this one reading of
// escapes, character classes and group depth so the two cannot drift apart.

/** The top-level alternatives of a pattern source ("a|(?:b|c)" is "a" and "(?:b|c)"). */
export function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0, depth = 0, inClass = false; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Index of the ")" closing the group opened at `open`, or -1 when the source never closes it. */
export function groupClose(src: string, open: number): number {
  for (let i = open, depth = 0, inClass = false; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
