// Scores the round-10 negatives-heavy generator (bench/deid/clinical-gen10.ts), token level as the
// corpora. Gold identifiers are `[[TYPE|value]]` (ORG neutral); every non-identifier stretch is
// `<<kind|text>>`, so each false-positive token is counted against the kind it fell in ("untagged"
// when outside every tagged stretch).
// `node --import tsx bench/deid/clinical-gen10-run.ts [--aside] [--quiet] [--upper|--lower]`
// (`--upper`/`--lower` score the same notes written all in capitals or all in lower case.)
// Without flags: the development notes, recall and precision per type, false tokens per kind, then
// every miss and false positive with its line. `--aside`: the set-aside notes, totals and false
// tokens per kind only (never their errors).
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { ASIDE } from './clinical-gen10-aside.ts';
import { DEV } from './clinical-gen10.ts';
import { errorLine, printPerType, printTotals } from './clinical-gen-score.ts';
import { newScore, scoreDoc } from './score.ts';

interface Parsed {
  text: string;
  gold: { start: number; end: number; type: string }[];
  kinds: { start: number; end: number; kind: string }[];
}

/** Strips both markers in one pass, keeping offsets of gold spans and kind stretches. */
export function parseGen10(marked: string): Parsed {
  const re = /\[\[([A-Z_]+)\|([^\]]+)\]\]|<<([a-z]+)\||>>/g;
  let text = '';
  const gold: Parsed['gold'] = [];
  const kinds: Parsed['kinds'] = [];
  const open: { start: number; kind: string }[] = [];
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(marked)) !== null) {
    text += marked.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (m[1]) {
      gold.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] });
      text += m[2]!;
    } else if (m[3]) open.push({ start: text.length, kind: m[3] });
    else {
      const o = open.pop();
      if (o) kinds.push({ start: o.start, end: text.length, kind: o.kind });
    }
  }
  text += marked.slice(pos);
  return { text, gold, kinds };
}

async function main(): Promise<void> {
  await loadDeidResources();
  const aside = process.argv.includes('--aside');
  const quiet = aside || process.argv.includes('--quiet');
  const notes = aside ? ASIDE : DEV;
  const caseArg = process.argv.includes('--upper') ? 'upper' : process.argv.includes('--lower') ? 'lower' : undefined;
  const neutral = new Set(['ORG']);
  const score = newScore();
  const perKind = new Map<string, number>();
  const kindTokens = new Map<string, number>();
  const errors: string[] = [];
  const TOKEN = /[\p{L}\p{N}]+/gu;
  notes.forEach((marked, i) => {
    const parsed = parseGen10(marked);
    const { gold, kinds } = parsed;
    const text = caseArg === 'upper' ? parsed.text.toUpperCase() : caseArg === 'lower' ? parsed.text.toLowerCase() : parsed.text;
    for (const k of kinds) kindTokens.set(k.kind, (kindTokens.get(k.kind) ?? 0) + (text.slice(k.start, k.end).match(TOKEN)?.length ?? 0));
    for (const o of scoreDoc(score, { id: String(i), text, spans: gold }, detect(text), neutral)) {
      if (o.gold && neutral.has(o.gold)) continue;
      if (o.pred && !o.gold) {
        const k = kinds.find((x) => x.start <= o.start && o.end <= x.end)?.kind ?? 'untagged';
        perKind.set(k, (perKind.get(k) ?? 0) + 1);
      }
      if (quiet) continue;
      const e = errorLine(text, o);
      if (e !== undefined) errors.push(e);
    }
  });
  printTotals(`${aside ? 'aside' : 'dev'}${caseArg ? ` ${caseArg}` : ''} (${notes.length} notes)`, score);
  const fpTotal = [...perKind.values()].reduce((a, b) => a + b, 0);
  const negTokens = [...kindTokens.values()].reduce((a, b) => a + b, 0);
  console.log(`  false tokens ${fpTotal} among ${negTokens} tagged non-identifier tokens; by kind:`);
  for (const [k, c] of [...perKind].sort((a, b) => b[1] - a[1])) console.log(`    ${k.padEnd(9)} ${c} of ${kindTokens.get(k) ?? '-'}`);
  if (aside) return;
  printPerType(score);
  if (!quiet) for (const e of errors) console.log(e);
}

await main();
