// Which module or stage raised each false alarm on the development sets (round vfa2): every faithful
// pair (gold SUPPORTED) that the verifier flags, attributed by its reasons and by re-running the
// conflict modules alone. Prints a table of counts per module, and with --list every false alarm with
// its module and reasons. Reads bench/grounding/dev*.jsonl only: never a held-out or set-aside file.
//   node --import tsx bench/grounding/attribute.ts [--list] [--set dev17-fa]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { citedAndContext, verifyClaim } from '../../src/features/ai/claims/index.ts';
import { compareRisk } from '../../src/features/ai/claims/risk.ts';
import { slotConflicts } from '../../src/features/ai/claims/slots.ts';
import { frameConflicts } from '../../src/features/ai/claims/frames.ts';
import { moreFrameConflicts } from '../../src/features/ai/claims/frames2.ts';
import { round12Conflicts } from '../../src/features/ai/claims/frames12.ts';
import { contrast15Conflicts } from '../../src/features/ai/claims/contrast15.ts';
import { readPairs } from './pairs.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const list = process.argv.includes('--list');

/** The module a reason comes from: the conflict modules by re-running them, the rest by wording. */
function moduleOf(r: string, sentence: string, cited: string[], context: string[]): string {
  if (compareRisk(sentence, cited, context).contra.includes(r)) return 'risk.ts (compareRisk)';
  if (slotConflicts(sentence, cited).includes(r)) return 'slots.ts';
  if (frameConflicts(sentence, cited).includes(r)) return 'frames.ts';
  if (moreFrameConflicts(sentence, cited).includes(r)) return 'frames2.ts';
  if (round12Conflicts(sentence, cited).includes(r)) return 'frames12.ts';
  if (r.startsWith('draft adds what the source does not say')) return 'index: new content (added words)';
  if (r.startsWith('draft adds the number')) return 'index: number not in source';
  if (r.includes('the source states no change')) return 'index: change without comparison';
  if (r.startsWith('quotes words')) return 'index: quotes';
  if (/^source does not mention|denies (?:urges|.*); draft says .* present|present; draft says denies/.test(r)) return 'index: risk category polarity';
  if (/; draft says no |^source says no /.test(r)) return 'index: negation polarity';
  if (/^source places /.test(r)) return 'index: temporality';
  if (/hypothetical|as an urge, plan or possibility/.test(r)) return 'index: hypothetical';
  if (/draft says possible|states it as certain/.test(r)) return 'index: certainty';
  if (/ concerns /.test(r)) return 'index: experiencer';
  if (/ in source; draft says |^the .* is .* in source|source gives the year|its numbers go from|^source goes from/.test(r)) return 'index: number conflict';
  if (contrast15Conflicts(sentence, cited, [], []).includes(r)) return 'contrast15.ts';
  if (/^source says .*; draft says /.test(r)) return 'index: axis / prefix / count (or contrast15)';
  return 'other';
}

const table = new Map<string, number>();
const bump = (k: string): void => void table.set(k, (table.get(k) ?? 0) + 1);
let faithful = 0;
let alarms = 0;
const lines: string[] = [];
for (const f of fs.readdirSync(here).sort()) {
  if (!/^dev[\w-]*\.jsonl$/.test(f) || f.includes('aside')) continue;
  const set = f.replace(/\.jsonl$/, '');
  if (only !== undefined && set !== only) continue;
  for (const p of readPairs(path.join(here, f))) {
    if (p.gold !== 'SUPPORTED') continue;
    faithful++;
    const [cited, context] = citedAndContext(p.sources, p.cites);
    const rules = verifyClaim(p.sentence, cited, context, { model: false });
    const full = verifyClaim(p.sentence, cited, context);
    if (full.label === 'SUPPORTED') {
      if (rules.label !== 'SUPPORTED') bump('(rules flag, learned stage clears)');
      continue;
    }
    alarms++;
    let mod: string;
    if (rules.label === 'SUPPORTED') mod = 'learned stage (calibrate.ts) flags';
    else {
      // The first reason of the label's kind is the one that decided it.
      const mods = rules.reasons.map((r) => moduleOf(r, p.sentence, cited, context));
      mod = mods[0] ?? 'other';
      if (new Set(mods).size > 1) bump(`  (several modules: ${[...new Set(mods)].join(' + ')})`);
    }
    bump(mod);
    if (list) lines.push(`${set}\t${p.id}\t${full.label}\t${mod}\t${p.sentence}\t${rules.reasons.join(' | ')}`);
  }
}
console.log(`faithful ${faithful}, false alarms ${alarms}`);
for (const [k, n] of [...table].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
if (list) console.log(lines.join('\n'));
