// Scores one development .jsonl (never a held-out one) and prints its errors: a quick loop for a round.
//   node --import tsx bench/grounding/one-set.ts dev19-dim [--model]
//   node --import tsx bench/grounding/one-set.ts all [--model]   every development batch pooled, errors by id only
import fs from 'node:fs';
import { citedAndContext, verifyClaim } from '../../src/features/ai/claims/index.ts';
import { readPairs } from './pairs.ts';

const name = process.argv[2] ?? '';
const all = name === 'all';
if (!all && (!/^dev[\w-]*$/.test(name) || name.includes('aside'))) throw new Error('a development batch only');
const model = process.argv.includes('--model');
const names = all ? fs.readdirSync(new URL('.', import.meta.url)).filter((f) => /^dev[\w-]*\.jsonl$/.test(f) && !f.includes('aside')).map((f) => f.replace(/\.jsonl$/, '')) : [name];
const pairs = names.flatMap((n) => readPairs(new URL(`./${n}.jsonl`, import.meta.url)));
let caught = 0, contra = 0, fa = 0, faithful = 0;
for (const p of pairs) {
  const r = verifyClaim(p.sentence, ...citedAndContext(p.sources, p.cites), { model });
  if (p.gold === 'CONTRADICTED') { contra++; if (r.label === 'CONTRADICTED') caught++; }
  if (p.gold === 'SUPPORTED') { faithful++; if (r.label !== 'SUPPORTED') fa++; }
  if (r.label !== p.gold && all) console.log(`${p.id} ${p.gold} ${r.label} ${r.reasons.join('; ')}`);
  else if (r.label !== p.gold) console.log(`${p.id} [${p.phenomenon}] gold ${p.gold} got ${r.label} (${r.reasons.join('; ')})\n   draft: ${p.sentence}`);
}
console.log(`catch ${caught}/${contra}  false alarms ${fa}/${faithful}`);
