// The egress benchmark's inputs: therapist-style notes written for Tacet (notes.jsonl held out,
// notes-held3.jsonl held out blind, notes-dev.jsonl, notes-dev2.jsonl, notes-dev3.jsonl, notes-dev4.jsonl and notes-dev5.jsonl for development), with gold identifiers inline as
// [[TYPE:value]], and the held-out quarter of the PhysioNet development notes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from '../deid/corpora.ts';
import type { Doc } from '../deid/score.ts';

export type SourceKind = 'bullets' | 'free_text';

export interface EgressNote extends Doc {
  spans: Array<{ start: number; end: number; type: string; value: string }>;
  source: string;
  kind: SourceKind;
  style: string;
}

const MARK = /\[\[([A-Z_]+):([^\]]*?)\]\]/g;

/** Strips the inline markers; each becomes a gold span over exactly its value. */
export function parseInline(marked: string): { text: string; spans: EgressNote['spans'] } {
  let text = '';
  let last = 0;
  const spans: EgressNote['spans'] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]!, value: m[2]! });
    text += m[2]!;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error('unbalanced gold marker');
  return { text, spans };
}

/**
 * Applies `fn` to the text outside the inline gold markers only, and also to the marked values when
 * `withValues` (a note re-voiced in capitals or lower case changes its values too; shorthand must
 * not). Shared by the seeded note generators (notes-gen8.ts, notes-gen9.ts).
 */
export function outsideMarkers(marked: string, fn: (s: string) => string, withValues: boolean): string {
  return marked.replace(/(\[\[[A-Z_]+:)([^\]]*?)(\]\])|([^[]+|\[)/g, (_all, open?: string, val?: string, close?: string, plain?: string) =>
    open !== undefined ? `${open}${withValues ? fn(val!) : val!}${close!}` : fn(plain!),
  );
}

/**
 * `dev2` to `dev5` are later development batches, in other voices, each scored before it was tuned on.
 * `held3` is a blind held-out set written by someone who never read the engine or the other sets:
 * the bench prints its totals only, never its leaked values.
 */
export type WrittenSplit = 'heldout' | 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'held3';
const FILES: Record<WrittenSplit, string> = { heldout: 'notes.jsonl', dev: 'notes-dev.jsonl', dev2: 'notes-dev2.jsonl', dev3: 'notes-dev3.jsonl', dev4: 'notes-dev4.jsonl', dev5: 'notes-dev5.jsonl', held3: 'notes-held3.jsonl' };

interface Row {
  id: string;
  split: 'heldout' | 'dev';
  style: string;
  kind: SourceKind;
  text: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));

export function writtenNotes(split: WrittenSplit): EgressNote[] {
  const file = join(here, FILES[split]);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .map((r) => ({ id: r.id, ...parseInline(r.text), source: `therapist notes (${split})`, kind: r.kind, style: r.style }));
}

/** The PhysioNet rule shared with the lead: patients whose numeric id mod 4 is 3 are held out. */
export function physionetHeldOut(id: string): boolean {
  const m = /^physionet-(\d+)-/.exec(id);
  if (!m) throw new Error(`unexpected PhysioNet id shape (row ${id.length} chars)`);
  return Number(m[1]) % 4 === 3;
}

export function physionetNotes(split: 'heldout' | 'dev'): EgressNote[] | undefined {
  const file = join(corporaDir, 'physionet-deid-dev', 'physionet_deid_dev.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc & { spans: EgressNote['spans'] })
    .filter((d) => physionetHeldOut(d.id) === (split === 'heldout'))
    .map((d) => ({ ...d, source: `PhysioNet (${split === 'heldout' ? 'held-out quarter' : 'dev three quarters'})`, kind: 'free_text' as const, style: 'nursing' }));
}
