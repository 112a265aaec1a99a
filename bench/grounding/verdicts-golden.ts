// Equivalence check for speed work on the verifier (issue 15, round vspeed5; R03): every verdict —
// label, reasons, risk categories, polarity — must come out the same before and after.
//
//   node --import tsx bench/grounding/verdicts-golden.ts write /tmp/verdicts.jsonl   (on the old tree)
//   node --import tsx bench/grounding/verdicts-golden.ts check /tmp/verdicts.jsonl   (on the new tree)
//
// Wider than labels-golden.ts: it reads every bench/grounding/dev*.jsonl (the set-aside parts
// included, whose differences it reports by set and id only), the inspected heldout.jsonl, and the
// four generated pair sets (gen-faithful.ts, gen-faithful-aside.ts, gen-contra.ts,
// gen-contra-aside.ts); never the blind held-out sets (heldout2, heldout3, heldout4). Each pair is
// verified with the learned stage and without it (the rules alone), first with the analysis caches
// cold and then warm, so that a cache which changes an answer shows as a difference. Then
// verifyAnswer's whole result for drafts of 10, 30, 60 and 120 sentences of the 60 KB transcript,
// which share their sources across sentences as the app's drafts do.
import fs from 'node:fs';
import { citedAndContext, clearAnalysisCache, verifyClaim } from '../../src/features/ai/claims/index.ts';
import { segmentSource } from '../../src/features/ai/grounding.ts';
import { verifyAnswer } from '../../src/features/ai/verify.ts';
import { draftOf, transcript } from '../ai-input.ts';
import { asidePairs } from './gen-contra-aside.ts';
import { devPairs } from './gen-contra.ts';
import { generateFaithfulAside } from './gen-faithful-aside.ts';
import { generateFaithful } from './gen-faithful.ts';
import { readPairs, type Pair } from './pairs.ts';

const dir = new URL('./', import.meta.url);
const BLIND = /^heldout\d/;
const files = fs
  .readdirSync(dir)
  .filter((f) => (/^dev[\w-]*\.jsonl$/.test(f) || f === 'heldout.jsonl') && !BLIND.test(f))
  .sort();
const sets: Array<[name: string, pairs: () => Pair[]]> = [
  ...files.map((f): [string, () => Pair[]] => [f, () => readPairs(new URL(f, dir))]),
  ['gen-faithful', generateFaithful],
  ['gen-faithful-aside', generateFaithfulAside],
  ['gen-contra', devPairs],
  ['gen-contra-aside', asidePairs],
];
/** Set-aside parts: their differences are counted and named by id, never shown. */
const asideSet = (name: string): boolean => name.includes('aside');

interface Rec {
  key: string;
  line: string;
}

function records(): Rec[] {
  const out: Rec[] = [];
  for (const [name, load] of sets) {
    const pairs = load();
    const run = (model: boolean): string[] => pairs.map((p) => JSON.stringify(verifyClaim(p.sentence, ...citedAndContext(p.sources, p.cites), { model })));
    for (const model of [true, false]) {
      clearAnalysisCache();
      const cold = run(model);
      const warm = run(model);
      cold.forEach((line, i) => {
        const key = `${name} ${pairs[i]!.id} ${model ? 'model' : 'rules'}`;
        out.push({ key, line });
        if (warm[i] !== line) out.push({ key: `${key} warm-differs`, line: warm[i]! });
      });
    }
  }
  const segs = segmentSource('transcript', transcript());
  for (const n of [10, 30, 60, 120]) {
    clearAnalysisCache();
    out.push({ key: `draft ${n}`, line: JSON.stringify(verifyAnswer(draftOf(segs, n), 'soap', segs, new Map())) });
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || file === undefined) {
  console.error('usage: verdicts-golden.ts write|check <file>');
  process.exit(2);
}
const now = records();
if (mode === 'write') {
  fs.writeFileSync(file, `${now.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.log(`wrote ${now.length} records (${sets.length} pair sets, 4 drafts) to ${file}`);
} else {
  const golden = new Map(
    fs
      .readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Rec)
      .map((r) => [r.key, r.line]),
  );
  const keys = new Set([...golden.keys(), ...now.map((r) => r.key)]);
  const current = new Map(now.map((r) => [r.key, r.line]));
  let differ = 0;
  for (const key of keys) {
    if (golden.get(key) === current.get(key)) continue;
    if (differ++ >= 8) continue;
    if (asideSet(key)) console.log(`differs: ${key}`);
    else console.log(`differs: ${key}\n- ${golden.get(key) ?? '(none)'}\n+ ${current.get(key) ?? '(none)'}`);
  }
  console.log(`${differ} of ${golden.size} records differ (${sets.length} pair sets with and without the learned stage, cold and warm; 4 drafts)`);
  process.exitCode = differ === 0 ? 0 : 1;
}
