// Cancelling the practice (owner, R10, R34): a fresh second factor and the practice's name typed
// out. Nothing is deleted at once: a grace period follows in which the owner can restore the
// practice or export its records; after it, everything is deleted, keys included.
import { useState, type FormEvent } from 'react';
import { api, practiceStateChanged } from '../api.ts';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field } from '../ui.tsx';

export function CancelPractice({ practiceName }: { practiceName: string }) {
  const [confirmation, setConfirmation] = useState('');
  const stepUp = useStepUp();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void stepUp.run(async () => {
      await api.post('/api/practice/cancel', { confirmation });
      practiceStateChanged();
    });
  };
  return (
    <section className="card" aria-labelledby="cancel-practice-title">
      <h2 id="cancel-practice-title">Cancel the practice</h2>
      <p>
        From the moment you cancel, nobody can use the practice. For 30 days you can restore it or export its records; then every record, account and encryption key of
        the practice is deleted for good, and backups can no longer be read. The audit trail is kept, as the law requires; it holds no clinical content.
      </p>
      <form onSubmit={submit}>
        <Field label="Type the practice name to confirm" hint={`Type: ${practiceName}`}>
          {(p) => <input {...p} autoComplete="off" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} required />}
        </Field>
        <div className="actions">
          <button type="submit" className="danger" disabled={confirmation.trim() !== practiceName.trim()}>
            Cancel the practice
          </button>
        </div>
      </form>
      {stepUp.prompt}
      <Alert error={stepUp.error} />
    </section>
  );
}
