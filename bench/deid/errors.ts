// Development aid: lists missed gold tokens and false-positive tokens with their line, for the
// development half only. `node --import tsx bench/deid/errors.ts [therapy|presidio|physionet] [fn|fp]`
import { explain } from '../../src/deid/index.ts';
import { physionetDeid, presidio, therapyPhiDev } from './corpora.ts';
import { newScore, scoreDoc } from './score.ts';

const which = process.argv[2] ?? 'therapy';
const kind = process.argv[3] ?? 'both';
// Only development parts: the held-out parts are for figures, never for reading errors.
const corpus =
  which === 'presidio' ? presidio('generated_small.json', 'small') : which === 'physionet' ? physionetDeid()?.dev : therapyPhiDev()?.dev;
if (!corpus) throw new Error('corpus not found');
const score = newScore();
for (const doc of corpus.docs) {
  const ex = explain(doc.text);
  const outcomes = scoreDoc(score, doc, ex.spans, corpus.neutral);
  for (const o of outcomes) {
    if (o.gold && corpus.neutral.has(o.gold)) continue;
    const miss = o.gold && !o.pred;
    const fp = o.pred && !o.gold;
    if ((miss && kind !== 'fp') || (fp && kind !== 'fn')) {
      const ls = doc.text.lastIndexOf('\n', o.start) + 1;
      let le = doc.text.indexOf('\n', o.end);
      if (le < 0) le = doc.text.length;
      const why = fp ? ex.proposals.filter((p) => p.start < o.end && p.end > o.start).map((p) => p.evidence).join(' + ') : '';
      console.log(`${miss ? 'MISS' : 'FP  '} ${o.gold ?? o.pred} «${doc.text.slice(o.start, o.end)}» ${why ? `[${why}] ` : ''}${doc.text.slice(ls, le).slice(0, 160)}`);
    }
  }
}
