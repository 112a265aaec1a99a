// The scorer shared by the clinical generators whose notes are marked inline (rounds 11 and 12:
// clinical-gen11.ts, clinical-gen12.ts), token level, type-blind. Gold is `[[TYPE|value]]`;
// non-identifier stretches are `<<kind|text>>`, and a false token is counted against the kind it
// fell in ("untagged" outside every stretch). Each generator's `-run.ts` names its notes and
// neutral types and calls runMarkedNotes().
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { errorLine, printPerType, printTotals } from './clinical-gen-score.ts';
import { newScore, scoreDoc } from './score.ts';

interface Stretch { start: number; end: number; label: string }

/** The plain text of a marked note with its gold spans and its tagged non-identifier stretches. */
export function unmark(marked: string): { text: string; gold: { start: number; end: number; type: string }[]; kinds: Stretch[] } {
  const gold: { start: number; end: number; type: string }[] = [];
  const kinds: Stretch[] = [];
  const stack: { start: number; label: string }[] = [];
  let text = '';
  for (const piece of marked.split(/(\[\[[A-Z_]+\|[^\]]*\]\]|<<[a-z]+\||>>)/)) {
    const goldM = /^\[\[([A-Z_]+)\|([^\]]*)\]\]$/.exec(piece);
    if (goldM) {
      gold.push({ start: text.length, end: text.length + goldM[2]!.length, type: goldM[1]! });
      text += goldM[2]!;
    } else if (/^<<[a-z]+\|$/.test(piece)) stack.push({ start: text.length, label: piece.slice(2, -1) });
    else if (piece === '>>') {
      const open = stack.pop();
      if (open) kinds.push({ start: open.start, end: text.length, label: open.label });
    } else text += piece;
  }
  return { text, gold, kinds };
}

/**
 * Scores one generator's marked notes from the command line: `--aside` the set-aside notes (totals
 * only), otherwise the development notes with per-type figures, false tokens by kind and, unless
 * `--quiet`, every miss and false positive with its line.
 */
export async function runMarkedNotes(name: string, dev: readonly string[], asideNotes: readonly string[], neutralTypes: readonly string[]): Promise<void> {
  await loadDeidResources();
  const aside = process.argv.includes('--aside');
  const quiet = aside || process.argv.includes('--quiet');
  const notes = aside ? asideNotes : dev;
  const score = newScore();
  const neutral = new Set(neutralTypes);
  const falseByKind = new Map<string, number>();
  const lines: string[] = [];
  for (const [i, marked] of notes.entries()) {
    const { text, gold, kinds } = unmark(marked);
    for (const o of scoreDoc(score, { id: String(i), text, spans: gold }, detect(text), neutral)) {
      if (o.gold !== undefined && neutral.has(o.gold)) continue;
      if (o.pred !== undefined && o.gold === undefined) {
        const kind = kinds.find((k) => k.start <= o.start && o.end <= k.end)?.label ?? 'untagged';
        falseByKind.set(kind, (falseByKind.get(kind) ?? 0) + 1);
      }
      if (!quiet) {
        const e = errorLine(text, o);
        if (e !== undefined) lines.push(e);
      }
    }
  }
  printTotals(`${name} ${aside ? 'aside' : 'dev'} (${notes.length} notes)`, score);
  if (aside) return;
  printPerType(score);
  console.log(`  false tokens by kind: ${[...falseByKind].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`).join(', ') || 'none'}`);
  for (const l of lines) console.log(l);
}
