// node --import tsx bench/deid/inject-run.ts [--errors] [--dev-only] [--shapes-aside] [--talka-aside] [--talkb-aside] [--talk8-aside] [--talk9-aside] [--talkfp-aside] [--talk10-aside] [--talk11-aside] [--talk12 [--talk12-aside]] [--talk13 [--talk13-aside]]
// (development: the first template set, the second, inject-dev2.ts, the third, inject-dev3.ts, and
// the fourth, inject-dev4.ts, the fifth, inject-dev5.ts, and the sixth, inject-dev6.ts (a generator;
// its set-aside part only with --shapes-aside, totals only), batch 7a, inject-dev7a.ts (AGE, DATE,
// EMAIL, HEALTH_PLAN and LICENSE in talk; its set-aside part only with --talka-aside, totals only),
// and 7b, inject-dev7b.ts (a generator in voices, plus talk with no identifier full of name/place
// traps, scored for false tokens; its set-aside part only with --talkb-aside, totals only), and 8,
// inject-dev8.ts (ages, dates, plan numbers, e-mails and vehicles as people say them, plus trap talk
// with capitalised ordinary words, places-as-words, ages under 90 and month/weekday words; its
// set-aside part only with --talk8-aside, totals only), and 9, inject-dev9.ts (lower-case names and
// initials, regions, ages/dates/plan numbers/e-mails/plates in new said shapes, plus trap talk with
// numbers, brands, name-words, chat abbreviations and place-like phrases; its set-aside part only
// with --talk9-aside, totals only), and 10, inject-dev10.ts (AGE/DATE/HEALTH_PLAN/VEHICLE/OTHER_ID/
// EMAIL drawn from a grammar of said numbers, plus trap talk with ages under 90, numbers over 89,
// durations, doses, scores, times and prices; its set-aside part only with --talk10-aside, totals only),
// and 11, inject-dev11.ts (hand-written lines: ages bound to a person, e-mails, plates and dates as
// said, plus hard negatives bound to units; its set-aside part only with --talk11-aside, totals only),
// and 12, inject-dev12.ts, only with --talk12 (speech-to-text transcripts: lower case or sentence case,
// no punctuation, numbers said as words, repairs, spelled names, diarised or no labels, run-on turns;
// its set-aside part only with --talk12-aside, totals only), and 13, inject-dev13.ts, only with --talk13
// (ages over 89 and plates/VINs as said in typed chat and transcribed speech, plus hard negatives; its
// set-aside part only with --talk13-aside, totals only);
// then the held-out set, and the blind held-out sets v3, inject-held3.ts, and v4, inject-held4.ts,
// by totals and per type only; --dev-only skips the held-out sets, for tuning rounds that must not see them)
// Tacet's detect() on therapy talk with Tacet's own injected identifier sentences (inject.ts):
// token-level recall and precision per type, dev and held out separately. --errors lists the
// dev misses (by template and type) and the dev false alarms (the token and its predicted type),
// never the held-out ones: those are not for tuning.
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { corporaDir, type Corpus } from './corpora.ts';
import { injectedTherapy, type InjectedDoc } from './inject.ts';
import { injectedTherapyDev2 } from './inject-dev2.ts';
import { injectedTherapyDev3 } from './inject-dev3.ts';
import { injectedTherapyDev4 } from './inject-dev4.ts';
import { injectedTherapyDev5 } from './inject-dev5.ts';
import { injectedTherapyDev6, injectedTherapyDev6Aside } from './inject-dev6.ts';
import { asideTraps, devTraps, injectedTherapyDev7b, injectedTherapyDev7bAside } from './inject-dev7b.ts';
import { injectedTherapyDev7a, injectedTherapyDev7aAside } from './inject-dev7a.ts';
import { dev8AsideTraps, dev8Traps, injectedTherapyDev8, injectedTherapyDev8Aside } from './inject-dev8.ts';
import { dev9AsideTraps, dev9Traps, injectedTherapyDev9, injectedTherapyDev9Aside } from './inject-dev9.ts';
import { injectedTherapyDevFp, injectedTherapyDevFpAside, injectedTherapyDevFpLate } from './inject-devfp.ts';
import { dev10AsideTraps, dev10Traps, injectedTherapyDev10, injectedTherapyDev10Aside } from './inject-dev10.ts';
import { dev11AsideTraps, dev11Traps, injectedTherapyDev11, injectedTherapyDev11Aside } from './inject-dev11.ts';
import { dev12AsideTraps, dev12Traps, injectedTherapyDev12, injectedTherapyDev12Aside } from './inject-dev12.ts';
import { dev13AsideTraps, dev13Traps, injectedTherapyDev13, injectedTherapyDev13Aside } from './inject-dev13.ts';
import { injectedTherapyHeld3 } from './inject-held3.ts';
import { injectedTherapyHeld4 } from './inject-held4.ts';
import { metrics, newScore, scoreDoc, type Score } from './score.ts';

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : (100 * x).toFixed(1).padStart(5) + '%');

function print(title: string, s: Score): void {
  const o = metrics(s.overall);
  console.log(`${title}\n  overall: recall ${pct(o.recall)} (${s.overall.caught}/${s.overall.gold} tokens)  precision ${pct(o.precision)} (${s.overall.predictedCorrect}/${s.overall.predicted})`);
  for (const t of [...new Set([...s.byGoldType.keys(), ...s.byPredType.keys()])].sort()) {
    const g = s.byGoldType.get(t);
    const p = s.byPredType.get(t);
    const gl = g ? `recall ${pct(metrics(g).recall)} (${g.caught}/${g.gold})` : 'recall     -       ';
    const pl = p ? `precision ${pct(metrics(p).precision)} (${p.predictedCorrect}/${p.predicted})` : 'precision   -';
    console.log(`    ${t.padEnd(12)} ${gl.padEnd(28)} ${pl}`);
  }
}

/** Talk with no gold: every predicted token is a false one, counted per predicted type. */
function printTraps(title: string, s: Score): void {
  const byType = [...s.byPredType].sort().map(([t, v]) => `${t} ${v.predicted}`);
  console.log(`${title}\n  false tokens: ${s.overall.predicted}${byType.length ? ` (${byType.join(', ')})` : ''}`);
}

function score(corpus: Corpus, errors: boolean): Score {
  const s = newScore();
  const misses = new Map<string, number>();
  const falseAlarms = new Map<string, number>();
  const examples = new Map<string, string>();
  for (const doc of corpus.docs as InjectedDoc[]) {
    const outcomes = scoreDoc(s, doc, detect(doc.text), corpus.neutral);
    if (!errors) continue;
    for (const o of outcomes) {
      if (o.gold !== undefined && !corpus.neutral.has(o.gold) && o.pred === undefined) {
        const span = doc.spans.find((g) => g.start <= o.start && g.end >= o.end);
        // Grouped by template and type; one synthetic value as the example.
        const k = `${o.gold} in ${span?.template ?? '?'}`;
        misses.set(k, (misses.get(k) ?? 0) + 1);
        if (!examples.has(k)) examples.set(k, span?.value ?? '');
      }
      if (o.pred !== undefined && o.gold === undefined) {
        const k = `${o.pred} "${doc.text.slice(o.start, o.end)}"`;
        falseAlarms.set(k, (falseAlarms.get(k) ?? 0) + 1);
      }
    }
  }
  if (errors) {
    const top = (m: Map<string, number>): string[] =>
      [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `      ${n}× ${k}${examples.has(k) ? `  e.g. "${examples.get(k)!}"` : ''}`);
    console.log(`  dev missed tokens by template and type (${misses.size} groups):\n${top(misses).join('\n')}`);
    console.log(`  dev false-alarm tokens (${falseAlarms.size} distinct):\n${top(falseAlarms).join('\n')}`);
  }
  return s;
}

await loadDeidResources();
const injected = injectedTherapy();
if (injected === undefined) {
  console.error(`therapy-phi-dev not found under ${corporaDir} (set TACET_CORPORA).`);
  process.exit(1);
}
const errors = process.argv.includes('--errors');
console.log('Token level, type-blind overall (per-type recall by gold type, precision by predicted type); ORG neutral.\n');
// The development batches in order; each set-aside part only with its flag, totals and per type
// only, never its errors. A traps part is talk with no identifier: every predicted token is false.
interface Part {
  load: () => Corpus;
  traps?: true;
}
interface Batch {
  /** Only with this flag (a batch kept out of the default development run). */
  devFlag?: string;
  dev: Part[];
  asideFlag?: string;
  aside?: Part[];
}
const BATCHES: Batch[] = [
  { dev: [{ load: () => injected.dev }] },
  { dev: [{ load: () => injectedTherapyDev2()! }] },
  { dev: [{ load: () => injectedTherapyDev3()! }] },
  { dev: [{ load: () => injectedTherapyDev4()! }] },
  { dev: [{ load: () => injectedTherapyDev5()! }] },
  { dev: [{ load: () => injectedTherapyDev6()! }], asideFlag: '--shapes-aside', aside: [{ load: () => injectedTherapyDev6Aside()! }] },
  { dev: [{ load: () => injectedTherapyDev7a()! }], asideFlag: '--talka-aside', aside: [{ load: () => injectedTherapyDev7aAside()! }] },
  {
    dev: [{ load: () => injectedTherapyDev7b()! }, { load: devTraps, traps: true }],
    asideFlag: '--talkb-aside',
    aside: [{ load: () => injectedTherapyDev7bAside()! }, { load: asideTraps, traps: true }],
  },
  {
    dev: [{ load: () => injectedTherapyDev8()! }, { load: dev8Traps, traps: true }],
    asideFlag: '--talk8-aside',
    aside: [{ load: () => injectedTherapyDev8Aside()! }, { load: dev8AsideTraps, traps: true }],
  },
  {
    dev: [{ load: () => injectedTherapyDev9()! }, { load: dev9Traps, traps: true }],
    asideFlag: '--talk9-aside',
    aside: [{ load: () => injectedTherapyDev9Aside()! }, { load: dev9AsideTraps, traps: true }],
  },
  // Round talkfp, inject-devfp.ts: hand-written talk lines full of capitalised words that are not
  // people or places, a few true names and places among them.
  { dev: [{ load: injectedTherapyDevFp }, { load: injectedTherapyDevFpLate }], asideFlag: '--talkfp-aside', aside: [{ load: injectedTherapyDevFpAside }] },
  {
    dev: [{ load: () => injectedTherapyDev10()! }, { load: dev10Traps, traps: true }],
    asideFlag: '--talk10-aside',
    aside: [{ load: () => injectedTherapyDev10Aside()! }, { load: dev10AsideTraps, traps: true }],
  },
  // Round talk11, inject-dev11.ts: hand-written talk lines, AGE/EMAIL/VEHICLE/DATE by evidence.
  {
    dev: [{ load: injectedTherapyDev11 }, { load: dev11Traps, traps: true }],
    asideFlag: '--talk11-aside',
    aside: [{ load: injectedTherapyDev11Aside }, { load: dev11AsideTraps, traps: true }],
  },
  // Round talk12, inject-dev12.ts: speech-to-text transcripts, every identifier type; only with --talk12.
  {
    devFlag: '--talk12',
    dev: [{ load: injectedTherapyDev12 }, { load: dev12Traps, traps: true }],
    asideFlag: '--talk12-aside',
    aside: [{ load: injectedTherapyDev12Aside }, { load: dev12AsideTraps, traps: true }],
  },
  // Round talk13, inject-dev13.ts: ages over 89 and vehicle identifiers in talk; only with --talk13.
  {
    devFlag: '--talk13',
    dev: [{ load: injectedTherapyDev13 }, { load: dev13Traps, traps: true }],
    asideFlag: '--talk13-aside',
    aside: [{ load: injectedTherapyDev13Aside }, { load: dev13AsideTraps, traps: true }],
  },
];
function show(part: Part, withErrors: boolean): void {
  const c = part.load();
  (part.traps ? printTraps : print)(`${c.name}, ${c.docs.length} conversations`, score(c, withErrors));
  console.log('');
}
for (const batch of BATCHES) {
  if (batch.devFlag !== undefined && !process.argv.includes(batch.devFlag)) continue;
  for (const part of batch.dev) show(part, errors);
  if (batch.asideFlag !== undefined && process.argv.includes(batch.asideFlag)) for (const part of batch.aside ?? []) show(part, false);
}
if (process.argv.includes('--dev-only')) process.exit(0);
print(`${injected.heldOut.name}, ${injected.heldOut.docs.length} conversations`, score(injected.heldOut, false));
console.log('');
// Blind: never pass `errors` here, whatever the flag says (see the header of inject-held3.ts).
const held3 = injectedTherapyHeld3()!;
print(`held out v3 (blind templates): ${held3.name}, ${held3.docs.length} conversations`, score(held3, false));
console.log('');
// Blind v4, written by someone who never read the engine (header of inject-held4.ts): totals only, never errors.
const held4 = injectedTherapyHeld4()!;
print(`held out v4 (blind templates): ${held4.name}, ${held4.docs.length} conversations`, score(held4, false));
