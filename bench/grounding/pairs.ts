// One verifier pair as the development and held-out sets store it (bench/grounding/*.jsonl), and
// the one reader of those files for the bench and its tools.
import fs from 'node:fs';
import type { ClaimLabel } from '../../src/features/ai/claims/index.ts';

export interface Pair {
  id: string;
  sources: string[];
  sentence: string;
  /** Indices into `sources`. */
  cites: number[];
  gold: ClaimLabel;
  phenomenon: string;
  /** Contradictions in some sets: which attribute the contradiction changes. */
  kind?: string;
}

/** Every pair of one .jsonl file (blank lines skipped). */
export function readPairs(file: string | URL): Pair[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Pair);
}
