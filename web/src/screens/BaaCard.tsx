// The Business Associate Agreement (R12): no clinical data can be saved until the practice owner
// accepts the current version. The exact text shown is what is accepted: its SHA-256 goes back
// with the acceptance, so the server can refuse a stale copy.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { Baa } from '../types.ts';
import { Alert, formatDateTime, Loading } from '../ui.tsx';

export function BaaCard({ isOwner, onAccepted }: { isOwner: boolean; onAccepted?: () => void }) {
  const baa = useApi<Baa>('/api/practice/baa');
  const [agree, setAgree] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const accept = async (e: FormEvent) => {
    e.preventDefault();
    if (baa.data === null) return;
    setError(null);
    try {
      await api.post('/api/practice/baa', { version: baa.data.version, sha256: baa.data.sha256 });
      await baa.reload();
      onAccepted?.();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  if (baa.error !== null) return <Alert error={baa.error} />;
  if (baa.data === null) return <Loading what="Loading the agreement" />;
  const b = baa.data;
  return (
    <section className="card" aria-labelledby="baa-title">
      <h2 id="baa-title">Business Associate Agreement (version {b.version})</h2>
      <div className="document" tabIndex={0} role="region" aria-label="Agreement text">
        {/* One paragraph per line: the clauses are separated by single line breaks. */}
        {b.text.split(/\n+/).filter((line) => line.trim() !== "").map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      {b.acceptance !== null ? (
        <p className="status-ok">Accepted on {formatDateTime(b.acceptance.acceptedAt)}.</p>
      ) : isOwner ? (
        <form onSubmit={(e) => void accept(e)}>
          <div className="check">
            <input id="baa-agree" type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} required />
            <label htmlFor="baa-agree">I have read this agreement and accept it on behalf of the practice.</label>
          </div>
          <Alert error={error} />
          <button type="submit" className="primary" disabled={!agree}>
            Accept the agreement
          </button>
        </form>
      ) : (
        <p>The practice owner has not accepted this agreement yet. Until then, no clinical data can be saved.</p>
      )}
    </section>
  );
}
