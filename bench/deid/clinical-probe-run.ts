// Scores the clinical-note stress probes (bench/deid/clinical-probe.ts, clinical-probe2.ts and clinical-probe3.ts),
// token level as the corpora.
// `node --import tsx bench/deid/clinical-probe-run.ts [tune|aside|fresh|aside2|next|probe3|aside3] [upper|lower]`:
// errors are listed for the tuning parts (tune, fresh, next, probe3) only; the parts set aside print their totals and
// per-type rates. `upper`/`lower` score the same lines in capitals or lower case, as many notes are;
// `note` scores them joined into one note.
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { ASIDE, TUNE } from './clinical-probe.ts';
import { ASIDE2, FRESH, NEXT } from './clinical-probe2.ts';
import { ASIDE3, PROBE3 } from './clinical-probe3.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

await loadDeidResources();
const parts: Record<string, string[]> = { tune: TUNE, aside: ASIDE, fresh: FRESH, aside2: ASIDE2, next: NEXT, probe3: PROBE3, aside3: ASIDE3 };
const part = process.argv[2] && process.argv[2] in parts ? process.argv[2] : 'tune';
const lines = parts[part]!;
const listErrors = part === 'tune' || part === 'fresh' || part === 'next' || part === 'probe3';
const score = newScore();
// `note` as the third argument scores the part's lines joined into one note, as a nurse's note runs:
// the note-register rules (names.ts) only wake in a text long and dense enough in shorthand.
const asNote = process.argv[3] === 'note';
const joined = asNote ? [lines.join('\n')] : lines;
const neutral = new Set(['ORG']);
const caseArg = asNote ? undefined : process.argv[3];
joined.forEach((marked, i) => {
  const parsed = parseFixture(marked);
  const { spans } = parsed;
  const text = caseArg === 'upper' ? parsed.text.toUpperCase() : caseArg === 'lower' ? parsed.text.toLowerCase() : parsed.text;
  for (const o of scoreDoc(score, { id: String(i), text, spans }, detect(text), neutral)) {
    if (!listErrors || (o.gold && neutral.has(o.gold))) continue;
    const ls = text.lastIndexOf('\n', o.start - 1) + 1;
    const le = text.indexOf('\n', o.end);
    const line = text.slice(ls, le < 0 ? text.length : le);
    if (o.gold && !o.pred) console.log(`MISS ${o.gold} «${text.slice(o.start, o.end)}» ${line}`);
    if (o.pred && !o.gold) console.log(`FP   ${o.pred} «${text.slice(o.start, o.end)}» ${line}`);
  }
});
const o = score.overall;
const m = metrics(o);
console.log(`${part}${caseArg ? ` ${caseArg}` : ''}${asNote ? ' as one note' : ''} (${lines.length} lines): recall ${(m.recall * 100).toFixed(1)}% (${o.caught} of ${o.gold}) precision ${(m.precision * 100).toFixed(1)}% (${o.predictedCorrect} of ${o.predicted})`);
for (const [t, g] of score.byGoldType) console.log(`  ${t} recall ${g.caught}/${g.gold}`);
for (const [t, p] of score.byPredType) console.log(`  ${t} precision ${p.predictedCorrect}/${p.predicted}`);
