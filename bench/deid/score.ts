// Token-level scoring, the convention of the therapy-phi-dev README: a token is a maximal run of
// letters or digits; a gold token is caught when any predicted span overlaps it; precision is the
// share of predicted tokens that are gold PHI tokens. Gold spans of neutral types (ORG) count
// neither way. Per-type recall uses the gold type; per-type precision the predicted type.

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}
export interface PredSpan {
  start: number;
  end: number;
  type: string;
}
export interface Doc {
  id: string;
  text: string;
  spans: GoldSpan[];
}

export interface Tally {
  gold: number;
  caught: number;
  predicted: number;
  predictedCorrect: number;
}

export interface Score {
  overall: Tally;
  byGoldType: Map<string, Tally>;
  byPredType: Map<string, Tally>;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

export function newScore(): Score {
  return { overall: { gold: 0, caught: 0, predicted: 0, predictedCorrect: 0 }, byGoldType: new Map(), byPredType: new Map() };
}

function tally(map: Map<string, Tally>, type: string): Tally {
  let t = map.get(type);
  if (!t) {
    t = { gold: 0, caught: 0, predicted: 0, predictedCorrect: 0 };
    map.set(type, t);
  }
  return t;
}

function typeAt(spans: readonly { start: number; end: number; type: string }[], s: number, e: number): string | undefined {
  for (const sp of spans) if (sp.start < e && sp.end > s) return sp.type;
  return undefined;
}

export interface TokenOutcome {
  start: number;
  end: number;
  gold?: string;
  pred?: string;
}

/** Adds one document to `score`; returns every token that was gold or predicted (for error listings). */
export function scoreDoc(score: Score, doc: Doc, pred: readonly PredSpan[], neutral: ReadonlySet<string>): TokenOutcome[] {
  const outcomes: TokenOutcome[] = [];
  const gold = [...doc.spans].sort((a, b) => a.start - b.start);
  const preds = [...pred].sort((a, b) => a.start - b.start);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let gi = 0;
  let pi = 0;
  while ((m = TOKEN_RE.exec(doc.text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    while (gi < gold.length && gold[gi]!.end <= s) gi++;
    while (pi < preds.length && preds[pi]!.end <= s) pi++;
    const gt = typeAt(gold.slice(gi, gi + 4), s, e);
    const pt = typeAt(preds.slice(pi, pi + 4), s, e);
    if (gt === undefined && pt === undefined) continue;
    outcomes.push({ start: s, end: e, gold: gt, pred: pt });
    const isNeutral = gt !== undefined && neutral.has(gt);
    if (gt !== undefined && !isNeutral) {
      score.overall.gold++;
      const t = tally(score.byGoldType, gt);
      t.gold++;
      if (pt !== undefined) {
        score.overall.caught++;
        t.caught++;
      }
    }
    if (pt !== undefined && !isNeutral) {
      score.overall.predicted++;
      const t = tally(score.byPredType, pt);
      t.predicted++;
      if (gt !== undefined) {
        score.overall.predictedCorrect++;
        t.predictedCorrect++;
      }
    }
  }
  return outcomes;
}

export function metrics(t: Tally): { recall: number; precision: number; f2: number } {
  const recall = t.gold ? t.caught / t.gold : NaN;
  const precision = t.predicted ? t.predictedCorrect / t.predicted : NaN;
  const f2 = recall + precision > 0 ? (5 * precision * recall) / (4 * precision + recall) : 0;
  return { recall, precision, f2 };
}
