// Development aid: lists missed gold tokens and false-positive tokens with their line, for the
// development half only. `node --import tsx bench/deid/errors.ts [therapy|presidio] [fn|fp]`
import { detect } from '../../src/deid/index.ts';
import { presidio, therapyPhiDev } from './corpora.ts';
import { newScore, scoreDoc } from './score.ts';

const which = process.argv[2] ?? 'therapy';
const kind = process.argv[3] ?? 'both';
const corpus = which === 'presidio' ? presidio('generated_small.json', 'small') : therapyPhiDev()?.dev;
if (!corpus) throw new Error('corpus not found');
const score = newScore();
for (const doc of corpus.docs) {
  const outcomes = scoreDoc(score, doc, detect(doc.text), corpus.neutral);
  for (const o of outcomes) {
    if (o.gold && corpus.neutral.has(o.gold)) continue;
    const miss = o.gold && !o.pred;
    const fp = o.pred && !o.gold;
    if ((miss && kind !== 'fp') || (fp && kind !== 'fn')) {
      const ls = doc.text.lastIndexOf('\n', o.start) + 1;
      let le = doc.text.indexOf('\n', o.end);
      if (le < 0) le = doc.text.length;
      console.log(`${miss ? 'MISS' : 'FP  '} ${o.gold ?? o.pred} «${doc.text.slice(o.start, o.end)}» ${doc.text.slice(ls, le).slice(0, 160)}`);
    }
  }
}
