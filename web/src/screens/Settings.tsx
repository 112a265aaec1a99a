// Account and security settings: profile and credentials (R01), inactivity timeout (R39) with
// the server's own explanation of the trade-off, second factors and recovery codes (R38), and
// signing out here or everywhere. Security changes need a fresh second factor (step-up).
import { useState, type FormEvent } from 'react';
import { useConfirm } from '../confirm.tsx';
import { api, messageOf } from '../api.ts';
import { useStepUp } from '../stepup.tsx';
import { useApi } from '../hooks.ts';
import { useSession } from '../session.tsx';
import { Alert, Field, formatDate, Loading, Page } from '../ui.tsx';
import { createPasskey, passkeysSupported } from '../webauthn.ts';

interface Account {
  id: string;
  email: string;
  name: string;
  credentials: { licenseType: string | null; licenseNumber: string | null; licenseState: string | null; licenseExpiresOn: string | null };
  sessionTimeoutMinutes: number;
  memberships: { practiceId: string; practiceName: string; role: string }[];
}
interface Timeout {
  minutes: number;
  min: number;
  max: number;
  explanation: string;
}
interface Factors {
  totp: { enabled: boolean; confirmedAt: string | null };
  passkeys: { id: string; label: string | null; createdAt: string; lastUsedAt: string | null }[];
  recoveryCodesRemaining: number;
}

export default function Settings() {
  return (
    <Page title="Settings">
      <div className="two-col">
        <AccountCard />
        <TimeoutCard />
      </div>
      <SecurityCard />
    </Page>
  );
}

/**
 * R01: a new sign-in address. The server sends a link to it (and a notice to the current one);
 * the change happens when the link is used, every session then ends, and the person signs in
 * again with the new address. Asking is a security change: it needs a fresh second factor.
 */
function EmailChange({ current }: { current: string }) {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const stepUp = useStepUp();
  const send = (e: FormEvent) => {
    e.preventDefault();
    void stepUp.run(async () => {
      await api.post('/api/account/email', { email });
      setSent(true);
      setOpen(false);
    });
  };
  return (
    <>
      {sent && (
        <p role="status" className="status-ok">
          A confirmation link was sent to the new address (and a notice to {current}). Your sign-in address changes when you use the link; you then sign in again.
        </p>
      )}
      {/* The step-up prompt is a form of its own, so it sits beside this one, not inside. */}
      {stepUp.prompt}
      <Alert error={stepUp.error} />
      {open ? (
        <form className="card inset" aria-label="Change sign-in email" onSubmit={send}>
          <Field label="New sign-in email" hint="A single-use link goes to this address; nothing changes until it is used.">
            {(p) => <input {...p} type="email" required autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              Send the confirmation link
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" className="small" onClick={() => setOpen(true)}>
            Change sign-in email
          </button>
        </p>
      )}
    </>
  );
}

function AccountCard() {
  const account = useApi<Account>('/api/account');
  const [form, setForm] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (account.error !== null) return <Alert error={account.error} />;
  if (account.data === null) return <Loading />;
  const a = account.data;
  const f = form ?? {
    name: a.name,
    licenseType: a.credentials.licenseType ?? '',
    licenseNumber: a.credentials.licenseNumber ?? '',
    licenseState: a.credentials.licenseState ?? '',
    licenseExpiresOn: a.credentials.licenseExpiresOn ?? '',
  };
  const field = (key: string, label: string, extra: Record<string, string | number> = {}, hint?: string) => (
    <Field label={label} {...(hint !== undefined ? { hint } : {})}>
      {(p) => <input {...p} {...extra} value={f[key] ?? ''} onChange={(e) => setForm({ ...f, [key]: e.target.value })} />}
    </Field>
  );
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const orNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
    try {
      account.set(
        await api.patch<Account>('/api/account', {
          name: f.name,
          licenseType: orNull(f.licenseType),
          licenseNumber: orNull(f.licenseNumber),
          licenseState: orNull(f.licenseState)?.toUpperCase() ?? null,
          licenseExpiresOn: orNull(f.licenseExpiresOn),
        }),
      );
      setForm(null);
      setSaved(true);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <p>
        Signed in as <strong>{a.email}</strong>
      </p>
      <EmailChange current={a.email} />
      <form onSubmit={(e) => void save(e)}>
        {field('name', 'Name', { required: 'required', autoComplete: 'name' })}
        <div className="row">
          {field('licenseType', 'License type', {}, 'e.g. LCSW, LPC, LMFT, PsyD')}
          {field('licenseNumber', 'License number')}
        </div>
        <div className="row">
          {field('licenseState', 'Issuing state', { maxLength: 2 }, 'Two letters, e.g. CA')}
          {field('licenseExpiresOn', 'License expires', { type: 'date' })}
        </div>
        <Alert error={error} />
        {saved && (
          <p role="status" className="status-ok">
            Account saved.
          </p>
        )}
        <button type="submit">Save account</button>
      </form>
    </section>
  );
}

function TimeoutCard() {
  const timeout = useApi<Timeout>('/api/account/session-timeout');
  const [minutes, setMinutes] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { refresh } = useSession();
  const stepUp = useStepUp();
  if (timeout.error !== null) return <Alert error={timeout.error} />;
  if (timeout.data === null) return <Loading />;
  const t = timeout.data;
  const value = minutes ?? String(t.minutes);
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    void stepUp.run(async () => {
      const r = await api.put<{ minutes: number; explanation: string }>('/api/account/session-timeout', { minutes: Number(value) });
      timeout.set({ ...t, minutes: r.minutes });
      setMinutes(null);
      setSaved(`Inactivity timeout set to ${r.minutes} minutes.`);
      await refresh();
    });
  };
  return (
    <section className="card" aria-labelledby="timeout-title">
      <h2 id="timeout-title">Inactivity timeout</h2>
      <p className="hint" id="timeout-explanation">
        {t.explanation}
      </p>
      <form onSubmit={save}>
        <Field label="Sign me out after (minutes)">
          {(p) => (
            <select {...p} aria-describedby="timeout-explanation" value={value} onChange={(e) => setMinutes(e.target.value)}>
              {[15, 30, 45, 60, 90, 120, 180, 240].filter((m) => m >= t.min && m <= t.max).map((m) => (
                <option key={m} value={m}>
                  {m < 60 ? `${m} minutes` : `${m / 60} ${m === 60 ? 'hour' : 'hours'}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">Save timeout</button>
      </form>
      {stepUp.prompt}
      <Alert error={stepUp.error} />
      {saved !== null && (
        <p role="status" className="status-ok">
          {saved}
        </p>
      )}
    </section>
  );
}

function SecurityCard() {
  const factors = useApi<Factors>('/api/auth/factors');
  const { signOut } = useSession();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stepUp = useStepUp();
  const { dialog, ask } = useConfirm();

  const addPasskey = async () => {
    setError(null);
    try {
      const options = await api.post<Record<string, unknown>>('/api/auth/passkeys/register/options');
      const response = await createPasskey(options);
      const r = await api.post<{ recoveryCodes?: string[] }>('/api/auth/passkeys/register/verify', { response, label: 'Passkey' });
      if (r.recoveryCodes !== undefined) setCodes(r.recoveryCodes);
      await factors.reload();
    } catch (e) {
      setError(e instanceof DOMException ? 'The passkey was not created.' : messageOf(e));
    }
  };
  const [removed, setRemoved] = useState<string | null>(null);
  // A factor is removed when its device is lost or replaced, so the other sessions (which the
  // lost device may hold) end with it. The server refuses to remove the last factor; the
  // buttons are not offered for it either.
  const remove = async (what: string, path: string) => {
    if (!(await ask({ title: `Remove ${what}?`, body: 'Your other signed-in sessions are signed out too.', confirm: `Remove ${what}`, danger: true }))) return;
    setRemoved(null);
    void stepUp.run(async () => {
      await api.del(path, { endOtherSessions: true });
      setRemoved(`${what.charAt(0).toUpperCase()}${what.slice(1)} removed; your other sessions were signed out.`);
      await factors.reload();
    });
  };
  const factorCount = factors.data === null ? 0 : (factors.data.totp.enabled ? 1 : 0) + factors.data.passkeys.length;
  const regenerate = () =>
    void stepUp.run(async () => {
      const r = await api.post<{ recoveryCodes: string[] }>('/api/auth/recovery/regenerate');
      setCodes(r.recoveryCodes);
      await factors.reload();
    });

  return (
    <section className="card" aria-labelledby="security-title">
      {dialog}
      <h2 id="security-title">Security</h2>
      {factors.error !== null && <Alert error={factors.error} />}
      {factors.data === null ? (
        <Loading />
      ) : (
        <dl className="facts">
          <dt>Authenticator app</dt>
          <dd>
            {factors.data.totp.enabled ? `Set up${factors.data.totp.confirmedAt !== null ? ` on ${formatDate(factors.data.totp.confirmedAt)}` : ''}` : 'Not set up'}
            {factors.data.totp.enabled && factorCount > 1 && (
              <>
                {' '}
                <button type="button" className="small danger" onClick={() => void remove('the authenticator app', '/api/auth/totp')}>
                  Remove the authenticator app
                </button>
              </>
            )}
          </dd>
          <dt>Passkeys</dt>
          <dd>
            {factors.data.passkeys.length === 0 ? (
              'None'
            ) : (
              <ul className="plain-list">
                {factors.data.passkeys.map((p, i) => (
                  <li key={p.id}>
                    {p.label ?? 'Passkey'} (added {formatDate(p.createdAt)})
                    {factorCount > 1 && (
                      <>
                        {' '}
                        <button type="button" className="small danger" onClick={() => void remove('the passkey', `/api/auth/passkeys/${p.id}`)}>
                          Remove<span className="visually-hidden"> passkey {i + 1}</span>
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Recovery codes left</dt>
          <dd>{factors.data.recoveryCodesRemaining}</dd>
        </dl>
      )}
      <div className="actions">
        {passkeysSupported() && (
          <button type="button" onClick={() => void addPasskey()}>
            Add a passkey
          </button>
        )}
        <button type="button" onClick={regenerate}>
          New recovery codes
        </button>
      </div>
      {factors.data !== null && factorCount === 1 && <p className="hint">Your only second factor cannot be removed: add another one first.</p>}
      {stepUp.prompt}
      <Alert error={stepUp.error ?? error} />
      {removed !== null && (
        <p role="status" className="status-ok">
          {removed}
        </p>
      )}
      {codes !== null && (
        <div className="card inset" role="region" aria-label="New recovery codes">
          <p>Your new recovery codes. Each works once; the old ones no longer work. They are shown only now.</p>
          <ul className="recovery-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setCodes(null)}>
            Done
          </button>
        </div>
      )}
      <h3>Sessions</h3>
      <div className="actions">
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
        <button type="button" className="danger" onClick={() => void signOut(true)}>
          Sign out everywhere
        </button>
      </div>
    </section>
  );
}
