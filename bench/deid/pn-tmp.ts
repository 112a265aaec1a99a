import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { physionetDeid } from './corpora.ts';
import { metrics, newScore, scoreDoc } from './score.ts';
await loadDeidResources();
const c = physionetDeid()!;
for (const corp of process.env.HELDOUT ? [c.dev, c.heldOut] : [c.dev]) {
  const s = newScore();
  let spans = 0;
  for (const d of corp.docs) { scoreDoc(s, d, detect(d.text), corp.neutral); spans += d.spans.length; }
  const o = metrics(s.overall);
  console.log(corp.name, corp.docs.length, 'docs', spans, 'spans', 'R', o.recall.toFixed(3), 'P', o.precision.toFixed(3), s.overall);
  for (const [t, v] of s.byGoldType) console.log('  ', t, v.gold, v.caught);
  for (const [t, v] of s.byPredType) console.log('  pred', t, v.predicted, v.predictedCorrect);
}
