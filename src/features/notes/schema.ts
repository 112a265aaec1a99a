import { z } from 'zod';
import { NOTE_FORMATS } from './templates.ts';
import { AI_LABELS, CONFIRM_REASONS } from './ai-record.ts';
import { chartHeaderView } from './chart-header.ts';

export const noteParams = z.object({ noteId: z.uuid() });
export const clientParams = z.object({ clientId: z.uuid() });

const sections = z.record(z.string().regex(/^[a-z]{1,30}$/), z.string().max(20_000));
const goalProgress = z.strictObject({
  goalId: z.uuid(),
  progress: z.enum(['regressed', 'no_change', 'some_progress', 'significant_progress', 'achieved']),
  comment: z.string().max(2000).optional(),
});

export const createNoteBody = z.strictObject({
  format: z.enum(NOTE_FORMATS),
  kind: z.enum(['progress', 'process']).default('progress'),
  sessionId: z.uuid().nullable().optional(),
  /** Issue 16: the date of service of a note without a session (YYYY-MM-DD); today when absent. */
  serviceDate: z.iso.date().nullable().optional(),
  sections: sections.default({}),
  /** A licensed practitioner who must co-sign (associates). */
  cosignerId: z.uuid().nullable().optional(),
  /** R04: the plan goals this note addressed, with the progress on each. */
  goals: z.array(goalProgress).max(50).optional(),
});
export type CreateNoteBody = z.output<typeof createNoteBody>;

export const updateNoteBody = z.strictObject({
  sessionId: z.uuid().nullable().optional(),
  serviceDate: z.iso.date().nullable().optional(),
  sections: sections.optional(),
  cosignerId: z.uuid().nullable().optional(),
  goals: z.array(goalProgress).max(50).optional(),
  /** Issue 15: the AI draft whose sentences the clinician placed in the note; its labels are kept with the note. */
  aiDraftId: z.uuid().optional(),
});
export type UpdateNoteBody = z.output<typeof updateNoteBody>;

/** Issue 15: a contradicted risk sentence signed as it stands, with the clinician's reason (a category, never text). */
// No body at all (the request of every client before issue 15) is the same as no confirmations.
export const signBody = z.preprocess(
  (v) => v ?? {},
  z.strictObject({
    confirmations: z.array(z.strictObject({ sentence: z.number().int().min(0), reason: z.enum(CONFIRM_REASONS) })).max(100).default([]),
  }),
);

export const addendumBody = z.strictObject({ text: z.string().trim().min(1).max(20_000) });

export const noteSummary = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  sessionId: z.uuid().nullable(),
  kind: z.enum(['progress', 'process']),
  format: z.enum(NOTE_FORMATS),
  status: z.enum(['draft', 'signed']),
  signedAt: z.string().nullable(),
  cosignerId: z.uuid().nullable(),
  cosignedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Issue 16: YYYY-MM-DD, the session's day or the note's own date of service; notes are listed by it. */
  dateOfService: z.string(),
  /** The session's start, when the note has a session the reader may see. */
  sessionStartsAt: z.string().nullable(),
});

export const noteDetail = noteSummary.extend({
  /** Issue 16: the chart header every note screen shows (chart-header.ts). */
  chart: chartHeaderView,
  sections: z.array(z.object({ key: z.string(), title: z.string(), text: z.string() })),
  signedBy: z.uuid().nullable(),
  contentSha256: z.string().nullable(),
  /** For a signed note: whether the stored content still matches the hash recorded at signing. */
  integrity: z.enum(['unsigned', 'verified', 'mismatch']),
  goals: z.array(z.object({ goalId: z.uuid(), planId: z.uuid(), progress: z.string(), comment: z.string().nullable() })),
  addenda: z.array(z.object({ id: z.uuid(), text: z.string(), signedAt: z.string(), signedBy: z.uuid(), contentSha256: z.string() })),
  /**
   * Issue 15: the sentences that came from AI drafts, with their labels; the author's only (null
   * for everyone else, and for a note that used no draft).
   */
  ai: z
    .object({
      drafts: z.array(z.object({ id: z.uuid(), provider: z.string(), model: z.string(), usedAt: z.string() })),
      sentences: z.array(
        z.object({
          n: z.number(),
          section: z.string(),
          text: z.string(),
          label: z.enum(AI_LABELS),
          reasons: z.array(z.string()),
          risk: z.array(z.string()),
          riskPolarity: z.enum(['present', 'denied']).nullable(),
          /** Still in the note word for word. */
          present: z.boolean(),
          /** A contradicted risk sentence still in the note: signing needs an edit or a confirmation. */
          blocking: z.boolean(),
          confirmed: z.enum(CONFIRM_REASONS).nullable(),
        }),
      ),
      omittedRisks: z.array(z.object({ category: z.string(), polarity: z.enum(['present', 'denied']) })),
    })
    .nullable(),
});
export type NoteDetail = z.infer<typeof noteDetail>;
