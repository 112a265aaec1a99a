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
  attendance: 'scheduled' | 'attended' | 'late_cancel' | 'no_show';
}

/** One revision of a plan: plans are versioned, and a revision is in force from its creation. */
export interface PlanVersionFacts {
  planId: string;
  version: number;
  status: string;
  createdAt: Date;
}

/**
 * Issue 16: whether an active plan was in force at `at` — for some plan, the latest revision
 * created by then is active. A note written before any plan existed addressed no goal because
 * there was none; it is not a gap.
 */
export function activePlanAt(versions: PlanVersionFacts[], at: Date): boolean {
  const latest = new Map<string, PlanVersionFacts>();
  for (const v of versions) {
    if (v.createdAt.getTime() > at.getTime()) continue;
    const cur = latest.get(v.planId);
    if (cur === undefined || v.version > cur.version) latest.set(v.planId, v);
  }
  return [...latest.values()].some((v) => v.status === 'active');
}

export function findGaps(input: { plans: CurrentPlan[]; versions: PlanVersionFacts[]; notes: NoteFacts[]; sessions: SessionFacts[]; today: string; goalWindow: number }): Gap[] {
  const gaps: Gap[] = [];
  const active = input.plans.filter((p) => p.status === 'active');
  // A signed progress note that addresses no goal while a plan was in force at its date: the
  // thread from plan to session is broken.
  for (const n of input.notes) {
    if (n.kind === 'progress' && n.status === 'signed' && n.goalIds.length === 0 && activePlanAt(input.versions, n.at)) gaps.push({ kind: 'note_without_goal', noteId: n.id });
  }
  // Sessions that took place; a scheduled one has not (yet).
  const held = input.sessions.filter((s) => s.attendance !== 'scheduled');
  // "No plan yet" is its own state (planState), not a gap; a plan that exists but is not active is.
  if (input.plans.length > 0 && active.length === 0 && held.some((s) => s.attendance === 'attended')) gaps.push({ kind: 'no_active_plan' });
  // Window: the last N attended sessions. Without N sessions yet, a goal cannot be judged stale.
  const attended = held.filter((s) => s.attendance === 'attended').sort((a, b) => b.at.getTime() - a.at.getTime());
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

/** Issue 16: "no plan yet" is told apart from "no gaps". */
export function planState(plans: CurrentPlan[]): 'none' | 'inactive' | 'active' {
  if (plans.length === 0) return 'none';
  return plans.some((p) => p.status === 'active') ? 'active' : 'inactive';
}
