// Logistic regression for the verifier's learned stage (scripts/train-verifier.ts): full-batch
// gradient descent with L2 from zero weights, a fixed number of steps, rows in the order given, so
// the same rows always give the same weights (rounded to six decimals, the same on every machine).

export interface Part {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  iterations?: number;
  rate?: number;
  l2?: number;
}

export function fitLogistic(rows: ReadonlyArray<{ x: Float64Array; y: number }>, dims: number, o: FitOptions = {}): Part {
  const iterations = o.iterations ?? 1500;
  const rate = o.rate ?? 1;
  const l2 = o.l2 ?? 1e-3;
  const w = new Float64Array(dims);
  const g = new Float64Array(dims);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    g.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let i = 0; i < dims; i++) z += w[i]! * r.x[i]!;
      const e = 1 / (1 + Math.exp(-z)) - r.y;
      gb += e;
      for (let i = 0; i < dims; i++) g[i]! += e * r.x[i]!;
    }
    const n = Math.max(1, rows.length);
    b -= (rate * gb) / n;
    for (let i = 0; i < dims; i++) w[i]! -= rate * (g[i]! / n + l2 * w[i]!);
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return { bias: round(b), weights: [...w].map(round) };
}
