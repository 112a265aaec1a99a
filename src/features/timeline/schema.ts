import { z } from 'zod';
import { pageQuery } from '../../http/cursor.ts';
import { trendView } from '../assessments/schema.ts';

export const clientParams = z.object({ clientId: z.uuid() });
export const timelineQuery = z.strictObject({
  /** A goal with no progress recorded in this many most recent attended sessions is flagged. */
  goalWindow: z.coerce.number().int().min(1).max(50).default(3),
  /** Issue 21: events come in pages, newest first; the summary (diagnoses to patterns) is on every page. */
  limit: pageQuery.limit,
  cursor: pageQuery.cursor,
});

const event = z.discriminatedUnion('type', [
  z.object({ type: z.literal('plan_version'), at: z.string(), planId: z.uuid(), version: z.number(), status: z.string(), reviewDate: z.string(), diagnosisCodes: z.array(z.string()) }),
  z.object({ type: z.literal('session'), at: z.string(), sessionId: z.uuid(), serviceCode: z.string(), modality: z.string(), durationMinutes: z.number(), attendance: z.string() }),
  z.object({
    type: z.literal('note'),
    at: z.string(),
    noteId: z.uuid(),
    sessionId: z.uuid().nullable(),
    kind: z.string(),
    format: z.string(),
    status: z.string(),
    goals: z.array(z.object({ goalId: z.uuid(), progress: z.string() })),
  }),
  z.object({ type: z.literal('assessment'), at: z.string(), assessmentId: z.uuid(), instrument: z.string(), total: z.number(), severity: z.string() }),
]);
export type TimelineEvent = z.infer<typeof event>;

const gap = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note_without_goal'), noteId: z.uuid() }),
  z.object({ kind: z.literal('goal_without_recent_progress'), planId: z.uuid(), goalId: z.uuid(), sessions: z.number() }),
  z.object({ kind: z.literal('plan_past_review'), planId: z.uuid(), reviewDate: z.string() }),
  z.object({ kind: z.literal('diagnosis_without_goal'), planId: z.uuid(), code: z.string() }),
  z.object({ kind: z.literal('no_active_plan') }),
]);
export type Gap = z.infer<typeof gap>;

export const timelineView = z.object({
  clientId: z.uuid(),
  diagnoses: z.array(z.object({ code: z.string(), description: z.string(), primary: z.boolean(), planId: z.uuid() })),
  goals: z.array(z.object({ planId: z.uuid(), goalId: z.uuid(), problem: z.string(), text: z.string() })),
  /** One page of events, newest first. */
  events: z.array(event),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Issue 16: 'none' = no plan yet (its own state, not "no gaps"); 'inactive' = plans, none active. */
  planState: z.enum(['none', 'inactive', 'active']),
  gaps: z.array(gap),
  patterns: z.object({
    trends: z.array(trendView),
    goalProgress: z.array(z.object({ goalId: z.uuid(), entries: z.number(), latest: z.string().nullable(), counts: z.record(z.string(), z.number()) })),
    attendance: z.object({ attended: z.number(), lateCancel: z.number(), noShow: z.number(), attendanceRate: z.number().nullable() }),
  }),
});
export type TimelineView = z.infer<typeof timelineView>;
