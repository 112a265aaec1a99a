// Synthetic clinical rows for backup checks (the embedded backup test and the PostgreSQL drill,
// R44), written through Tacet's own doors: withTenant (RLS, tenant settings), the client's own key
// (clientSealer, R45) and the audit chain. Obviously synthetic identities only.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { systemContext, withTenant, type TenantContext } from '../../db/tenant.ts';
import { CURRENT_BAA } from '../../features/practice/baa.ts';
import { audit } from '../../audit/audit.ts';
import { sealerOf } from '../../features/clients/seal.ts';
import type { FieldCrypto } from '../../crypto/envelope.ts';

export const DRILL_NOTE = 'Synthetic contact note for the backup drill.';

/** Adds one client, with a contact note sealed under the client's own key; returns its id. */
export async function addDrillClient(db: Kysely<Database>, fieldCrypto: FieldCrypto, ctx: TenantContext, label: string): Promise<string> {
  const id = crypto.randomUUID();
  const s = sealerOf(await fieldCrypto.keysForClient(ctx.practiceId, id), ctx.practiceId);
  await withTenant(db, ctx, async (trx) => {
    await trx
      .insertInto('clients')
      .values({
        id,
        practice_id: ctx.practiceId,
        owner_id: ctx.userId,
        label,
        label_kind: 'initials',
        birth_year: null,
        pronouns: null,
        status: 'active',
        contact_notes_sealed: s.seal('clients', 'contact_notes', id, DRILL_NOTE),
        known_people_sealed: null,
        ai_disabled: false,
        transcript_deletion: 'after_days',
        transcript_deletion_days: 30,
        safety_flag_at: null,
      })
      .execute();
    await audit(trx, ctx, { action: 'client.create', resourceType: 'client', resourceId: id, metadata: { labelKind: 'initials', aiDisabled: false } });
  });
  return id;
}

/** The client ids the context can see, and for each whether its sealed note still opens. */
export async function readDrillClients(db: Kysely<Database>, fieldCrypto: FieldCrypto, ctx: TenantContext): Promise<Map<string, 'opens' | 'unreadable'>> {
  const rows = await withTenant(db, ctx, (trx) => trx.selectFrom('clients').select(['id', 'contact_notes_sealed']).where('practice_id', '=', ctx.practiceId).execute());
  const out = new Map<string, 'opens' | 'unreadable'>();
  for (const r of rows) {
    try {
      // A shredded client has no key left; asking keysForClient would only mint a new, useless one.
      const present = (await fieldCrypto.store.listScope('client', r.id)).length > 0;
      const keys = present ? await fieldCrypto.keysForClient(ctx.practiceId, r.id) : undefined;
      const text = r.contact_notes_sealed === null || keys === undefined ? undefined : sealerOf(keys, ctx.practiceId).open('clients', 'contact_notes', r.id, r.contact_notes_sealed);
      out.set(r.id, text === DRILL_NOTE ? 'opens' : 'unreadable');
    } catch {
      out.set(r.id, 'unreadable');
    }
  }
  return out;
}

/**
 * A practice with one practitioner who owns it (BAA accepted, as sign-up and set-up leave it),
 * for the PostgreSQL drill; returns the practitioner's tenant context.
 */
export async function addDrillPractice(db: Kysely<Database>, label: string): Promise<TenantContext> {
  const practiceId = crypto.randomUUID();
  const userId = crypto.randomUUID();
  const sys = systemContext(practiceId, { requestId: 'backup-drill' });
  await withTenant(db, sys, async (trx) => {
    await trx.insertInto('practices').values({ id: practiceId, name: `${label} Drill Practice` }).execute();
    await trx.insertInto('users').values({ id: userId, email: `drill.${userId.slice(0, 8)}@example.test`, name: `Drill ${label}` }).execute();
    for (const role of ['owner', 'practitioner'] as const) {
      await trx.insertInto('memberships').values({ practice_id: practiceId, user_id: userId, role }).execute();
    }
    await audit(trx, sys, { action: 'membership.create', resourceType: 'membership', resourceId: userId });
  });
  const ctx: TenantContext = { practiceId, userId, roles: ['owner', 'practitioner'], requestId: 'backup-drill' };
  await withTenant(db, ctx, (trx) =>
    trx.insertInto('baa_acceptances').values({ practice_id: practiceId, version: CURRENT_BAA.version, text_sha256: CURRENT_BAA.sha256, accepted_by: userId, ip: '127.0.0.1' }).execute(),
  );
  return ctx;
}
