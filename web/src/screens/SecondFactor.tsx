// The second factor (R38): enrolment for a new account (authenticator app or passkey), and
// verification at sign-in (app code, passkey or a recovery code). An email link alone never
// reaches clinical data.
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { returnPath } from '../return-path.ts';
import { api, messageOf } from '../api.ts';
import { useSession } from '../session.tsx';
import { Alert, Field, Page } from '../ui.tsx';
import { createPasskey, getPasskey, passkeysSupported } from '../webauthn.ts';

export default function SecondFactor() {
  const { session } = useSession();
  if (session === null || session === undefined) return null;
  return session.secondFactor === 'enroll' ? <Enrol /> : <Verify />;
}

function CodeInput({ value, onChange, label = 'Six-digit code' }: { value: string; onChange: (v: string) => void; label?: string }) {
  return (
    <Field label={label}>
      {(p) => (
        <input
          {...p}
          className="code-input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        />
      )}
    </Field>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = `Tacet recovery codes (each works once)\n\n${codes.join('\n')}\n`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste them into your password manager or somewhere safe.');
    } catch {
      setCopied('This browser did not allow copying. Download them instead, or write them down.');
    }
  };
  // A file made in the page itself: the codes never travel again and nothing is stored here.
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tacet-recovery-codes.txt';
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section className="card" aria-labelledby="rc-title">
      <h2 id="rc-title">Your recovery codes</h2>
      <p>
        Each code works once, if you lose your authenticator app or passkey. Store them somewhere safe, away from this device.
        They are shown only now.
      </p>
      <ul className="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy the codes
        </button>
        <button type="button" onClick={download}>
          Download as a text file
        </button>
      </div>
      {copied !== null && (
        <p role="status" className="hint">
          {copied}
        </p>
      )}
      <button type="button" className="primary" onClick={onDone}>
        I have saved my recovery codes
      </button>
    </section>
  );
}

function useFinish() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const from = returnPath(useLocation().state);
  // The second factor starts a new session (new id, new CSRF token): read it before going on.
  return async () => {
    await refresh();
    void navigate(from ?? '/', { replace: true });
  };
}

function Enrol() {
  const finish = useFinish();
  const { signOut } = useSession();
  const [setup, setSetup] = useState<{ otpauthUri: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setError(null);
    setBusy(true);
    try {
      setSetup(await api.post<{ otpauthUri: string; qrSvg: string }>('/api/auth/totp/setup'));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const r = await api.postQuiet<{ recoveryCodes: string[] }>('/api/auth/totp/confirm', { code });
      setCodes(r.recoveryCodes);
    } catch (err) {
      setError(messageOf(err));
      setCode('');
    } finally {
      setBusy(false);
    }
  };
  const passkey = async () => {
    setError(null);
    setBusy(true);
    try {
      const options = await api.post<Record<string, unknown>>('/api/auth/passkeys/register/options');
      const response = await createPasskey(options);
      const r = await api.postQuiet<{ recoveryCodes?: string[] }>('/api/auth/passkeys/register/verify', { response, label: 'Passkey' });
      if (r.recoveryCodes !== undefined) setCodes(r.recoveryCodes);
      else await finish();
    } catch (err) {
      setError(err instanceof DOMException ? 'The passkey was not created. Try again, or use an authenticator app.' : messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const secret = setup === null ? null : new URL(setup.otpauthUri).searchParams.get('secret');
  if (codes !== null) {
    return (
      <div className="narrow">
        <Page title="Second factor ready">
          <RecoveryCodes codes={codes} onDone={() => void finish()} />
        </Page>
      </div>
    );
  }
  return (
    <div className="narrow">
      <Page
        title="Set up a second factor"
        lead="Clinical records need more than an email link. Add an authenticator app or a passkey to this account."
      >
        {setup === null ? (
          <section className="card" aria-labelledby="choose-title">
            <h2 id="choose-title">Choose a method</h2>
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
                Use an authenticator app
              </button>
              {passkeysSupported() && (
                <button type="button" disabled={busy} onClick={() => void passkey()}>
                  Use a passkey
                </button>
              )}
            </div>
            <Alert error={error} />
          </section>
        ) : (
          <form className="card" onSubmit={(e) => void confirm(e)}>
            <h2>Scan this code with your authenticator app</h2>
            <img className="qr" alt="QR code for your authenticator app" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} />
            {secret !== null && (
              <p>
                Or enter this key by hand: <code className="secret">{secret}</code>
              </p>
            )}
            <CodeInput value={code} onChange={setCode} label="Code shown by the app" />
            <Alert error={error} />
            <button type="submit" className="primary" disabled={busy || code.length !== 6}>
              Confirm
            </button>
          </form>
        )}
        <p>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </Page>
    </div>
  );
}

function Verify() {
  const finish = useFinish();
  const { signOut } = useSession();
  const [mode, setMode] = useState<'totp' | 'recovery'>('totp');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (mode === 'totp') await api.postQuiet('/api/auth/totp/verify', { code });
      else await api.postQuiet('/api/auth/recovery/verify', { code: code.trim().toUpperCase() });
      await finish();
    } catch (err) {
      setError(messageOf(err));
      setCode('');
    } finally {
      setBusy(false);
    }
  };
  const passkey = async () => {
    setError(null);
    setBusy(true);
    try {
      const options = await api.post<Record<string, unknown>>('/api/auth/passkeys/authenticate/options');
      const response = await getPasskey(options);
      await api.postQuiet('/api/auth/passkeys/authenticate/verify', { response });
      await finish();
    } catch (err) {
      setError(err instanceof DOMException ? 'The passkey was not used. Try again or use a code.' : messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <Page title="Confirm it is you" lead="Your sign-in link worked. Now your second factor.">
        <form className="card" onSubmit={(e) => void submit(e)}>
          {mode === 'totp' ? (
            <CodeInput value={code} onChange={setCode} label="Code from your authenticator app" />
          ) : (
            <Field label="Recovery code" hint="Like ABCD-EFGH-JKLM. Each code works once.">
              {(p) => <input {...p} autoComplete="off" required maxLength={20} value={code} onChange={(e) => setCode(e.target.value)} />}
            </Field>
          )}
          <Alert error={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Continue
            </button>
            <button
              type="button"
              onClick={() => {
                setMode(mode === 'totp' ? 'recovery' : 'totp');
                setCode('');
                setError(null);
              }}
            >
              {mode === 'totp' ? 'Use a recovery code' : 'Use the authenticator app'}
            </button>
            {passkeysSupported() && (
              <button type="button" disabled={busy} onClick={() => void passkey()}>
                Use a passkey
              </button>
            )}
          </div>
        </form>
        <p>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </Page>
    </div>
  );
}
