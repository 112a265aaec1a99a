// Prints "set <tab> id <tab> gold <tab> label" for every pair of every development set, so two trees can
// be compared label by label:
//   node --import tsx scripts/grounding-labels.ts [verifier-root] [data-dir] > labels.tsv
// verifier-root is a checkout (or `git archive` of src/) whose src/features/ai/claims/index.ts is used;
// data-dir defaults to this tree's bench/grounding. The held-out v2/v3 files and the dev12 set-aside
// are never read.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Verify = (sentence: string, cited: string[], context: string[]) => { label: string };
const root = path.resolve(process.argv[2] ?? '.');
const dataDir = path.resolve(process.argv[3] ?? 'bench/grounding');
const mod = (await import(pathToFileURL(path.join(root, 'src/features/ai/claims/index.ts')).href)) as { verifyClaim: Verify };
const skip = /^(heldout2|heldout3|dev12-aside)\.jsonl$/;
for (const f of fs.readdirSync(dataDir).sort()) {
  if (!f.endsWith('.jsonl') || skip.test(f)) continue;
  for (const l of fs.readFileSync(path.join(dataDir, f), 'utf8').split('\n')) {
    if (l.trim() === '') continue;
    const p = JSON.parse(l) as { id: string; sources: string[]; sentence: string; cites: number[]; gold: string };
    const v = mod.verifyClaim(p.sentence, [...new Set(p.cites)].map((i) => p.sources[i]!), p.sources.filter((_, i) => !p.cites.includes(i)));
    console.log(`${f.replace('.jsonl', '')}\t${p.id}\t${p.gold}\t${v.label}`);
  }
}
