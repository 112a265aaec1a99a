// A transcript's text as the transcripts service stores it: one line per segment, with its start
// time and speaker, `[mm:ss] Speaker 1: text` (or `[mm:ss] text`), so drafts can cite the moment.
import type { TranscriptSegment } from './types.ts';

export function timestamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function formatTranscript(segments: readonly TranscriptSegment[]): string {
  return segments.map((s) => `[${timestamp(s.start)}] ${s.speaker === null ? '' : `${s.speaker}: `}${s.text.replace(/\s+/g, ' ').trim()}`).join('\n');
}
