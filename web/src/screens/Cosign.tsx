// Notes awaiting the signed-in practitioner's co-signature (R03: an associate's note is co-signed
// by the supervising practitioner they name). Metadata only — the note opens on its own screen,
// and its client's chart stays with the associate: a co-signer reads the note, not the chart.
import { Link } from 'react-router';
import { useApi } from '../hooks.ts';
import type { CosignItem, Member } from '../types.ts';
import { Alert, formatDate, formatDateTime, Loading, Page } from '../ui.tsx';

export default function Cosign() {
  const list = useApi<{ notes: CosignItem[] }>('/api/cosignatures');
  const members = useApi<{ members: Member[] }>('/api/practice/members');
  if (list.error !== null) {
    return (
      <Page title="Co-sign">
        <Alert error={list.error} />
      </Page>
    );
  }
  if (list.data === null || members.data === null) return <Loading />;
  const nameOf = (id: string) => members.data?.members.find((m) => m.userId === id)?.name ?? 'A former member';
  const waiting = list.data.notes.filter((n) => n.cosignedAt === null);
  const done = list.data.notes.filter((n) => n.cosignedAt !== null);
  return (
    <Page title="Co-sign" lead="Progress notes your associates signed and named you to co-sign.">
      <section className="card" aria-labelledby="waiting-title">
        <h2 id="waiting-title">Awaiting your co-signature</h2>
        {waiting.length === 0 ? (
          <p className="muted">Nothing is waiting for you.</p>
        ) : (
          <ul className="plain-list">
            {waiting.map((n) => (
              <li key={n.id}>
                <Link to={`/notes/${n.id}`}>
                  {n.clientLabel ?? 'Client'}: {n.format.toUpperCase()} note of {formatDate(n.dateOfService)} by {nameOf(n.authorId)}, signed {n.signedAt !== null ? formatDateTime(n.signedAt) : ''}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {done.length > 0 && (
        <section className="card" aria-labelledby="done-title">
          <h2 id="done-title">Co-signed</h2>
          <ul className="plain-list">
            {done.map((n) => (
              <li key={n.id}>
                <Link to={`/notes/${n.id}`}>
                  {n.clientLabel ?? 'Client'}: {n.format.toUpperCase()} note of {formatDate(n.dateOfService)} by {nameOf(n.authorId)}, co-signed {n.cosignedAt !== null ? formatDateTime(n.cosignedAt) : ''}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
