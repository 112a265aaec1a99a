import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { returnPath } from '../return-path.ts';
import { api, messageOf } from '../api.ts';
import { useSession } from '../session.tsx';
import { Alert, Field, Notice, Page } from '../ui.tsx';

interface Accepted {
  status: 'sent';
  message: string;
}

export function SignIn() {
  const { endReason } = useSession();
  // The page the person asked for (or was on when signed out): the emailed link returns there.
  const next = returnPath(useLocation().state);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<Accepted>('/api/auth/magic-link', { email, ...(next !== undefined ? { next } : {}) });
      setSent(r.message);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <Page title="Sign in" lead="Tacet emails you a single-use link. No password to remember, none to steal.">
        {endReason === 'timeout' && (
          <Notice>You were signed out after a period of inactivity, and the screen was cleared. Sign in again to continue.</Notice>
        )}
        {endReason === 'signed_out' && <Notice>You are signed out.</Notice>}
        {sent !== null ? (
          <section className="card" aria-labelledby="sent-title">
            <h2 id="sent-title">Check your inbox</h2>
            <p>{sent}</p>
            <p className="hint">The email holds only the link — never anything about your clients.</p>
            <button type="button" onClick={() => setSent(null)}>
              Use another address
            </button>
          </section>
        ) : (
          <form className="card" onSubmit={(e) => void submit(e)}>
            <Field label="Email address">
              {(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <Alert error={error} />
            <button type="submit" className="primary" disabled={busy}>
              Email me a sign-in link
            </button>
          </form>
        )}
        <p>
          New to Tacet? <Link to="/signup">Create an account</Link>
        </p>
      </Page>
    </div>
  );
}
