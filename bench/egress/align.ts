// What reached the provider, read back from a recorded request: each segment sent is aligned token
// by token (longest common subsequence) with the same segment of the original note, after Tacet's
// placeholders are taken out, so a placeholder's own letters never match a word of the note.
const TOKEN_RE = /[\p{L}\p{N}]+/gu;
// Tacet's placeholders ([NAME-1], [REDACTED: topic]); taken out before aligning so their own
// tokens never match a word of the note.
const PLACEHOLDER = /\[(?:[A-Z_]+-\d+|REDACTED:[^\]]*)\]/g;

export function tokens(text: string, offset = 0): Array<{ start: number; end: number; t: string }> {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, t: m[0] }));
}

/** Marks in `sent` (per character of the note) every token of the original segment that the sent text kept, by LCS. */
export function markSent(note: string, segStart: number, segEnd: number, sentText: string, sent: Uint8Array): void {
  const a = tokens(note.slice(segStart, segEnd), segStart);
  const b = tokens(sentText.replace(PLACEHOLDER, '\u0000'));
  const n = a.length;
  const m = b.length;
  const dp = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i]!.t === b[j]!.t ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i]!.t === b[j]!.t) {
      sent.fill(1, a[i]!.start, a[i]!.end);
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
}

/** A value's shape, which identifies no one: letters become A/a, digits 9, runs collapsed. */
export function shape(v: string): string {
  return v
    .replace(/\p{Lu}+/gu, 'A')
    .replace(/\p{Ll}+/gu, 'a')
    .replace(/\p{N}+/gu, '9')
    .replace(/(Aa)+/g, 'Aa');
}
