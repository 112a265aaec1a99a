// Output-equivalence harness for speed work on the de-identification engine: runs the engine over
// every corpus document (../shared/corpora via corpora.ts, the injected therapy conversations) in
// its written case, lower-cased and upper-cased, with and without the built-in topics, and over the
// topic sentences in bench/deid/topics/; records per document the exact spans (offsets and types)
// and a hash of the redacted text. A change meant only to make the engine faster must leave the
// file identical.
//
//   node --import tsx bench/deid/golden.ts write /tmp/deid-golden-base.json
//   node --import tsx bench/deid/golden.ts check /tmp/deid-golden-base.json
//
// The file holds offsets, types and hashes only — never a corpus string.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { detect, redact } from '../../src/deid/index.ts';
import { BUILTIN_TOPICS, detectTopics } from '../../src/deid/topics.ts';
import type { DeidContext, Span } from '../../src/deid/types.ts';
import { physionetDeid, presidio, therapyPhiDev } from './corpora.ts';
import { injectedTherapy } from './inject.ts';

type Record_ = { hash: string; spans: string };

const enc = (spans: readonly Span[]): string => spans.map((s) => `${s.start}-${s.end}:${s.type}`).join(' ');
const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

// Obviously fake names, so the known-names path is exercised too.
const KNOWN: DeidContext = { knownNames: ['Quorra Zellwigger', 'Q.Z.', 'Dr. Hope Plimsoll'], topics: [...BUILTIN_TOPICS] };

function texts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const add = (prefix: string, docs: readonly { id?: string; text: string }[] | undefined): void => {
    docs?.forEach((d, i) => out.push({ id: `${prefix}/${i}`, text: d.text }));
  };
  const therapy = therapyPhiDev();
  add('therapy-dev', therapy?.dev.docs);
  add('therapy-heldout', therapy?.heldOut.docs);
  const physio = physionetDeid();
  add('physionet-dev', physio?.dev.docs);
  add('physionet-heldout', physio?.heldOut.docs);
  add('presidio-small', presidio('generated_small.json', 'small')?.docs);
  add('presidio-large', presidio('generated_large.json', 'large')?.docs);
  const injected = injectedTherapy();
  add('injected-dev', injected?.dev.docs);
  add('injected-heldout', injected?.heldOut.docs);
  for (const set of ['dev', 'heldout']) {
    const lines = readFileSync(new URL(`topics/${set}.jsonl`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    add(`topics-${set}`, lines.map((l) => JSON.parse(l) as { text: string }));
  }
  return out;
}

function run(): Map<string, Record_> {
  const out = new Map<string, Record_>();
  for (const { id, text } of texts()) {
    const variants: [string, string][] = [['', text], ['/lower', text.toLowerCase()], ['/upper', text.toUpperCase()]];
    for (const [suffix, t] of variants) {
      const plain = redact(t);
      const withCtx = redact(t, KNOWN);
      const perTopic = BUILTIN_TOPICS.map((topic) => enc(detectTopics(t, [topic]))).join(' | ');
      const spans = `${enc(plain.spans)} || ${enc(withCtx.spans)} || ${perTopic}`;
      // detect() must agree with redact()'s spans: both go through the same pipeline.
      if (enc(detect(t)) !== enc(plain.spans)) throw new Error(`${id}${suffix}: detect() and redact() disagree`);
      out.set(id + suffix, { hash: sha(`${plain.text}\u0000${withCtx.text}\u0000${spans}`), spans });
    }
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: golden.ts write|check FILE');
  process.exit(2);
}
const t0 = performance.now();
const now = run();
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(Object.fromEntries(now)));
  console.log(`${now.size} documents written to ${file} (${seconds} s)`);
} else {
  const base = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record_>));
  let diff = 0;
  for (const [id, r] of base) {
    const n = now.get(id);
    if (n?.hash === r.hash) continue;
    diff++;
    if (diff <= 20) console.log(`DIFF ${id}\n  base ${r.spans.slice(0, 400)}\n  now  ${n?.spans.slice(0, 400) ?? '(missing)'}`);
  }
  for (const id of now.keys()) if (!base.has(id)) diff++;
  console.log(`${base.size} documents compared, ${diff} differ (${seconds} s)`);
  process.exit(diff ? 1 : 0);
}
