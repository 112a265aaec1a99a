// Members who left the practice and their clients waiting for a transfer of care (issue 18).
// Until a client is transferred the owner may read its record (the automatic grant); the
// transfer hands the client and its upcoming sessions to an active practitioner.
import { useState } from 'react';
import { Link } from 'react-router';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { Member } from '../types.ts';
import { Alert, formatDate, Loading, Notice } from '../ui.tsx';

interface Departure {
  userId: string;
  name: string;
  departedAt: string;
  accountClosed: boolean;
  transferred: number;
  clients: Array<{ clientId: string; displayLabel: string; openedAt: string }>;
}

export function Departures() {
  const list = useApi<{ departures: Departure[] }>('/api/practice/departures');
  const members = useApi<{ members: Member[] }>('/api/practice/members');
  const [to, setTo] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (list.data === null || members.data === null) return list.error !== null ? <Alert error={list.error} /> : <Loading />;
  if (list.data.departures.length === 0) return null;
  const practitioners = members.data.members.filter((m) => m.roles.includes('practitioner') && !m.disabled && !m.departed);

  const transfer = async (d: Departure, clientId: string, label: string) => {
    const target = to[clientId] ?? '';
    setError(null);
    setNotice(null);
    try {
      await api.post(`/api/practice/departures/${d.userId}/transfers`, { clientId, toUserId: target });
      setNotice(`${label} is now in the care of ${practitioners.find((p) => p.userId === target)?.name ?? 'the chosen practitioner'}.`);
      await list.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="card" aria-labelledby="departures-title">
      <h2 id="departures-title">Members who left</h2>
      <p className="hint">
        Their signed records stay with the practice. Until you transfer a client to another practitioner, you can read that client&apos;s record
        (automatic access, every read recorded); the transfer ends it.
      </p>
      {list.data.departures.map((d) => (
        <div key={d.userId} className="departure">
          <h3>
            {d.name} — left {formatDate(d.departedAt)}
            {d.accountClosed ? ' (account closed)' : ''}
          </h3>
          {d.clients.length === 0 ? (
            <p>All clients transferred{d.transferred > 0 ? ` (${d.transferred})` : ''}.</p>
          ) : (
            <>
              <p>
                <strong>Automatic access until transfer:</strong> {d.clients.length} client{d.clients.length === 1 ? '' : 's'} waiting.
              </p>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Client</th>
                    <th scope="col">Transfer to</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.clients.map((c) => (
                    <tr key={c.clientId}>
                      <td>
                        <Link to={`/clients/${c.clientId}`}>{c.displayLabel}</Link>
                      </td>
                      <td>
                        <select
                          aria-label={`Practitioner to take over ${c.displayLabel}`}
                          value={to[c.clientId] ?? ''}
                          onChange={(e) => setTo({ ...to, [c.clientId]: e.target.value })}
                        >
                          <option value="">Choose a practitioner…</option>
                          {practitioners.map((p) => (
                            <option key={p.userId} value={p.userId}>
                              {p.name}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <button type="button" className="small" disabled={(to[c.clientId] ?? '') === ''} onClick={() => void transfer(d, c.clientId, c.displayLabel)}>
                          Transfer<span className="visually-hidden"> {c.displayLabel}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      ))}
      {notice !== null && <Notice>{notice}</Notice>}
      <Alert error={error} />
    </section>
  );
}
