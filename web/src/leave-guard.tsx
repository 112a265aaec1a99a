// Unsaved work is never lost without a word. While `dirty`, leaving the screen — a link inside
// the app, the browser's back button, closing or reloading the tab — asks first. Inside the app
// the question is the app's own dialog, which can also save and then leave; closing the tab gets
// the browser's own warning (the only one a page may show there).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { messageOf } from './api.ts';

/**
 * Returns the dialog to render (null when none) and `release()`, which lets the next navigation
 * through (after a deliberate discard, when nothing is left to lose).
 */
export function useLeaveGuard(dirty: boolean, save?: () => Promise<boolean>): { dialog: ReactNode; release: () => void } {
  const released = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const release = () => {
    released.current = true;
  };
  if (blocker.state !== 'blocked') return { dialog: null, release };
  return { dialog: <LeaveDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} save={save} />, release };
}

function LeaveDialog({ onStay, onLeave, save }: { onStay: () => void; onLeave: () => void; save: (() => Promise<boolean>) | undefined }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const saveAndLeave = async () => {
    if (save === undefined) return;
    setBusy(true);
    setError(null);
    try {
      if (await save()) onLeave();
      else setError('The changes could not be saved. Stay on this screen to see why.');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">Unsaved changes</h2>
      <p id="leave-text">Your latest changes on this screen are not saved yet.</p>
      {error !== null && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className="actions">
        {save !== undefined && (
          <button type="button" className="primary" disabled={busy} onClick={() => void saveAndLeave()}>
            Save and leave
          </button>
        )}
        <button type="button" className={save === undefined ? 'primary' : undefined} disabled={busy} onClick={onStay}>
          Stay here
        </button>
        <button type="button" className="danger" disabled={busy} onClick={onLeave}>
          Leave without saving
        </button>
      </div>
    </dialog>
  );
}
