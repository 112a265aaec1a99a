// Members of the practice and invitations (owners invite; R41 roles).
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { Member } from '../types.ts';
import { Alert, Field, Loading, Notice } from '../ui.tsx';
import { useConfirm } from '../confirm.tsx';
import { useStepUp } from '../stepup.tsx';

const ROLES = [
  { value: 'practitioner', label: 'Practitioner — owns their own clinical records' },
  { value: 'supervisor', label: 'Supervisor — aggregate licensure summaries only' },
  { value: 'helpdesk', label: 'Help desk — account metadata, never clinical content' },
  { value: 'owner', label: 'Owner — manages members and settings' },
] as const;

export function Members({ isOwner, selfId, onDeparted }: { isOwner: boolean; selfId: string; onDeparted?: () => void }) {
  const members = useApi<{ members: Member[] }>('/api/practice/members');
  const { dialog, ask } = useConfirm();
  const stepUp = useStepUp();
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
    if (!(await ask({ title: `Disable ${m.name}?`, body: 'Their access ends and they are signed out at once.', confirm: 'Disable', danger: true }))) return;
    setError(null);
    try {
      await api.post(`/api/practice/members/${m.userId}/disable`);
      await members.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  // Issue 18: closing a membership. The dialog says what is lost for good before anything is sent.
  const depart = async (m: Member) => {
    const self = m.userId === selfId;
    const yes = await ask({
      title: self ? 'Close your account in this practice?' : `Close ${m.name}'s account?`,
      body: (
        <>
          <p>
            {self ? 'You' : 'They'} can no longer sign in here, and every session ends now. Signed records stay with the practice; the owner
            transfers {self ? 'your' : 'their'} clients to another practitioner and can read those records until then.
          </p>
          <p>
            <strong>Names written inside {self ? 'your' : 'their'} notes are kept under a personal key, which is destroyed.</strong> Those names
            will show as placeholders such as [NAME-1] for everyone, for good. This cannot be undone.
          </p>
        </>
      ),
      confirm: self ? 'Close my account' : 'Close account',
      danger: true,
    });
    if (!yes) return;
    setError(null);
    setNotice(null);
    await stepUp.run(async () => {
      await api.post(`/api/practice/members/${m.userId}/depart`);
      if (self) {
        window.location.assign('/');
        return;
      }
      setNotice(`${m.name}'s account is closed. Their clients are listed under Members who left.`);
      await members.reload();
      onDeparted?.();
    });
  };

  return (
    <section className="card" aria-labelledby="members-title">
      {dialog}
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
                <td>{m.departed ? 'Left the practice' : m.disabled ? 'Disabled' : 'Active'}</td>
                {isOwner && (
                  <td>
                    {!m.disabled && m.userId !== selfId && (
                      <button type="button" className="small" onClick={() => void disable(m)}>
                        Disable<span className="visually-hidden"> {m.name}</span>
                      </button>
                    )}
                    {!m.departed && m.userId !== selfId && (
                      <button type="button" className="small danger" onClick={() => void depart(m)}>
                        Close account<span className="visually-hidden"> of {m.name}</span>
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
      {!isOwner && members.data?.members.some((m) => m.userId === selfId && m.roles.includes('practitioner')) === true && (
        <p>
          <button type="button" className="danger" onClick={() => void depart(members.data?.members.find((m) => m.userId === selfId) as Member)}>
            Leave this practice
          </button>
        </p>
      )}
      {stepUp.prompt}
      {notice !== null && <Notice>{notice}</Notice>}
      <Alert error={stepUp.error ?? error} />
    </section>
  );
}
