// Development aid: scores the hand-written clinical fixtures and lists every miss and false alarm.
import { detect } from '../../src/deid/index.ts';
import { CLINICAL_FIXTURES, parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

const score = newScore();
CLINICAL_FIXTURES.forEach((marked, i) => {
  const { text, spans } = parseFixture(marked);
  for (const o of scoreDoc(score, { id: String(i), text, spans }, detect(text), new Set())) {
    if (o.gold && !o.pred) console.log(`MISS #${i} ${o.gold} «${text.slice(o.start, o.end)}»`);
    if (o.pred && !o.gold) console.log(`FP   #${i} ${o.pred} «${text.slice(o.start, o.end)}» …${text.slice(Math.max(0, o.start - 30), o.end + 20).replace(/\n/g, ' ')}…`);
  }
});
const m = metrics(score.overall);
console.log(`recall ${(m.recall * 100).toFixed(1)}% precision ${(m.precision * 100).toFixed(1)}%`);
