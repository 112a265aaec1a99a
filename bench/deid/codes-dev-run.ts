// Scores the round "codes" batch (bench/deid/codes-dev.ts) at span level, type-agnostic: a marked
// identifier counts as caught only when every one of its non-space characters is covered by
// detected spans (any type — a partial catch leaks the rest); a false positive is any detected
// span with no overlap with a marked identifier. Misses and false positives are listed for DEV
// only; ASIDE prints its totals.
// `node --import tsx bench/deid/codes-dev-run.ts [dev|aside|all] [quiet]`
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { ASIDE, DEV } from './codes-dev.ts';

await loadDeidResources();
const arg = process.argv[2] ?? 'dev';
const quiet = process.argv[3] === 'quiet';
const parts: [string, string[]][] = [];
if (arg === 'dev' || arg === 'all') parts.push(['dev', DEV]);
if (arg === 'aside' || arg === 'all') parts.push(['aside', ASIDE]);

for (const [name, lines] of parts) {
  let gold = 0;
  let caught = 0;
  let fp = 0;
  let fpLines = 0;
  for (const marked of lines) {
    const { text, spans: goldSpans } = parseFixture(marked);
    const pred = detect(text);
    const show = !quiet && name === 'dev';
    for (const g of goldSpans) {
      gold++;
      let whole = true;
      for (let i = g.start; i < g.end; i++) {
        if (/\s/.test(text[i]!)) continue;
        if (!pred.some((p) => p.start <= i && i < p.end)) whole = false;
      }
      if (whole) caught++;
      else if (show) console.log(`MISS ${g.type} «${text.slice(g.start, g.end)}» ${text}`);
    }
    let lineFp = 0;
    for (const p of pred) {
      if (goldSpans.some((g) => p.start < g.end && g.start < p.end)) continue;
      lineFp++;
      if (show) console.log(`FP   ${p.type} «${text.slice(p.start, p.end)}» ${text}`);
    }
    fp += lineFp;
    if (lineFp) fpLines++;
  }
  console.log(`${name} (${lines.length} lines): caught whole ${caught} of ${gold} (${((caught / gold) * 100).toFixed(1)}%), ${fp} false-positive spans on ${fpLines} lines`);
}
