// Scores the round-6 precision probe (bench/deid/clinical-negatives.ts), token level as the corpora.
// `node --import tsx bench/deid/clinical-negatives-run.ts [neg|pos|neg-aside|pos-aside|all] [quiet|upper|lower]`
// (`upper`/`lower` score the same lines in capitals or lower case, as many notes are written.)
// Each part is scored twice: line by line, and as notes of 12 lines joined (the note-register rules
// only wake in a text long and dense enough in shorthand). On the negative parts every flagged token
// is a false positive; on the positive parts recall and precision are printed. Errors (false-positive
// tokens per line, misses) are listed for the tuning parts (neg, pos) only; the parts set aside print
// their totals.
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { NEG, NEG_ASIDE, POS, POS_ASIDE } from './clinical-negatives.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

await loadDeidResources();
const parts: Record<string, string[]> = { neg: NEG, pos: POS, 'neg-aside': NEG_ASIDE, 'pos-aside': POS_ASIDE };
const arg = process.argv[2] ?? 'all';
const names = arg === 'all' ? Object.keys(parts) : arg in parts ? [arg] : ['neg'];
const quiet = process.argv[3] === 'quiet';
const caseArg = process.argv[3] === 'upper' || process.argv[3] === 'lower' ? process.argv[3] : undefined;
const neutral = new Set(['ORG']);
const NOTE_LINES = 12;

function run(part: string, asNotes: boolean): void {
  const lines = parts[part]!;
  const listErrors = !quiet && !part.endsWith('aside') && !asNotes;
  const docs: string[] = [];
  if (asNotes) for (let i = 0; i < lines.length; i += NOTE_LINES) docs.push(lines.slice(i, i + NOTE_LINES).join('\n'));
  else docs.push(...lines);
  const score = newScore();
  let linesWithFp = 0;
  docs.forEach((marked, i) => {
    const parsed = parseFixture(marked);
    const { spans } = parsed;
    const text = caseArg === 'upper' ? parsed.text.toUpperCase() : caseArg === 'lower' ? parsed.text.toLowerCase() : parsed.text;
    const fpLines = new Set<number>();
    for (const o of scoreDoc(score, { id: String(i), text, spans }, detect(text), neutral)) {
      if (o.gold && neutral.has(o.gold)) continue;
      const ls = text.lastIndexOf('\n', o.start - 1) + 1;
      if (o.pred && !o.gold) fpLines.add(ls);
      if (!listErrors) continue;
      const le = text.indexOf('\n', o.end);
      const line = text.slice(ls, le < 0 ? text.length : le);
      if (o.gold && !o.pred) console.log(`MISS ${o.gold} «${text.slice(o.start, o.end)}» ${line}`);
      if (o.pred && !o.gold) console.log(`FP   ${o.pred} «${text.slice(o.start, o.end)}» ${line}`);
    }
    linesWithFp += fpLines.size;
  });
  const o = score.overall;
  const m = metrics(o);
  const how = `${caseArg ? `${caseArg} ` : ''}${asNotes ? `as ${docs.length} notes` : 'line by line'}`;
  const fp = o.predicted - o.predictedCorrect;
  if (part.startsWith('neg')) {
    console.log(`${part} ${how} (${lines.length} lines): ${fp} false-positive tokens on ${linesWithFp} lines`);
  } else {
    console.log(
      `${part} ${how} (${lines.length} lines): recall ${(m.recall * 100).toFixed(1)}% (${o.caught} of ${o.gold}) precision ${(m.precision * 100).toFixed(1)}% (${o.predictedCorrect} of ${o.predicted})`,
    );
  }
  for (const [t, p] of score.byPredType) if (p.predicted > p.predictedCorrect) console.log(`  ${t} false ${p.predicted - p.predictedCorrect}`);
}

for (const part of names) {
  run(part, false);
  run(part, true);
}
