import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, messageOf } from '../api.ts';
import { Alert, Field, Page } from '../ui.tsx';

export function SignUp() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [practiceName, setPracticeName] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<{ message: string }>('/api/auth/signup', { name, email, practiceName });
      setSent(r.message);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <Page title="Create an account" lead="Your account and your practice. A link to finish is emailed to you.">
        {sent !== null ? (
          <section className="card" aria-labelledby="sent-title">
            <h2 id="sent-title">Check your inbox</h2>
            <p>{sent}</p>
          </section>
        ) : (
          <form className="card" onSubmit={(e) => void submit(e)}>
            <Field label="Your name">{(p) => <input {...p} autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
            <Field label="Email address">
              {(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <Field label="Practice name" hint="A solo practice can simply use your name.">
              {(p) => <input {...p} autoComplete="organization" required maxLength={200} value={practiceName} onChange={(e) => setPracticeName(e.target.value)} />}
            </Field>
            <Alert error={error} />
            <button type="submit" className="primary" disabled={busy}>
              Create account
            </button>
          </form>
        )}
        <p>
          Already have an account? <Link to="/signin">Sign in</Link>
        </p>
      </Page>
    </div>
  );
}
