// One earlier revision of a treatment plan, read-only (R04: plan revisions keep history). An
// auditor reading the chart sees what the plan said when a note addressed its goals.
import { Link, useParams } from 'react-router';
import { useApi } from '../hooks.ts';
import type { PlanView } from '../types.ts';
import { Alert, formatDate, formatDateTime, Loading, Page } from '../ui.tsx';
import { ClientLine } from './ClientLine.tsx';
import { INTERVENTIONS } from './PlanEditor.tsx';

export default function PlanVersion() {
  const { planId = '', version = '' } = useParams();
  const plan = useApi<PlanView>(`/api/plans/${planId}/versions/${version}`);
  if (plan.error !== null) {
    return (
      <Page title="Treatment plan revision">
        <Alert error={plan.error} />
      </Page>
    );
  }
  if (plan.data === null) return <Loading />;
  const p = plan.data;
  return (
    <Page title="Treatment plan revision" heading={`Treatment plan, version ${p.version} of ${p.currentVersion}`}>
      <p className="breadcrumbs">
        <Link to={`/plans/${p.id}`}>Back to the current plan</Link>
      </p>
      <ClientLine clientId={p.clientId} />
      <section className="card" aria-labelledby="rev-basics">
        <h2 id="rev-basics">Plan</h2>
        <p className="muted">
          Saved {formatDateTime(p.createdAt)} · status {p.status} · review by {formatDate(p.reviewDate)}
        </p>
        {p.version !== p.currentVersion && <p className="hint">This is an earlier revision; it cannot be changed.</p>}
        <h3>Diagnoses</h3>
        <ul className="plain-list">
          {p.diagnoses.map((d) => (
            <li key={d.code}>
              <strong>{d.code}</strong> {d.description}
              {d.primary && ' (primary)'}
            </li>
          ))}
        </ul>
      </section>
      {p.problems.map((pr, i) => (
        <section key={pr.id} className="card" aria-labelledby={`rev-problem-${i}`}>
          <h2 id={`rev-problem-${i}`}>Problem {i + 1}</h2>
          <p className="prewrap">{pr.text}</p>
          {pr.diagnosisCodes.length > 0 && <p className="muted">Related to {pr.diagnosisCodes.join(', ')}</p>}
          {pr.goals.map((g, j) => (
            <div key={g.id} className="section-read">
              <h3>Goal {j + 1}</h3>
              <p className="prewrap">{g.text}</p>
              {g.interventions.length > 0 && <p className="muted">Interventions: {g.interventions.map((x) => INTERVENTIONS[x] ?? x).join(', ')}</p>}
              <ul className="plain-list">
                {g.objectives.map((o) => (
                  <li key={o.id}>
                    {o.text} — by {formatDate(o.targetDate)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </Page>
  );
}
