// A client's legal hold (R16): while it lasts, retention never deletes the record and nobody can
// delete the client. Placed with a reason category (never free text: it lands in the audit
// trail), lifted after a confirmation.
import { useState } from 'react';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import { useConfirm } from '../confirm.tsx';
import { Alert, Field, formatDate, Notice } from '../ui.tsx';

type Reason = 'litigation' | 'subpoena' | 'regulatory_inquiry' | 'other';
interface Hold {
  clientId: string;
  held: boolean;
  reason: Reason | null;
  setAt: string | null;
}
const REASONS: Record<Reason, string> = {
  litigation: 'Litigation',
  subpoena: 'Subpoena',
  regulatory_inquiry: 'Regulatory inquiry',
  other: 'Other',
};

export function LegalHold({ clientId, displayLabel }: { clientId: string; displayLabel: string }) {
  const hold = useApi<Hold>(`/api/clients/${clientId}/legal-hold`);
  const [reason, setReason] = useState<Reason>('litigation');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();
  if (hold.data === null) return hold.error !== null ? <Alert error={hold.error} /> : null;
  const h = hold.data;

  const place = async () => {
    setError(null);
    setNotice(null);
    try {
      hold.set(await api.put<Hold>(`/api/clients/${clientId}/legal-hold`, { reason }));
      setNotice(`Legal hold placed on ${displayLabel}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const lift = async () => {
    const yes = await ask({
      title: 'Lift the legal hold?',
      body: `Once lifted, ${displayLabel}'s record is deleted when its retention period ends, as any other.`,
      confirm: 'Lift the hold',
    });
    if (!yes) return;
    setError(null);
    setNotice(null);
    try {
      hold.set(await api.del<Hold>(`/api/clients/${clientId}/legal-hold`));
      setNotice('Legal hold lifted.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="card" aria-labelledby="legal-hold-title">
      <h2 id="legal-hold-title">Legal hold</h2>
      {h.held ? (
        <>
          <p>
            <strong>On hold</strong> since {h.setAt === null ? '—' : formatDate(h.setAt)} ({h.reason === null ? '—' : REASONS[h.reason]}). Retention will not delete this
            record, and it cannot be deleted, until the hold is lifted.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void lift()}>
              Lift the legal hold
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="hint">A hold keeps this client&apos;s whole record past its retention period, for as long as a legal matter needs it.</p>
          <Field label="Reason">
            {(p) => (
              <select {...p} value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
                {Object.entries(REASONS).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="actions">
            <button type="button" onClick={() => void place()}>
              Place a legal hold
            </button>
          </div>
        </>
      )}
      {notice !== null && <Notice>{notice}</Notice>}
      <Alert error={error} />
      {dialog}
    </section>
  );
}
