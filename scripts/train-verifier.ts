// Trains the learned second stage of the claim verifier (issue 15, R03; src/features/ai/claims/
// calibrate.ts) and writes resources/dicts/verifier-model.json. Reproducible: the same inputs give
// the same file (full-batch gradient descent from zero weights, fixed order, no randomness).
//
//   npm run train:verifier            cross-validate, choose the operating point, write the model
//   npm run train:verifier -- --cv-only   only print the cross-validation table
//   npm run train:verifier -- --check     retrain and compare with the shipped file (reproducibility)
//
// Training data: development pairs only — every bench/grounding/dev*.jsonl except the set-aside
// files (*-aside*), and the development bank of generated faithful paraphrases (gen-faithful.ts;
// gen-contra.ts's development pairs are dev14-gen.jsonl). Never heldout*.jsonl, never the set-aside
// generators.
// Cross-validation leaves out one file at a time (each file was written in one round, in one style),
// so every out-of-fold score is for pairs written at another sitting than those trained on. The three
// thresholds are chosen on those out-of-fold scores: fewest false alarms, with contradiction and
// unsupported catch at most one point below the rules' own and no risk contradiction lost.
// (The rules were themselves tuned on these files, so the rules-only column is optimistic.)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimFeatures, FEATURES, stageOf, score, type Stage, type VerifierModelFile } from '../src/features/ai/claims/calibrate.ts';
import { citedAndContext, verifyClaimRules } from '../src/features/ai/claims/index.ts';
import type { ClaimLabel, ClaimVerdict } from '../src/features/ai/claims/types.ts';
import { generateFaithful } from '../bench/grounding/gen-faithful.ts';
import { readPairs, type Pair } from '../bench/grounding/pairs.ts';
import { fitLogistic, type Part } from './verifier-fit.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repo, 'bench/grounding');
const CV_ONLY = process.argv.includes('--cv-only');
/** Retrain and compare with the shipped file instead of writing it (exit 1 when they differ). */
const CHECK = process.argv.includes('--check');

interface Row {
  group: string;
  pair: Pair;
  rule: ClaimLabel;
  stage: Stage | null;
  unfound: number;
  x: Float64Array;
}

const groups: Array<[string, Pair[]]> = readdirSync(dataDir)
  .filter((f) => /^dev[\w-]*\.jsonl$/.test(f) && !f.includes('aside'))
  .sort()
  .map((f) => [f.replace(/\.jsonl$/, ''), readPairs(join(dataDir, f))] as [string, Pair[]]);
groups.push(['gen-faithful', generateFaithful()]);

// VERIFIER_RULES_CACHE=<file>: keep the rules' verdicts between runs while features are developed
// (the rules take minutes on a busy machine). Never for the shipped model: delete the file first.
const cacheFile = process.env.VERIFIER_RULES_CACHE;
const cache: Record<string, ClaimVerdict> = cacheFile !== undefined && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, ClaimVerdict>) : {};
const rows: Row[] = [];
for (const [group, pairs] of groups) {
  for (const pair of pairs) {
    const [cited, context] = citedAndContext(pair.sources, pair.cites);
    const v = (cache[`${group}\t${pair.id}`] ??= verifyClaimRules(pair.sentence, cited, context));
    const { features, unfound } = claimFeatures(pair.sentence, cited, context, v);
    rows.push({ group, pair, rule: v.label, stage: stageOf(v, cited), unfound: unfound.length, x: features });
  }
}

if (cacheFile !== undefined) writeFileSync(cacheFile, JSON.stringify(cache));
const STAGES: readonly Stage[] = ['flag', 'clearUnsupported', 'clearContradicted'];

// ---- logistic regression (scripts/verifier-fit.ts) ----
const target = (r: Row, stage: Stage): number => (stage === 'flag' ? (r.pair.gold !== 'SUPPORTED' ? 1 : 0) : r.pair.gold === 'SUPPORTED' ? 1 : 0);
const train = (rs: readonly Row[], stage: Stage): Part =>
  fitLogistic(
    rs.filter((r) => r.stage === stage).map((r) => ({ x: r.x, y: target(r, stage) })),
    FEATURES.length,
  );

// ---- leave-one-file-out scores ----
const oof = new Float64Array(rows.length);
for (const [group] of groups) {
  const rest = rows.filter((r) => r.group !== group);
  const parts = new Map(STAGES.map((st) => [st, train(rest, st)]));
  rows.forEach((r, i) => {
    if (r.group !== group || r.stage === null) return;
    oof[i] = score(parts.get(r.stage)!, r.x);
  });
}

/** Out-of-fold ranking quality of each stage: the chance a true case outscores a false one. */
function auc(stage: Stage): string {
  const sel = rows.map((r, i) => [r, oof[i]!] as const).filter(([r]) => r.stage === stage);
  const pos = sel.filter(([r]) => target(r, stage) === 1).map(([, p]) => p);
  const neg = sel.filter(([r]) => target(r, stage) === 0).map(([, p]) => p);
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return `${stage}: AUC ${(wins / Math.max(1, pos.length * neg.length)).toFixed(3)} (${pos.length} true of ${sel.length})`;
}
console.log(`out of fold, ${STAGES.map(auc).join('; ')}`);

interface Tally {
  contra: [number, number];
  risk: [number, number];
  unsup: [number, number];
  fa: [number, number];
}
type Thresholds = Record<Stage, number>;
const label = (r: Row, p: number, t: Thresholds): ClaimLabel => {
  if (r.stage === null || p < t[r.stage]) return r.rule;
  if (r.stage === 'flag') return r.unfound > 0 ? 'UNSUPPORTED' : r.rule;
  return 'SUPPORTED';
};
function tally(sel: readonly number[], labelOf: (i: number) => ClaimLabel): Tally {
  const t: Tally = { contra: [0, 0], risk: [0, 0], unsup: [0, 0], fa: [0, 0] };
  for (const i of sel) {
    const r = rows[i]!;
    const l = labelOf(i);
    const g = r.pair.gold;
    if (g === 'CONTRADICTED') {
      t.contra[1]++;
      if (l === g) t.contra[0]++;
      if (r.pair.phenomenon === 'risk') {
        t.risk[1]++;
        if (l === g) t.risk[0]++;
      }
    } else if (g === 'UNSUPPORTED') {
      t.unsup[1]++;
      if (l === g) t.unsup[0]++;
    } else {
      t.fa[1]++;
      if (l !== g) t.fa[0]++;
    }
  }
  return t;
}
const rate = ([a, n]: [number, number]): number => (n === 0 ? NaN : a / n);
const all = rows.map((_, i) => i);
const base = tally(all, (i) => rows[i]!.rule);

// ---- the operating point, from the out-of-fold scores only ----
const grid = [...Array.from({ length: 37 }, (_, k) => 0.05 + k * 0.025), 1.01];
let best: Thresholds = { flag: 1.01, clearUnsupported: 1.01, clearContradicted: 1.01 };
let bestCost = Infinity;
for (const flag of grid) {
  for (const clearUnsupported of grid) {
    for (const clearContradicted of grid) {
      const th = { flag, clearUnsupported, clearContradicted };
      const t = tally(all, (i) => label(rows[i]!, oof[i]!, th));
      if (rate(t.contra) < rate(base.contra) - 0.01 || rate(t.unsup) < rate(base.unsup) - 0.01 || t.risk[0] < base.risk[0]) continue;
      // Fewest false alarms; among equals, the most caught.
      const cost = rate(t.fa) - 1e-3 * (rate(t.contra) + rate(t.unsup));
      if (cost < bestCost - 1e-12) [best, bestCost] = [th, cost];
    }
  }
}

const fmt = (x: [number, number]): string => (x[1] === 0 ? '–' : `${rate(x).toFixed(2)} (${x[0]}/${x[1]})`);
const lines = ['| file (left out) | contradiction catch | risk-contradiction catch | unsupported catch | false alarms |', '|---|---|---|---|---|'];
const row = (name: string, sel: number[]): void => {
  const a = tally(sel, (i) => rows[i]!.rule);
  const b = tally(sel, (i) => label(rows[i]!, oof[i]!, best));
  const cell = (k: keyof Tally): string => (a[k][1] === 0 ? '–' : `${fmt(a[k])} → ${fmt(b[k])}`);
  lines.push(`| ${name} | ${cell('contra')} | ${cell('risk')} | ${cell('unsup')} | ${cell('fa')} |`);
};
for (const [group] of groups) row(group, all.filter((i) => rows[i]!.group === group));
row('**total**', all);
console.log(`${rows.length} pairs in ${groups.length} files; operating point ${STAGES.map((st) => `${st} ≥ ${best[st].toFixed(2)}`).join(', ')} (rules → rules+model, out of fold)`);
console.log(lines.join('\n'));

if (!CV_ONLY) {
  const parts = new Map(STAGES.map((st) => [st, train(rows, st)]));
  const part = (st: Stage): VerifierModelFile[Stage] => ({ ...parts.get(st)!, threshold: Math.round(best[st] * 1000) / 1000 });
  const file: VerifierModelFile = {
    version: 1,
    features: [...FEATURES],
    flag: part('flag'),
    clearUnsupported: part('clearUnsupported'),
    clearContradicted: part('clearContradicted'),
    trainedOn: groups.map(([g]) => g),
  };
  const out = join(repo, 'resources/dicts/verifier-model.json');
  const text = `${JSON.stringify(file, null, 1)}\n`;
  if (CHECK) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === text;
    console.log(same ? 'retrained model is identical to resources/dicts/verifier-model.json' : 'retrained model DIFFERS from resources/dicts/verifier-model.json');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
  const top = (p: Part): string =>
    FEATURES.map((f, i) => [f, p.weights[i]!] as const)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 10)
      .map(([f, w]) => `${f} ${w > 0 ? '+' : ''}${w.toFixed(2)}`)
      .join(', ');
  for (const st of STAGES) console.log(`largest weights, ${st}: ${top(parts.get(st)!)}`);
}
