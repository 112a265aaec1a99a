// Scores a clinical-note generator's notes (bench/deid/clinical-gen7.ts … gen9; gen10's runner uses its
// printing helpers), token
// level as the corpora; shared by their runners. Without --aside: the development notes, recall and
// precision per type, then every miss and false positive with its line. `--aside`: the set-aside
// notes, totals only (never their errors). `--quiet`: totals and per-type figures only.
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { metrics, newScore, scoreDoc, type Score } from './score.ts';

/** `noun` names the generated texts in the totals line ("notes", "documents"). */
export async function scoreClinicalGenerator(dev: readonly string[], asideNotes: readonly string[], noun: string): Promise<void> {
  await loadDeidResources();
  const aside = process.argv.includes('--aside');
  const quiet = aside || process.argv.includes('--quiet');
  const notes = aside ? asideNotes : dev;
  const neutral = new Set(['ORG']);
  const score = newScore();
  const errors: string[] = [];
  notes.forEach((marked, i) => {
    const { text, spans } = parseFixture(marked);
    for (const o of scoreDoc(score, { id: String(i), text, spans }, detect(text), neutral)) {
      if (quiet || (o.gold && neutral.has(o.gold))) continue;
      const e = errorLine(text, o);
      if (e !== undefined) errors.push(e);
    }
  });
  printTotals(`${aside ? 'aside' : 'dev'} (${notes.length} ${noun})`, score);
  if (!aside) {
    printPerType(score);
    for (const e of errors) console.log(e);
  }
}

const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)}%`);

/** A miss or a false positive as one line with the note's line around it; undefined when the outcome is right. */
export function errorLine(text: string, o: { start: number; end: number; gold?: string | undefined; pred?: string | undefined }): string | undefined {
  const ls = text.lastIndexOf('\n', o.start - 1) + 1;
  const le = text.indexOf('\n', o.end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  if (o.gold && !o.pred) return `MISS ${o.gold} «${text.slice(o.start, o.end)}» ${line}`;
  if (o.pred && !o.gold) return `FP   ${o.pred} «${text.slice(o.start, o.end)}» ${line}`;
  return undefined;
}

/** The totals line: `label: recall … precision …`. */
export function printTotals(label: string, score: Score): void {
  const o = score.overall;
  const m = metrics(o);
  console.log(`${label}: recall ${pct(m.recall)} (${o.caught} of ${o.gold}) precision ${pct(m.precision)} (${o.predictedCorrect} of ${o.predicted})`);
}

/** Recall per gold type, then precision per predicted type. */
export function printPerType(score: Score): void {
  for (const [t, gt] of score.byGoldType) console.log(`  ${t.padEnd(6)} recall ${pct(metrics(gt).recall)} (${gt.caught}/${gt.gold})`);
  for (const [t, p] of score.byPredType) console.log(`  ${t.padEnd(6)} precision ${pct(metrics(p).precision)} (${p.predictedCorrect}/${p.predicted})`);
}
