// The warning a minute before the server ends an idle session (R39). A modal <dialog>: the
// browser traps focus inside it and Escape is treated as "stay signed in" rather than ignored,
// because dismissing the warning is itself a sign that someone is at the keyboard.
import { useEffect, useRef, useState } from 'react';
import { useSession } from './session.tsx';
import { messageOf } from './api.ts';

export function InactivityDialog() {
  const { warningSeconds, staySignedIn, signOut } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const open = warningSeconds !== null;

  useEffect(() => {
    const d = ref.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const stay = async () => {
    setError(null);
    try {
      await staySignedIn();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(e) => {
        e.preventDefault();
        void stay();
      }}
    >
      <h2 id="idle-title">Still there?</h2>
      <p id="idle-text">
        For privacy, Tacet signs you out after a period of inactivity.{' '}
        {warningSeconds !== null && (
          <>
            You will be signed out in <strong>{warningSeconds}</strong> {warningSeconds === 1 ? 'second' : 'seconds'}, and this
            screen will be cleared.
          </>
        )}
      </p>
      {error !== null && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void stay()}>
          Stay signed in
        </button>
        <button type="button" onClick={() => void signOut()}>
          Sign out now
        </button>
      </div>
    </dialog>
  );
}
