// Scores the clinical-note stress probe (bench/deid/clinical-probe.ts), token level as the corpora.
// `node --import tsx bench/deid/clinical-probe-run.ts [tune|aside]`: errors are listed for the
// tuning part only; the part set aside prints its totals and per-type rates.
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { ASIDE, TUNE } from './clinical-probe.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

await loadDeidResources();
const part = process.argv[2] === 'aside' ? 'aside' : 'tune';
const lines = part === 'aside' ? ASIDE : TUNE;
const score = newScore();
const neutral = new Set(['ORG']);
lines.forEach((marked, i) => {
  const { text, spans } = parseFixture(marked);
  for (const o of scoreDoc(score, { id: String(i), text, spans }, detect(text), neutral)) {
    if (part !== 'tune' || (o.gold && neutral.has(o.gold))) continue;
    if (o.gold && !o.pred) console.log(`MISS ${o.gold} «${text.slice(o.start, o.end)}» ${text}`);
    if (o.pred && !o.gold) console.log(`FP   ${o.pred} «${text.slice(o.start, o.end)}» ${text}`);
  }
});
const o = score.overall;
const m = metrics(o);
console.log(`${part}: recall ${(m.recall * 100).toFixed(1)}% (${o.caught} of ${o.gold}) precision ${(m.precision * 100).toFixed(1)}% (${o.predictedCorrect} of ${o.predicted})`);
for (const [t, g] of score.byGoldType) console.log(`  ${t} recall ${g.caught}/${g.gold}`);
for (const [t, p] of score.byPredType) console.log(`  ${t} precision ${p.predictedCorrect}/${p.predicted}`);
