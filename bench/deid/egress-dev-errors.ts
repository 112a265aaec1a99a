// Development aid: detect() misses and false alarms on the therapist-style DEVELOPMENT notes of
// bench:egress (bench/egress/notes-dev.jsonl, or notes-dev2 … notes-dev5.jsonl with `dev2` … `dev5`), never the held-out ones.
//   node --import tsx bench/deid/egress-dev-errors.ts [dev2|dev3|dev4|dev5|gen8|gen9|gen10|gen10-aside]
// (`gen8`/`gen9`/`gen10`: the DEV part of round 8's/9's generator, bench/egress/notes-gen8.ts/notes-gen9.ts,
// and of round 10's hand-written notes, bench/egress/notes-gen10.ts; `gen10-aside`: round 10's
// set-aside part, totals and per-type figures only, never its errors.)
import { explain } from '../../src/deid/index.ts';
import { writtenNotes } from '../egress/notes.ts';
import { DEV as GEN8_DEV } from '../egress/notes-gen8.ts';
import { DEV as GEN9_DEV } from '../egress/notes-gen9.ts';
import { ASIDE as GEN10_ASIDE, DEV as GEN10_DEV } from '../egress/notes-gen10.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

const splits = ['dev', 'dev2', 'dev3', 'dev4', 'dev5'] as const;
const gens = { gen8: GEN8_DEV, gen9: GEN9_DEV, gen10: GEN10_DEV, 'gen10-aside': GEN10_ASIDE } as const;
const arg = process.argv[2] ?? 'dev';
const split = arg in gens ? (arg as keyof typeof gens) : (splits.find((s) => s === arg) ?? 'dev');
const blind = split === 'gen10-aside';
const score = newScore();
for (const note of split in gens ? gens[split as keyof typeof gens] : writtenNotes(split as (typeof splits)[number])) {
  const ex = explain(note.text);
  const outcomes = scoreDoc(score, { id: note.id, text: note.text, spans: note.spans }, ex.spans, new Set(['ORG']));
  for (const o of outcomes) {
    if (o.gold === 'ORG') continue;
    const miss = o.gold && !o.pred;
    const fp = o.pred && !o.gold;
    if ((!miss && !fp) || blind) continue;
    const ctx = note.text.slice(Math.max(0, o.start - 50), o.end + 30).replace(/\n/g, ' ');
    console.log(`${miss ? 'MISS' : 'FP  '} ${o.gold ?? o.pred} «${note.text.slice(o.start, o.end)}» … ${ctx}`);
  }
}
const m = metrics(score.overall);
console.log(`${split} notes: recall ${(100 * m.recall).toFixed(1)}%, precision ${(100 * m.precision).toFixed(1)}%`);
for (const [type, t] of [...score.byGoldType].sort()) {
  const p = score.byPredType.get(type);
  const r = `${t.caught}/${t.gold}`;
  const pr = p ? `${p.predictedCorrect}/${p.predicted}` : '-';
  console.log(`  ${type.padEnd(10)} recall ${r.padStart(8)}  precision ${pr.padStart(8)}`);
}
for (const [type, p] of [...score.byPredType].sort()) if (!score.byGoldType.has(type)) console.log(`  ${type.padEnd(10)} recall        -  precision ${`${p.predictedCorrect}/${p.predicted}`.padStart(8)}`);
