// What a deletion would remove, counted before anything goes, so the person confirming sees it
// (counts only: the screen that asks already shows the client's label).
import type { Tx } from '../../db/tenant.ts';

type Counted = 'therapy_sessions' | 'notes' | 'signed_notes' | 'note_addenda' | 'treatment_plans' | 'assessments' | 'transcripts' | 'ai_drafts' | 'exports';

export async function previewCounts(trx: Tx, clientId: string, sessionId: string | null): Promise<Record<Counted, number>> {
  const one = sessionId !== null;
  const sid = sessionId ?? '';
  const count = async (q: { executeTakeFirstOrThrow: () => Promise<{ n: string | number | bigint }> }): Promise<number> => Number((await q.executeTakeFirstOrThrow()).n);
  const notes = trx.selectFrom('notes').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid));
  return {
    therapy_sessions: one ? 1 : await count(trx.selectFrom('therapy_sessions').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId)),
    notes: await count(notes.select((eb) => eb.fn.countAll<string>().as('n'))),
    signed_notes: await count(notes.select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'signed')),
    note_addenda: await count(trx.selectFrom('note_addenda').select((eb) => eb.fn.countAll<string>().as('n')).where('note_id', 'in', notes.select('id'))),
    treatment_plans: one ? 0 : await count(trx.selectFrom('treatment_plans').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId)),
    assessments: await count(trx.selectFrom('assessments').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid))),
    transcripts: await count(trx.selectFrom('transcripts').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid))),
    ai_drafts: await count(trx.selectFrom('ai_drafts').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid))),
    exports: one ? 0 : await count(trx.selectFrom('exports').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId)),
  };
}
