// Prints "set<TAB>id<TAB>gold<TAB>label" for every pair of every development set, so that two trees
// can be compared pair by pair:
//   node --import tsx bench/grounding/labels.ts [--root <checkout>] [--data <dir>] > labels.tsv
//   node --import tsx bench/grounding/labels.ts --compare base.tsv    (every pair that got worse or better)
//   node --import tsx bench/grounding/labels.ts --rules-only > rules.tsv    (the rules alone, no learned stage)
// --root is a checkout whose src/features/ai/claims/index.ts is used (default: this tree), --data the
// directory of .jsonl sets (default: this tree's bench/grounding), so an older commit's verifier can
// label today's sets. The held-out files (v2, v3, v4) and the set-aside parts of batches 12 and 13 are never
// read: looking at their labels pair by pair would make them development data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { citedAndContext } from '../../src/features/ai/claims/index.ts';
import { readPairs } from './pairs.ts';

type Verify = (sentence: string, cited: string[], context: string[], options?: { model?: boolean }) => { label: string };

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(arg('--root') ?? path.join(here, '..', '..'));
const dataDir = path.resolve(arg('--data') ?? here);
const { verifyClaim } = (await import(pathToFileURL(path.join(root, 'src/features/ai/claims/index.ts')).href)) as { verifyClaim: Verify };

// --rules-only: the rules alone, without the learned stage (calibrate.ts), e.g. as the base of a --compare.
const rulesOnly = process.argv.includes('--rules-only');
const skip = /^(heldout[234]|[\w-]*-aside[\w-]*)\.jsonl$/;
const rows: string[] = [];
for (const f of fs.readdirSync(dataDir).sort()) {
  if (!f.endsWith('.jsonl') || skip.test(f)) continue;
  const set = f.replace(/\.jsonl$/, '');
  for (const p of readPairs(path.join(dataDir, f))) {
    const v = verifyClaim(p.sentence, ...citedAndContext(p.sources, p.cites), { model: !rulesOnly });
    rows.push(`${set}\t${p.id}\t${p.gold}\t${v.label}`);
  }
}
const compare = arg('--compare');
if (compare === undefined) {
  console.log(rows.join('\n'));
} else {
  const base = new Map(
    fs
      .readFileSync(compare, 'utf8')
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
