// The client list and a new client. Names are never stored (R18): a full name entered here is
// turned into initials by the server before anything is saved; pseudonyms are encouraged.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, messageOf } from '../api.ts';
import { usePaged } from '../hooks.ts';
import { useSession } from '../session.tsx';
import type { ClientDetail, ClientSummary } from '../types.ts';
import { Alert, Field, Loading, Page } from '../ui.tsx';

const STATUS_LABEL: Record<ClientSummary['status'], string> = { active: 'Active', inactive: 'Inactive', discharged: 'Discharged' };

export default function Clients() {
  const { session } = useSession();
  const clients = usePaged<ClientSummary, 'clients'>('/api/clients', 'clients');
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [pseudonym, setPseudonym] = useState(true);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const canCreate = session?.roles.includes('practitioner') === true;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const c = await api.post<ClientDetail>('/api/clients', { name, pseudonym });
      setName('');
      void navigate(`/clients/${c.id}`);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const list = clients.items?.filter((c) => c.displayLabel.toLowerCase().includes(filter.trim().toLowerCase())) ?? [];
  return (
    <Page title="Clients">
      <div className="two-col">
        <section className="card" aria-labelledby="list-title">
          <h2 id="list-title">Your clients</h2>
          {clients.error !== null && <Alert error={clients.error} />}
          {clients.items === null ? (
            clients.error === null && <Loading />
          ) : clients.items.length === 0 ? (
            <p className="muted">No clients yet.</p>
          ) : (
            <>
              <Field label="Filter" hint={clients.hasMore ? "Among the clients loaded below; load more to filter them all." : "By initials, pseudonym or client number."}>{(p) => <input {...p} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />}</Field>
              <ul className="client-list">
                {list.map((c) => (
                  <li key={c.id}>
                    <Link to={`/clients/${c.id}`}>
                      <span className="client-label">{c.displayLabel}</span>
                      <span className="muted"> {c.labelKind === 'pseudonym' ? 'pseudonym' : 'initials'}</span>
                    </Link>
                    <span className={`badge badge-${c.status}`}>{STATUS_LABEL[c.status]}</span>
                    {c.safetyFlag && <span className="badge badge-flag">Safety follow-up</span>}
                  </li>
                ))}
              </ul>
              {clients.hasMore && (
                <button type="button" className="small" disabled={clients.loading} onClick={() => void clients.loadMore()}>
                  {clients.loading ? 'Loading…' : 'Load more clients'}
                </button>
              )}
            </>
          )}
        </section>
        {canCreate && (
          <section className="card" aria-labelledby="new-title">
            <h2 id="new-title">New client</h2>
            <form onSubmit={(e) => void create(e)}>
              <fieldset>
                <legend>How to identify the client</legend>
                <div className="check">
                  <input id="kind-pseudonym" type="radio" name="kind" checked={pseudonym} onChange={() => setPseudonym(true)} />
                  <label htmlFor="kind-pseudonym">Pseudonym (recommended)</label>
                </div>
                <div className="check">
                  <input id="kind-initials" type="radio" name="kind" checked={!pseudonym} onChange={() => setPseudonym(false)} />
                  <label htmlFor="kind-initials">Name, stored as initials only</label>
                </div>
              </fieldset>
              <Field
                label={pseudonym ? 'Pseudonym' : 'Name'}
                hint={`${pseudonym ? 'A name that is not the client’s, e.g. “Willow”.' : 'Tacet keeps only the initials (“John Doe” becomes “J.D.”). The full name is never saved.'} Each client also gets a number, so two clients with the same initials are never confused.`}
              >
                {(p) => <input {...p} autoComplete="off" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
              </Field>
              <Alert error={error} />
              <button type="submit" className="primary">
                Add client
              </button>
            </form>
          </section>
        )}
      </div>
    </Page>
  );
}
