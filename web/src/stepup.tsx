// Security actions need a fresh second factor (the server answers 403 step_up_required). This
// hook runs an action and, when asked, shows a code prompt and retries once confirmed.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, api, messageOf } from './api.ts';
import { Field } from './ui.tsx';
import { getPasskey, passkeysSupported } from './webauthn.ts';

/** Runs a security action; if the server asks for a fresh second factor, asks for a code or a passkey first. */
export function useStepUp() {
  const [pending, setPending] = useState<(() => Promise<void>) | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'step_up_required') setPending(() => action);
      else setError(messageOf(e));
    }
  };
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (pending === null) return;
    setError(null);
    try {
      await api.postQuiet('/api/auth/step-up', { totpCode: code });
      setCode('');
      const action = pending;
      setPending(null);
      await action();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const withPasskey = async () => {
    if (pending === null) return;
    setError(null);
    try {
      const options = await api.post<Record<string, unknown>>('/api/auth/step-up/passkey/options');
      await api.postQuiet('/api/auth/step-up/passkey/verify', { response: await getPasskey(options) });
      const action = pending;
      setPending(null);
      await action();
    } catch (err) {
      setError(err instanceof DOMException ? 'The passkey was not used.' : messageOf(err));
    }
  };
  const prompt: ReactNode =
    pending === null ? null : (
      <form className="stepup" onSubmit={(e) => void confirm(e)}>
        <p>This is a security setting: confirm it is you.</p>
        <Field label="Code from your authenticator app">
          {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            Confirm
          </button>
          {passkeysSupported() && (
            <button type="button" onClick={() => void withPasskey()}>
              Use a passkey instead
            </button>
          )}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      </form>
    );
  return { run, prompt, error };
}

