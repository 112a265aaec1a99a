// Development aid: a multi-megabyte `tacet deid --jsonl` input built from therapy-phi-dev
// conversations, repeated in shuffled orders and varied (every second pass joins each conversation
// with the next, every third drops its first third of lines), so the stream is not one text over
// and over. Written to a file outside the repository: corpus text is never committed.
//   node --import tsx bench/deid/make-stream.ts 4000000 /tmp/stream4.jsonl
import { writeFileSync } from 'node:fs';
import { therapyPhiDev } from './corpora.ts';

const target = Number(process.argv[2] ?? 4e6);
const file = process.argv[3];
if (!file) throw new Error('usage: make-stream.ts BYTES FILE');
const therapy = therapyPhiDev();
if (!therapy) throw new Error('therapy-phi-dev not found (set TACET_CORPORA)');
const texts = [...therapy.dev.docs, ...therapy.heldOut.docs].map((d) => d.text);
let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
let out = '';
let id = 0;
for (let k = 0; out.length < target; k++) {
  const order = texts.map((_, i) => i).sort(() => rnd() - 0.5);
  for (let j = 0; j < order.length && out.length < target; j++) {
    let text = texts[order[j]!]!;
    if (k % 3 === 1) text = text + '\n' + texts[order[(j + 1) % order.length]!]!;
    else if (k % 3 === 2) {
      const lines = text.split('\n');
      text = lines.slice(Math.floor(lines.length / 3)).join('\n');
    }
    out += JSON.stringify({ id: String(id++), text }) + '\n';
  }
}
writeFileSync(file, out);
console.log(`${id} documents, ${out.length} characters, written to ${file}`);
