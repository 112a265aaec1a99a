// Word error rate: the word-level edit distance (substitutions + deletions + insertions) between
// what was said (the reference) and what a recogniser heard, over the number of words said.
// Both sides are normalised first: lower case, punctuation gone (apostrophes inside words kept),
// hyphens as spaces.

export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/-/g, ' ')
    .replace(/[^a-z0-9'\s]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

export interface WerResult {
  wer: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

export function wordErrorRate(reference: string, hypothesis: string): WerResult {
  const r = normaliseWords(reference);
  const h = normaliseWords(hypothesis);
  // d[j]: the cheapest alignment of r[0..i) with h[0..j), kept with its operation counts.
  type Cell = { cost: number; s: number; d: number; ins: number };
  let prev: Cell[] = Array.from({ length: h.length + 1 }, (_, j) => ({ cost: j, s: 0, d: 0, ins: j }));
  for (let i = 1; i <= r.length; i++) {
    const cur: Cell[] = [{ cost: i, s: 0, d: i, ins: 0 }];
    for (let j = 1; j <= h.length; j++) {
      const same = r[i - 1] === h[j - 1];
      const diag = prev[j - 1]!;
      const up = prev[j]!;
      const left = cur[j - 1]!;
      const sub = { cost: diag.cost + (same ? 0 : 1), s: diag.s + (same ? 0 : 1), d: diag.d, ins: diag.ins };
      const del = { cost: up.cost + 1, s: up.s, d: up.d + 1, ins: up.ins };
      const ins = { cost: left.cost + 1, s: left.s, d: left.d, ins: left.ins + 1 };
      cur.push(sub.cost <= del.cost && sub.cost <= ins.cost ? sub : del.cost <= ins.cost ? del : ins);
    }
    prev = cur;
  }
  const end = prev[h.length]!;
  return { wer: r.length === 0 ? (h.length === 0 ? 0 : 1) : end.cost / r.length, substitutions: end.s, deletions: end.d, insertions: end.ins, referenceWords: r.length };
}
