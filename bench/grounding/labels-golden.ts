// Equivalence check for changes that must not change the verifier's output (speed work, refactors):
//
//   node --import tsx bench/grounding/labels-golden.ts write /tmp/golden.jsonl   (on the old tree)
//   node --import tsx bench/grounding/labels-golden.ts check /tmp/golden.jsonl   (on the new tree)
//
// It records, for every pair of every development set (bench/grounding/dev*.jsonl and the inspected
// heldout.jsonl; never the blind held-out sets), verifyClaim's whole verdict — label, reasons, risk
// categories and polarity — and verifyAnswer's whole result for the bench:ai draft of the 60 KB
// transcript (and a longer draft of it), then either writes them or counts the differences.
// Each set runs twice, once with the analysis caches cold and once warm: a cache that changes an
// answer shows as a difference between the two runs.
import fs from 'node:fs';
import { citedAndContext, clearAnalysisCache, verifyClaim } from '../../src/features/ai/claims/index.ts';
import { segmentSource } from '../../src/features/ai/grounding.ts';
import { verifyAnswer } from '../../src/features/ai/verify.ts';
import { draftOf, transcript } from '../ai-input.ts';
import { readPairs } from './pairs.ts';

const dir = new URL('./', import.meta.url);
// Only development data: the blind held-out sets (heldout2, heldout3, …) are never read here.
const setNames = fs
  .readdirSync(dir)
  // Set-aside parts (…-aside.jsonl) are left out too: a golden diff would show their errors pair by pair.
  .filter((f) => (/^dev[\w-]*\.jsonl$/.test(f) && !f.includes('aside')) || f === 'heldout.jsonl')
  .sort();

function records(): string[] {
  const out: string[] = [];
  for (const name of setNames) {
    const pairs = readPairs(new URL(name, dir));
    // As bench:grounding and `tacet verify-draft` call it: the cited segments, the uncited as context.
    const run = (): string[] =>
      pairs.map((p) => JSON.stringify({ set: name, id: p.id, ...verifyClaim(p.sentence, ...citedAndContext(p.sources, p.cites)) }));
    clearAnalysisCache();
    const cold = run();
    const warm = run();
    cold.forEach((line, i) => {
      out.push(line);
      if (warm[i] !== line) out.push(JSON.stringify({ set: name, warmDiffers: pairs[i]!.id, warm: warm[i] }));
    });
  }
  const segs = segmentSource('transcript', transcript());
  for (const n of [30, 120]) {
    clearAnalysisCache();
    out.push(JSON.stringify({ draft: n, result: verifyAnswer(draftOf(segs, n), 'soap', segs, new Map()) }));
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || file === undefined) {
  console.error('usage: labels-golden.ts write|check <file>');
  process.exit(2);
}
const now = records();
if (mode === 'write') {
  fs.writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`wrote ${now.length} records (${setNames.join(', ')}) to ${file}`);
} else {
  const golden = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  let differ = 0;
  for (let i = 0; i < Math.max(golden.length, now.length); i++) {
    if (golden[i] === now[i]) continue;
    if (differ++ < 5) console.log(`- ${golden[i] ?? '(none)'}\n+ ${now[i] ?? '(none)'}`);
  }
  console.log(`${differ} of ${golden.length} records differ (${setNames.length} sets and 2 drafts)`);
  process.exitCode = differ === 0 ? 0 : 1;
}
