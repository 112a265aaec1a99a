// The treatment plan editor (R04): diagnoses (ICD-10-CM) → problems → goals → measurable
// objectives and interventions. Saving a plan that exists stores a new version; earlier versions
// stay readable: the Revisions list opens each one read-only.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useConfirm } from '../confirm.tsx';
import { api, messageOf } from '../api.ts';
import type { PlanStatus, PlanView } from '../types.ts';
import { useApi } from '../hooks.ts';
import { Alert, Field, formatDateTime, Loading, Page } from '../ui.tsx';
import { ClientLine } from './ClientLine.tsx';

export const INTERVENTIONS: Record<string, string> = {
  cbt: 'CBT', dbt: 'DBT', emdr: 'EMDR', act: 'ACT', mi: 'Motivational interviewing', ipt: 'IPT', cpt_trauma: 'Cognitive processing therapy',
  pe: 'Prolonged exposure', erp: 'ERP', behavioral_activation: 'Behavioral activation', mbct: 'MBCT', psychodynamic: 'Psychodynamic',
  sfbt: 'Solution-focused', family_systems: 'Family systems', psychoeducation: 'Psychoeducation', supportive: 'Supportive', exposure: 'Exposure', other: 'Other',
};

interface Objective { id?: string; text: string; targetDate: string }
interface Goal { id?: string; text: string; objectives: Objective[]; interventions: string[] }
interface Problem { id?: string; text: string; diagnosisCodes: string[]; goals: Goal[] }
interface Draft { status: PlanStatus; reviewDate: string; diagnoses: { code: string; primary: boolean; description?: string }[]; problems: Problem[] }

const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);
const newObjective = (): Objective => ({ text: '', targetDate: inDays(90) });
const newGoal = (): Goal => ({ text: '', objectives: [newObjective()], interventions: [] });
const newProblem = (): Problem => ({ text: '', diagnosisCodes: [], goals: [newGoal()] });

function fromView(p: PlanView): Draft {
  return {
    status: p.status,
    reviewDate: p.reviewDate.slice(0, 10),
    diagnoses: p.diagnoses,
    problems: p.problems.map((pr) => ({ ...pr, goals: pr.goals.map((g) => ({ ...g, objectives: g.objectives.map((o) => ({ ...o, targetDate: o.targetDate.slice(0, 10) })) })) })),
  };
}

export default function PlanEditor() {
  const { clientId, planId } = useParams();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft | null>(planId === undefined ? { status: 'active', reviewDate: inDays(90), diagnoses: [], problems: [newProblem()] } : null);
  const [owner, setOwner] = useState<string | undefined>(clientId);
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();

  useEffect(() => {
    if (planId === undefined) return;
    api
      .get<PlanView>(`/api/plans/${planId}`)
      .then((p) => {
        setDraft(fromView(p));
        setOwner(p.clientId);
        setVersion(p.currentVersion);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [planId]);

  if (draft === null) return error !== null ? <Alert error={error} /> : <Loading />;

  const set = (fn: (d: Draft) => void) => {
    const copy = structuredClone(draft);
    fn(copy);
    setDraft(copy);
  };

  // Removing takes an item out of the next version only: earlier versions, and the progress
  // notes recorded on a goal, keep it. A saved item asks first; a new, unsaved one goes at once.
  const removeGoal = async (pi: number, gi: number) => {
    if (draft.problems[pi]?.goals[gi]?.id !== undefined && !(await ask({ title: 'Remove this goal from the plan?', body: 'Earlier versions, and the notes that recorded progress on it, keep it.', confirm: 'Remove goal' }))) return;
    set((d) => void d.problems[pi]!.goals.splice(gi, 1));
  };
  const removeProblem = async (pi: number) => {
    if (draft.problems[pi]?.id !== undefined && !(await ask({ title: 'Remove this problem and its goals from the plan?', body: 'Earlier versions keep them.', confirm: 'Remove problem' }))) return;
    set((d) => void d.problems.splice(pi, 1));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(null);
    const body = {
      status: draft.status,
      reviewDate: draft.reviewDate,
      diagnoses: draft.diagnoses.map((d) => ({ code: d.code, primary: d.primary })),
      problems: draft.problems,
    };
    try {
      const p =
        planId === undefined
          ? await api.post<PlanView>(`/api/clients/${clientId ?? ''}/plans`, body)
          : await api.put<PlanView>(`/api/plans/${planId}`, body);
      setVersion(p.currentVersion);
      setSaved(`Saved as version ${p.currentVersion}.`);
      if (planId === undefined) void navigate(`/plans/${p.id}`, { replace: true });
      else setDraft(fromView(p));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <Page title="Treatment plan" heading={version === null ? 'New treatment plan' : `Treatment plan, version ${version}`}>
      {dialog}
      {owner !== undefined && (
        <p className="breadcrumbs">
          <Link to={`/clients/${owner}`}>Back to the client</Link>
        </p>
      )}
      <ClientLine clientId={owner} />
      <form className="plan-form" onSubmit={(e) => void save(e)}>
        <section className="card" aria-labelledby="plan-basics">
          <h2 id="plan-basics">Plan</h2>
          <div className="row">
            <Field label="Status">
              {(p) => (
                <select {...p} value={draft.status} onChange={(e) => set((d) => void (d.status = e.target.value as PlanStatus))}>
                  <option value="draft">Draft</option>
                  <option value="active">Active</option>
                  <option value="completed">Completed</option>
                  <option value="discontinued">Discontinued</option>
                </select>
              )}
            </Field>
            <Field label="Review date">{(p) => <input {...p} type="date" required value={draft.reviewDate} onChange={(e) => set((d) => void (d.reviewDate = e.target.value))} />}</Field>
          </div>
        </section>
        <Diagnoses draft={draft} set={set} />
        {draft.problems.map((pr, pi) => (
          <section className="card problem" key={pr.id ?? `p${pi}`} aria-labelledby={`problem-${pi}`}>
            <h2 id={`problem-${pi}`}>Problem {pi + 1}</h2>
            <Field label="Problem statement">{(p) => <textarea {...p} rows={2} required value={pr.text} onChange={(e) => set((d) => void (d.problems[pi]!.text = e.target.value))} />}</Field>
            {draft.diagnoses.length > 0 && (
              <fieldset>
                <legend>Related diagnoses</legend>
                {draft.diagnoses.map((dx) => (
                  <div className="check" key={dx.code}>
                    <input
                      id={`p${pi}-dx-${dx.code}`}
                      type="checkbox"
                      checked={pr.diagnosisCodes.includes(dx.code)}
                      onChange={(e) =>
                        set((d) => {
                          const codes = d.problems[pi]!.diagnosisCodes;
                          d.problems[pi]!.diagnosisCodes = e.target.checked ? [...codes, dx.code] : codes.filter((c) => c !== dx.code);
                        })
                      }
                    />
                    <label htmlFor={`p${pi}-dx-${dx.code}`}>{dx.code}</label>
                  </div>
                ))}
              </fieldset>
            )}
            {pr.goals.map((g, gi) => (
              <fieldset className="goal" key={g.id ?? `g${gi}`}>
                <legend>
                  Goal {pi + 1}.{gi + 1}
                </legend>
                <Field label="Goal">{(p) => <textarea {...p} rows={2} required value={g.text} onChange={(e) => set((d) => void (d.problems[pi]!.goals[gi]!.text = e.target.value))} />}</Field>
                {g.objectives.map((o, oi) => (
                  <div className="row" key={o.id ?? `o${oi}`}>
                    <Field label={`Objective ${oi + 1}`}>
                      {(p) => <input {...p} required value={o.text} onChange={(e) => set((d) => void (d.problems[pi]!.goals[gi]!.objectives[oi]!.text = e.target.value))} />}
                    </Field>
                    <Field label="Target date">
                      {(p) => <input {...p} type="date" required value={o.targetDate} onChange={(e) => set((d) => void (d.problems[pi]!.goals[gi]!.objectives[oi]!.targetDate = e.target.value))} />}
                    </Field>
                    {g.objectives.length > 1 && (
                      <button type="button" className="small" onClick={() => set((d) => void d.problems[pi]!.goals[gi]!.objectives.splice(oi, 1))}>
                        Remove<span className="visually-hidden"> objective {pi + 1}.{gi + 1}.{oi + 1}</span>
                      </button>
                    )}
                  </div>
                ))}
                <button type="button" className="small" onClick={() => set((d) => void d.problems[pi]!.goals[gi]!.objectives.push(newObjective()))}>
                  Add objective
                </button>
                <fieldset className="interventions">
                  <legend>Interventions</legend>
                  {Object.entries(INTERVENTIONS).map(([key, label]) => (
                    <div className="check" key={key}>
                      <input
                        id={`p${pi}g${gi}-${key}`}
                        type="checkbox"
                        checked={g.interventions.includes(key)}
                        onChange={(e) =>
                          set((d) => {
                            const goal = d.problems[pi]!.goals[gi]!;
                            goal.interventions = e.target.checked ? [...goal.interventions, key] : goal.interventions.filter((k) => k !== key);
                          })
                        }
                      />
                      <label htmlFor={`p${pi}g${gi}-${key}`}>{label}</label>
                    </div>
                  ))}
                </fieldset>
                <button type="button" className="small danger" onClick={() => void removeGoal(pi, gi)}>
                  Remove goal {pi + 1}.{gi + 1}
                </button>
              </fieldset>
            ))}
            <button type="button" className="small" onClick={() => set((d) => void d.problems[pi]!.goals.push(newGoal()))}>
              Add goal
            </button>
            {draft.problems.length > 1 && (
              <button type="button" className="small danger" onClick={() => void removeProblem(pi)}>
                Remove problem {pi + 1}
              </button>
            )}
          </section>
        ))}
        <p>
          <button type="button" onClick={() => set((d) => void d.problems.push(newProblem()))}>
            Add problem
          </button>
        </p>
        <Alert error={error} />
        {saved !== null && (
          <p role="status" className="status-ok">
            {saved}
          </p>
        )}
        <button type="submit" className="primary">
          {planId === undefined ? 'Create plan' : 'Save new version'}
        </button>
      </form>
      {planId !== undefined && version !== null && <Revisions planId={planId} current={version} />}
    </Page>
  );
}

interface Revision {
  version: number;
  status: string;
  reviewDate: string;
  diagnosisCodes: string[];
  createdAt: string;
}

/** Every saved version of the plan, newest first; earlier ones open read-only. */
function Revisions({ planId, current }: { planId: string; current: number }) {
  // Saving a new version refreshes the list.
  const list = useApi<{ versions: Revision[] }>(`/api/plans/${planId}/versions`);
  const { reload } = list;
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    void reload();
  }, [current, reload]);
  if (list.error !== null) return <Alert error={list.error} />;
  if (list.data === null) return null;
  return (
    <section className="card" aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revisions</h2>
      <ol className="plain-list" reversed>
        {[...list.data.versions].reverse().map((v) => (
          <li key={v.version}>
            {v.version === current ? (
              <span>
                Version {v.version} (current) — saved {formatDateTime(v.createdAt)}, {v.status}, {v.diagnosisCodes.join(', ')}
              </span>
            ) : (
              <Link to={`/plans/${planId}/versions/${v.version}`}>
                Version {v.version} — saved {formatDateTime(v.createdAt)}, {v.status}, {v.diagnosisCodes.join(', ')}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Diagnoses({ draft, set }: { draft: Draft; set: (fn: (d: Draft) => void) => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ code: string; description: string }[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) {
      setResults([]);
      return;
    }
    const t = window.setTimeout(() => {
      api
        .get<{ codes: { code: string; description: string }[] }>(`/api/icd10?q=${encodeURIComponent(q.trim())}&limit=8`)
        .then((r) => setResults(r.codes))
        .catch(() => setResults([]));
    }, 200);
    return () => window.clearTimeout(t);
  }, [q]);

  return (
    <section className="card" aria-labelledby="dx-title">
      <h2 id="dx-title">Diagnoses</h2>
      {draft.diagnoses.length === 0 ? (
        <p className="muted">Add at least one diagnosis.</p>
      ) : (
        <ul className="plain-list">
          {draft.diagnoses.map((dx, i) => (
            <li key={dx.code} className="dx-row">
              <strong>{dx.code}</strong> {dx.description ?? ''}
              <span className="check">
                <input id={`primary-${dx.code}`} type="radio" name="primary" checked={dx.primary} onChange={() => set((d) => d.diagnoses.forEach((x, j) => (x.primary = j === i)))} />
                <label htmlFor={`primary-${dx.code}`}>Primary</label>
              </span>
              <button type="button" className="small" onClick={() => set((d) => void d.diagnoses.splice(i, 1))}>
                Remove<span className="visually-hidden"> {dx.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field label="Find a diagnosis" hint="Type a code (F41.1) or words (generalized anxiety).">
        {(p) => <input {...p} type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      {results.length > 0 && (
        <ul className="plain-list results" aria-label="Matching diagnoses">
          {results.map((r) => (
            <li key={r.code}>
              <button
                type="button"
                className="small"
                disabled={draft.diagnoses.some((d) => d.code === r.code)}
                onClick={() => {
                  set((d) => void d.diagnoses.push({ code: r.code, description: r.description, primary: d.diagnoses.length === 0 }));
                  setQ('');
                }}
              >
                Add {r.code}
              </button>{' '}
              {r.description}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
