// npm run bench:grounding — the claim verifier (issue 15) on our own development set and on the
// third kept aside (bench/grounding/heldout.jsonl: other author, other scenarios), reported apart.
//
// Per phenomenon and overall:
//   contradiction catch       gold CONTRADICTED labelled CONTRADICTED (flagged at all, in brackets)
//   risk-contradiction catch  the same for contradictions tagged "risk"
//   unsupported catch         gold UNSUPPORTED labelled UNSUPPORTED (flagged at all, in brackets)
//   false alarms              gold SUPPORTED labelled anything else
// and sentences per second. Targets (issue 15, on held out): ≥ 0.90, ≥ 0.98, ≥ 0.90, ≤ 0.10.
//   BENCH_SHOW=dev   also prints the dev errors (never the held-out ones while developing).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clearAnalysisCache, verifyClaim, type ClaimLabel } from '../src/features/ai/claims/index.ts';

interface Pair {
  id: string;
  sources: string[];
  sentence: string;
  cites: number[];
  gold: ClaimLabel;
  phenomenon: string;
}

const load = (name: string): Pair[] =>
  fs
    .readFileSync(new URL(`./grounding/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Pair);

interface Tally {
  n: number;
  exact: number;
  flagged: number;
}
const ratio = (t: Tally | undefined, k: 'exact' | 'flagged'): string => (t === undefined || t.n === 0 ? '–' : (t[k] / t.n).toFixed(2));

function evaluate(name: string, pairs: Pair[]): { lines: string[]; failures: string[] } {
  const byTag = new Map<string, Tally>();
  const overall: Record<ClaimLabel | 'RISK', Tally> = { SUPPORTED: { n: 0, exact: 0, flagged: 0 }, CONTRADICTED: { n: 0, exact: 0, flagged: 0 }, UNSUPPORTED: { n: 0, exact: 0, flagged: 0 }, RISK: { n: 0, exact: 0, flagged: 0 } };
  const failures: string[] = [];
  const bump = (t: Tally, exact: boolean, flagged: boolean): void => {
    t.n++;
    if (exact) t.exact++;
    if (flagged) t.flagged++;
  };
  const run = (): ReturnType<typeof verifyClaim>[] => pairs.map((p) => verifyClaim(p.sentence, [...new Set(p.cites)].map((i) => p.sources[i]!)));
  // Speed with the code warmed up and the analysis cache empty (each text analysed once).
  run();
  clearAnalysisCache();
  const t0 = performance.now();
  const results = run();
  const seconds = (performance.now() - t0) / 1000;
  pairs.forEach((p, i) => {
    const v = results[i]!;
    const exact = v.label === p.gold;
    const flagged = v.label !== 'SUPPORTED';
    const tag = byTag.get(p.phenomenon) ?? { n: 0, exact: 0, flagged: 0 };
    byTag.set(p.phenomenon, tag);
    // For faithful pairs, "flagged" is the false alarm.
    bump(tag, exact, flagged);
    bump(overall[p.gold], exact, flagged);
    if (p.gold === 'CONTRADICTED' && p.phenomenon === 'risk') bump(overall.RISK, exact, flagged);
    if (!exact) failures.push(`${p.id} [${p.phenomenon}] gold ${p.gold}, got ${v.label} (${v.reasons.join('; ')})\n    draft: ${p.sentence}\n    cited: ${p.cites.map((c) => p.sources[c]).join(' | ')}`);
  });
  const lines: string[] = [];
  lines.push(`### ${name}: ${pairs.length} pairs (${overall.SUPPORTED.n} faithful, ${overall.CONTRADICTED.n} contradictions, ${overall.UNSUPPORTED.n} inventions), ${Math.round(pairs.length / seconds)} sentences/s`);
  lines.push('');
  lines.push('| measure | value (exact label) | flagged at all |');
  lines.push('|---|---|---|');
  lines.push(`| contradiction catch (target ≥ 0.90) | ${ratio(overall.CONTRADICTED, 'exact')} | ${ratio(overall.CONTRADICTED, 'flagged')} |`);
  lines.push(`| risk-contradiction catch (target ≥ 0.98) | ${ratio(overall.RISK, 'exact')} | ${ratio(overall.RISK, 'flagged')} |`);
  lines.push(`| unsupported catch (target ≥ 0.90) | ${ratio(overall.UNSUPPORTED, 'exact')} | ${ratio(overall.UNSUPPORTED, 'flagged')} |`);
  lines.push(`| false alarms on faithful (target ≤ 0.10) | ${ratio(overall.SUPPORTED, 'flagged')} | |`);
  lines.push('');
  lines.push('| phenomenon | gold | n | correct label | flagged (false alarm for paraphrases) |');
  lines.push('|---|---|---|---|---|');
  const goldOf = new Map(pairs.map((p) => [p.phenomenon, p.gold]));
  for (const [tag, t] of [...byTag].sort((a, b) => (goldOf.get(a[0])! + a[0]).localeCompare(goldOf.get(b[0])! + b[0]))) {
    lines.push(`| ${tag} | ${goldOf.get(tag)} | ${t.n} | ${ratio(t, 'exact')} | ${ratio(t, 'flagged')} |`);
  }
  lines.push('');
  return { lines, failures };
}

const dev = evaluate('development set', load('dev'));
const held = evaluate('held out (other author, other scenarios)', load('heldout'));
console.log([...dev.lines, ...held.lines].join('\n'));
if (process.env.BENCH_SHOW === 'dev') console.log(['Development errors:', ...dev.failures].join('\n'));
if (process.env.BENCH_SHOW === 'heldout') console.log(['Held-out errors:', ...held.failures].join('\n'));
