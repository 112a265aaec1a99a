// A cancelled practice (R10, R34): nothing in it can be used until it is restored or deleted.
// The gate asks the server for the practice's state when a full session starts and whenever a
// request is refused with 423 practice_cancelled (api.ts), and then shows the cancelled-practice
// screen in place of every other one — except Export, which the owner may still use.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, messageOf, onPracticeStateChange, practiceStateChanged } from './api.ts';
import { useSession } from './session.tsx';
import { useStepUp } from './stepup.tsx';
import { Alert, formatDate, Page } from './ui.tsx';

export interface CancellationStatus {
  lifecycle: 'active' | 'cancelled' | 'purging' | 'purged';
  reason: 'cancelled' | 'trial_ended' | null;
  cancelledAt: string | null;
  purgeAfter: string | null;
  graceDays: number;
  inGrace: boolean;
  canRestore: boolean;
}

export function CancellationGate({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const [status, setStatus] = useState<CancellationStatus | null>(null);
  const active = session !== null && session !== undefined && session.stage === 'full' && session.practice !== null;

  const load = useCallback(async () => {
    if (!active) return setStatus(null);
    try {
      setStatus(await api.background.get<CancellationStatus>('/api/practice/cancellation'));
    } catch {
      setStatus(null); // the screens show their own errors
    }
  }, [active]);
  useEffect(() => {
    void load();
    return onPracticeStateChange(() => void load());
  }, [load]);

  if (status === null || status.lifecycle === 'active') return children;
  if (location.pathname === '/export' && status.inGrace && session?.roles.includes('owner') === true) return children;
  return <CancelledPractice status={status} isOwner={session?.roles.includes('owner') === true} />;
}

function CancelledPractice({ status, isOwner }: { status: CancellationStatus; isOwner: boolean }) {
  const stepUp = useStepUp();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const restore = () =>
    void stepUp.run(async () => {
      setError(null);
      try {
        await api.post('/api/practice/restore', {});
      } catch (e) {
        // step_up_required goes back to the hook, which asks for the second factor and retries.
        if (e instanceof Error && 'code' in e && e.code === 'step_up_required') throw e;
        setError(messageOf(e));
        return;
      }
      practiceStateChanged();
      void navigate('/');
    });
  // The server's clock decides (inGrace), not this browser's.
  const deleting = !status.inGrace;
  return (
    <Page title="Practice cancelled" heading="This practice is cancelled">
      {deleting ? (
        <p>Its grace period is over: the practice and everything in it are being deleted, or have been deleted. It can no longer be restored.</p>
      ) : (
        <>
          <p>
            Nothing in this practice can be used while it is cancelled. Unless it is restored, every record, account and encryption key of the practice is
            deleted for good on {status.purgeAfter !== null ? formatDate(status.purgeAfter) : 'the end of the grace period'}; backups cannot bring it back.
          </p>
          {isOwner ? (
            <>
              <div className="actions">
                <button type="button" className="primary" onClick={restore}>
                  Restore the practice
                </button>
                <Link className="button" to="/export">
                  Export the records
                </Link>
              </div>
              {stepUp.prompt}
              <Alert error={stepUp.error ?? error} />
            </>
          ) : (
            <p>Only the practice owner can restore it or export its records.</p>
          )}
        </>
      )}
    </Page>
  );
}
