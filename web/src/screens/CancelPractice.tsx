// Cancelling the practice (owner, R10, R34): a fresh second factor and the practice's name typed
// out. Nothing is deleted at once: a grace period follows in which the owner can restore the
// practice or export its records; after it, everything is deleted, keys included.
import { useState, type FormEvent } from 'react';
import { ApiError, api, practiceStateChanged } from '../api.ts';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field } from '../ui.tsx';

export function CancelPractice({ practiceName }: { practiceName: string }) {
  const [confirmation, setConfirmation] = useState('');
  // Set when the server says clients are under a legal hold (R16): the owner must agree, in so
  // many words, that the holds are lifted, since the purge deletes held records too.
  const [holdsActive, setHoldsActive] = useState(false);
  const [liftHolds, setLiftHolds] = useState(false);
  const stepUp = useStepUp();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void stepUp.run(async () => {
      try {
        await api.post('/api/practice/cancel', { confirmation, ...(liftHolds ? { liftLegalHolds: true } : {}) });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'legal_holds_active') setHoldsActive(true);
        throw err;
      }
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
        {holdsActive && (
          <div className="check">
            <input id="lift-legal-holds" type="checkbox" checked={liftHolds} onChange={(e) => setLiftHolds(e.target.checked)} />
            <label htmlFor="lift-legal-holds">Lift every legal hold: I have exported what the legal matters need</label>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="danger" disabled={confirmation.trim() !== practiceName.trim() || (holdsActive && !liftHolds)}>
            Cancel the practice
          </button>
        </div>
      </form>
      {stepUp.prompt}
      <Alert error={stepUp.error} />
    </section>
  );
}
