// Small building blocks shared by the screens: page heading and title, fields, status messages.
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Every screen's heading. It sets the document title — always a fixed screen name, never a client
 * label or anything else that could be PHI (titles end up in history, tab lists and screenshots) —
 * and moves focus to the heading when the screen opens, so keyboard and screen-reader users
 * start at the top of the new content.
 */
export function Page({ title, heading, children, lead }: { title: string; heading?: ReactNode; children: ReactNode; lead?: ReactNode }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Tacet`;
    h1.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={h1} tabIndex={-1} className="page-title">
        {heading ?? title}
      </h1>
      {lead !== undefined && <p className="lead">{lead}</p>}
      {children}
    </>
  );
}

export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(hint !== undefined ? { id, 'aria-describedby': hintId } : { id })}
      {hint !== undefined && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Errors are announced (role=alert); notices politely (role=status). */
export function Alert({ error }: { error: string | null }) {
  if (error === null) return null;
  return (
    <p role="alert" className="alert alert-error">
      {error}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="alert alert-ok">
      {children}
    </p>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p role="status" className="muted">
      {what}…
    </p>
  );
}

/** A marker for content that only the author (or the practitioner) can see. */
export function PrivateBadge({ children = 'Private' }: { children?: ReactNode }) {
  return <span className="badge badge-private">{children}</span>;
}

// One date format on every screen (issue 16): "Mar 2, 2026" and "Mar 2, 2026, 3:00 PM" in the
// browser's language. A plain date (YYYY-MM-DD: review dates, dates of service) is a calendar
// day, not an instant, so it is never shifted by the time zone.
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(iso: string): Date {
  const m = DAY_ONLY.exec(iso);
  return m === null ? new Date(iso) : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function formatDateTime(iso: string): string {
  return toDate(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatTime(iso: string): string {
  return toDate(iso).toLocaleTimeString(undefined, { timeStyle: 'short' });
}

/** A day with its weekday, for the week view ("Monday, Mar 2, 2026"). */
export function formatWeekday(iso: string): string {
  return toDate(iso).toLocaleDateString(undefined, { weekday: 'long', month: 'short', day: 'numeric', year: 'numeric' });
}

/** The local calendar day of an instant, as YYYY-MM-DD (for date inputs and grouping). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What redaction replaced, from the server's counts by type ("name 1, date 2, topic: immigration status 1"). */
export function formatRedactions(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([type, n]) => `${type.replace(/^topic_/, 'topic: ').replace(/_/g, ' ')} ${n}`)
    .join(', ');
}

export function formatDate(iso: string): string {
  return toDate(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}
