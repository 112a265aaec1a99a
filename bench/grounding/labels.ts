// Prints "set<TAB>id<TAB>gold<TAB>label" for every pair of every development set, so that two trees
// can be compared pair by pair (node --import tsx bench/grounding/labels.ts > labels.tsv; diff, or
// node --import tsx bench/grounding/labels.ts --compare base.tsv to list every pair that got worse or
// better). Held-out v2 and v3 are deliberately never read.
import fs from 'node:fs';
import { verifyClaim, type ClaimLabel } from '../../src/features/ai/claims/index.ts';

interface Pair {
  id: string;
  sources: string[];
  sentence: string;
  cites: number[];
  gold: ClaimLabel;
}
const dir = new URL('./', import.meta.url);
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl') && !f.startsWith('heldout2') && !f.startsWith('heldout3'))
  .sort();
const rows: string[] = [];
for (const f of names) {
  const set = f.replace(/\.jsonl$/, '');
  for (const line of fs.readFileSync(new URL(f, dir), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const p = JSON.parse(line) as Pair;
    const v = verifyClaim(p.sentence, [...new Set(p.cites)].map((i) => p.sources[i]!), p.sources.filter((_, i) => !p.cites.includes(i)));
    rows.push(`${set}\t${p.id}\t${p.gold}\t${v.label}`);
  }
}
const at = process.argv.indexOf('--compare');
if (at < 0) {
  console.log(rows.join('\n'));
} else {
  const base = new Map(
    fs
      .readFileSync(process.argv[at + 1]!, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [set, id, , label] = l.split('\t');
        return [`${set}\t${id}`, label] as const;
      }),
  );
  let worse = 0;
  let better = 0;
  for (const r of rows) {
    const [set, id, gold, label] = r.split('\t');
    const was = base.get(`${set}\t${id}`);
    if (was === undefined || was === label) continue;
    const kind = label === gold ? 'BETTER' : was === gold ? 'WORSE' : 'CHANGED';
    if (kind === 'WORSE') worse++;
    if (kind === 'BETTER') better++;
    console.log(`${kind}\t${set}\t${id}\tgold ${gold}\t${was} -> ${label}`);
  }
  console.log(`${worse} worse, ${better} better`);
}
