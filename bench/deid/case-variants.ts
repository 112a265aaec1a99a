// Robustness check: the development half of therapy-phi-dev lower-cased and upper-cased, as
// speech-to-text and shouted/all-caps notes would give it. Same offsets, same gold.
// `node --import tsx bench/deid/case-variants.ts [lower|upper] [list]`
import { detect } from '../../src/deid/index.ts';
import { therapyPhiDev } from './corpora.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

const mode = process.argv[2] === 'upper' ? 'upper' : 'lower';
const list = process.argv[3] === 'list';
const corpus = therapyPhiDev()?.dev;
if (!corpus) throw new Error('corpus not found');
const score = newScore();
for (const doc of corpus.docs) {
  const text = mode === 'upper' ? doc.text.toUpperCase() : doc.text.toLowerCase();
  if (text.length !== doc.text.length) continue; // case mapping changed lengths: skip the document
  const outcomes = scoreDoc(score, { ...doc, text }, detect(text), corpus.neutral);
  if (list) {
    for (const o of outcomes) {
      if (o.gold === 'ORG') continue;
      if ((o.gold && !o.pred) || (o.pred && !o.gold)) {
        const ls = text.lastIndexOf('\n', o.start) + 1;
        const le = text.indexOf('\n', o.end);
        console.log(`${o.pred ? 'FP  ' : 'MISS'} ${o.gold ?? o.pred} «${text.slice(o.start, o.end)}» ${text.slice(ls, le < 0 ? undefined : le).slice(0, 140)}`);
      }
    }
  }
}
const m = metrics(score.overall);
console.log(`${mode}-cased dev half: recall ${(100 * m.recall).toFixed(1)}% precision ${(100 * m.precision).toFixed(1)}%`);
for (const [t, tally] of score.byGoldType) console.log(`  ${t.padEnd(12)} recall ${(100 * metrics(tally).recall).toFixed(1)}%`);
