// Who is signed in, and the inactivity logout (R39). The server enforces the timeout; this file
// only mirrors it: it asks GET /api/auth/session (which does not extend the session) how long is
// left, warns a minute before the end, and on expiry drops every piece of in-memory state by
// unmounting the signed-in tree and returning to sign-in. Nothing is ever kept in browser storage.
//
// The idle timer counts the person, not the page. Requests the app makes by itself carry the
// background header and never extend the session (api.ts). Real input — keys, pointer, wheel,
// touch, text entered — is noted here (its time only, never what was typed) and reported to the
// server only when there was input since the last report, as "the last input was N seconds ago":
// the server counts the timeout from that input, not from the report.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, fetchSession, forgetCsrfToken, onSessionLost, type SessionInfo } from './api.ts';

export const WARNING_SECONDS = 60;

/**
 * What counts as the person being there (R39). 'input' catches text that arrives without a key
 * (dictation, a paste, an input method). Not 'scroll': layout changes scroll a page with nobody
 * at it; a person scrolls with the wheel, the keys, a touch or the scrollbar (a pointer).
 */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'input'] as const;

export type EndReason = 'timeout' | 'signed_out' | null;

interface SessionContextValue {
  /** undefined while loading, null when signed out. */
  session: SessionInfo | null | undefined;
  refresh: () => Promise<SessionInfo | null>;
  signOut: (everywhere?: boolean) => Promise<void>;
  /** Why the last session ended, for the sign-in screen's message. */
  endReason: EndReason;
  /** Seconds left when the inactivity warning is showing, else null. */
  warningSeconds: number | null;
  staySignedIn: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const v = useContext(SessionContext);
  if (v === null) throw new Error('useSession outside SessionProvider');
  return v;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [endReason, setEndReason] = useState<EndReason>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const pollTimer = useRef<number | undefined>(undefined);
  // Typing a long note makes no request, yet it is not inactivity. When the warning is due and
  // there was input since the last report, the input is reported instead of warning.
  const lastInput = useRef(0);
  const lastReported = useRef(0);

  const end = useCallback((reason: EndReason) => {
    window.clearTimeout(pollTimer.current);
    forgetCsrfToken();
    setDeadline(null);
    setEndReason(reason);
    setSession(null);
  }, []);

  const refresh = useCallback(async () => {
    const s = await fetchSession();
    setSession(s);
    if (s !== null) setEndReason(null);
    return s;
  }, []);

  // Mirror of the server's idle clock. Polls are spaced so that one lands about a minute before
  // the end (to warn) and one at the end (to confirm: activity in another tab may have extended).
  const poll = useCallback(async () => {
    window.clearTimeout(pollTimer.current);
    let s: SessionInfo | null;
    try {
      s = await fetchSession();
    } catch {
      // Network trouble: try again shortly; the server still enforces the timeout.
      pollTimer.current = window.setTimeout(() => void poll(), 10_000);
      return;
    }
    if (s === null || s.idleRemainingSeconds <= 0) {
      end('timeout');
      return;
    }
    setSession((prev) => (prev === undefined || prev === null || prev.stage !== s.stage || prev.csrfToken !== s.csrfToken ? s : prev));
    const left = s.idleRemainingSeconds;
    if (left <= WARNING_SECONDS && lastInput.current > lastReported.current) {
      const input = lastInput.current;
      try {
        const idleSeconds = Math.max(0, Math.floor((Date.now() - input) / 1000));
        await api.post<SessionInfo>('/api/auth/session/keepalive', { idleSeconds });
        lastReported.current = input;
        pollTimer.current = window.setTimeout(() => void poll(), 1000);
        return;
      } catch {
        // Fall through to the warning: the person can still choose to stay.
      }
    }
    if (left <= WARNING_SECONDS) {
      setDeadline(Date.now() + left * 1000);
      pollTimer.current = window.setTimeout(() => void poll(), Math.min(left, 15) * 1000);
    } else {
      setDeadline(null);
      pollTimer.current = window.setTimeout(() => void poll(), Math.max(1, Math.min(left - WARNING_SECONDS, 60)) * 1000);
    }
  }, [end]);

  useEffect(() => {
    void refresh().catch(() => setSession(null));
  }, [refresh]);

  const signedIn = session !== null && session !== undefined;
  useEffect(() => {
    if (!signedIn) return;
    void poll();
    // Coming back to the tab (or waking the laptop) checks at once instead of trusting old timers.
    const onFocus = () => void poll();
    // Only events a person makes: a timer or a background request produces none of these.
    const onInput = (e: Event) => {
      if (e.isTrusted) lastInput.current = Date.now();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      window.clearTimeout(pollTimer.current);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [signedIn, poll]);

  useEffect(() => onSessionLost(() => end('timeout')), [end]);

  useEffect(() => {
    if (deadline === null) return;
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    setNow(Date.now());
    return () => window.clearInterval(t);
  }, [deadline]);

  const staySignedIn = useCallback(async () => {
    const now = Date.now();
    await api.post<SessionInfo>('/api/auth/session/keepalive', { idleSeconds: 0 });
    lastReported.current = Math.max(lastInput.current, now);
    setDeadline(null);
    await poll();
  }, [poll]);

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await api.post(everywhere ? '/api/auth/signout-everywhere' : '/api/auth/signout');
      } finally {
        end('signed_out');
      }
    },
    [end],
  );

  const warningSeconds = deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
  const value = useMemo<SessionContextValue>(
    () => ({ session, refresh, signOut, endReason, warningSeconds, staySignedIn }),
    [session, refresh, signOut, endReason, warningSeconds, staySignedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
