// Golden-thread gaps (R04), as pure functions over the loaded records so they are easy to test.
import type { PlanSnapshot } from '../plans/schema.ts';
import type { Gap } from './schema.ts';

export interface CurrentPlan {
  planId: string;
  status: string;
  reviewDate: string;
  snapshot: PlanSnapshot;
}

export interface NoteFacts {
  id: string;
  kind: 'progress' | 'process';
  status: 'draft' | 'signed';
  /** When the note's session took place (or the note was written, without a session). */
  at: Date;
  goalIds: string[];
}

export interface SessionFacts {
  at: Date;
  attendance: 'attended' | 'late_cancel' | 'no_show';
}

export function findGaps(input: { plans: CurrentPlan[]; notes: NoteFacts[]; sessions: SessionFacts[]; today: string; goalWindow: number }): Gap[] {
  const gaps: Gap[] = [];
  const active = input.plans.filter((p) => p.status === 'active');
  // A signed progress note that addresses no goal: the thread from plan to session is broken.
  for (const n of input.notes) {
    if (n.kind === 'progress' && n.status === 'signed' && n.goalIds.length === 0) gaps.push({ kind: 'note_without_goal', noteId: n.id });
  }
  if (active.length === 0 && input.sessions.some((s) => s.attendance === 'attended')) gaps.push({ kind: 'no_active_plan' });
  // Window: the last N attended sessions. Without N sessions yet, a goal cannot be judged stale.
  const attended = input.sessions.filter((s) => s.attendance === 'attended').sort((a, b) => b.at.getTime() - a.at.getTime());
  const windowStart = attended.length >= input.goalWindow ? attended[input.goalWindow - 1]?.at : undefined;
  for (const p of active) {
    if (p.reviewDate < input.today) gaps.push({ kind: 'plan_past_review', planId: p.planId, reviewDate: p.reviewDate });
    const goalsByCode = new Map<string, number>();
    for (const pr of p.snapshot.problems) for (const c of pr.diagnosisCodes) goalsByCode.set(c, (goalsByCode.get(c) ?? 0) + pr.goals.length);
    for (const d of p.snapshot.diagnoses) {
      if ((goalsByCode.get(d.code) ?? 0) === 0) gaps.push({ kind: 'diagnosis_without_goal', planId: p.planId, code: d.code });
    }
    if (windowStart !== undefined) {
      const recent = new Set(input.notes.filter((n) => n.at.getTime() >= windowStart.getTime()).flatMap((n) => n.goalIds));
      for (const pr of p.snapshot.problems) {
        for (const g of pr.goals) {
          if (!recent.has(g.id)) gaps.push({ kind: 'goal_without_recent_progress', planId: p.planId, goalId: g.id, sessions: input.goalWindow });
        }
      }
    }
  }
  return gaps;
}
