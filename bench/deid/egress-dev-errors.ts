// Development aid: detect() misses and false alarms on the therapist-style DEVELOPMENT notes of
// bench:egress (bench/egress/notes-dev.jsonl, or notes-dev2 … notes-dev5.jsonl with `dev2` … `dev5`), never the held-out ones.
//   node --import tsx bench/deid/egress-dev-errors.ts [dev2|dev3|dev4|dev5|gen8|gen9]
// (`gen8`/`gen9`: the DEV part of round 8's/9's generator, bench/egress/notes-gen8.ts/notes-gen9.ts;
// never their set-aside parts.)
import { explain } from '../../src/deid/index.ts';
import { writtenNotes } from '../egress/notes.ts';
import { DEV as GEN8_DEV } from '../egress/notes-gen8.ts';
import { DEV as GEN9_DEV } from '../egress/notes-gen9.ts';
import { metrics, newScore, scoreDoc } from './score.ts';

const splits = ['dev', 'dev2', 'dev3', 'dev4', 'dev5'] as const;
const split = process.argv[2] === 'gen8' || process.argv[2] === 'gen9' ? process.argv[2] : (splits.find((s) => s === process.argv[2]) ?? 'dev');
const score = newScore();
for (const note of split === 'gen8' ? GEN8_DEV : split === 'gen9' ? GEN9_DEV : writtenNotes(split)) {
  const ex = explain(note.text);
  const outcomes = scoreDoc(score, { id: note.id, text: note.text, spans: note.spans }, ex.spans, new Set(['ORG']));
  for (const o of outcomes) {
    if (o.gold === 'ORG') continue;
    const miss = o.gold && !o.pred;
    const fp = o.pred && !o.gold;
    if (!miss && !fp) continue;
    const ctx = note.text.slice(Math.max(0, o.start - 50), o.end + 30).replace(/\n/g, ' ');
    console.log(`${miss ? 'MISS' : 'FP  '} ${o.gold ?? o.pred} «${note.text.slice(o.start, o.end)}» … ${ctx}`);
  }
}
const m = metrics(score.overall);
console.log(`${split} notes: recall ${(100 * m.recall).toFixed(1)}%, precision ${(100 * m.precision).toFixed(1)}%`);
