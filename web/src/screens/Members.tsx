// Members of the practice and invitations (owners invite; R41 roles).
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { Member } from '../types.ts';
import { Alert, Field, Loading, Notice } from '../ui.tsx';

const ROLES = [
  { value: 'practitioner', label: 'Practitioner — owns their own clinical records' },
  { value: 'supervisor', label: 'Supervisor — aggregate licensure summaries only' },
  { value: 'helpdesk', label: 'Help desk — account metadata, never clinical content' },
  { value: 'owner', label: 'Owner — manages members and settings' },
] as const;

export function Members({ isOwner, selfId }: { isOwner: boolean; selfId: string }) {
  const members = useApi<{ members: Member[] }>('/api/practice/members');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]['value']>('practitioner');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await api.post('/api/practice/invitations', { email, role });
      setNotice('Invitation sent. The link in it works once and expires.');
      setEmail('');
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const disable = async (m: Member) => {
    if (!window.confirm(`Disable ${m.name}? Their access ends and they are signed out at once.`)) return;
    setError(null);
    try {
      await api.post(`/api/practice/members/${m.userId}/disable`);
      await members.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <p className="hint">Each practitioner sees only their own clients. Owners manage members and settings, not clinical content.</p>
      {members.error !== null && <Alert error={members.error} />}
      {members.data === null ? (
        <Loading />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Status</th>
              {isOwner && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((m) => (
              <tr key={m.userId}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>{m.roles.join(', ')}</td>
                <td>{m.disabled ? 'Disabled' : 'Active'}</td>
                {isOwner && (
                  <td>
                    {!m.disabled && m.userId !== selfId && (
                      <button type="button" className="small" onClick={() => void disable(m)}>
                        Disable<span className="visually-hidden"> {m.name}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isOwner && (
        <form onSubmit={(e) => void invite(e)} className="inline-form" aria-labelledby="invite-title">
          <h3 id="invite-title">Invite a member</h3>
          <Field label="Email address">{(p) => <input {...p} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
          <Field label="Role">
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
                {ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit">Send invitation</button>
        </form>
      )}
      {notice !== null && <Notice>{notice}</Notice>}
      <Alert error={error} />
    </section>
  );
}
