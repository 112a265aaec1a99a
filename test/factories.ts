// Test data with obviously synthetic identities. Practices are created through withTenant, the
// same door the application uses, so the factories themselves obey row-level security.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MemberRole } from '../src/db/schema.ts';
import { MEMBER_ROLES, systemContext, withTenant, type TenantContext } from '../src/db/tenant.ts';
import { audit } from '../src/audit/audit.ts';

/**
 * Bytes standing in for a sealed field in seeded rows. The first byte is 0, never the envelope's
 * version byte, so no reader takes them for a sealed value: random bytes starting with 1 (one
 * time in 256 per row) made the re-seal tests count a "sealed field" under no key.
 */
function opaque(n: number): Buffer {
  const b = crypto.randomBytes(n);
  b[0] = 0;
  return b;
}
import { CURRENT_BAA } from '../src/features/practice/baa.ts';

export interface SeededPractice {
  practiceId: string;
  users: Record<MemberRole, string>;
  /** A service operator (not a member); its seeded break-glass grant is already revoked. */
  operatorId: string;
  ctx(role: MemberRole): TenantContext;
}

let counter = 0;

export async function seedPractice(db: Kysely<Database>, label = 'Test'): Promise<SeededPractice> {
  const practiceId = crypto.randomUUID();
  const n = ++counter;
  const operatorId = crypto.randomUUID();
  const users = Object.fromEntries(MEMBER_ROLES.map((r) => [r, crypto.randomUUID()])) as Record<MemberRole, string>;
  // The system context stands in for sign-up and invitation acceptance, which create these rows.
  const sys = systemContext(practiceId);
  await withTenant(db, sys, async (trx) => {
    await trx.insertInto('practices').values({ id: practiceId, name: `${label} Practice ${n}` }).execute();
    for (const role of MEMBER_ROLES) {
      await trx
        .insertInto('users')
        .values({ id: users[role], email: `${role}.${n}.${practiceId.slice(0, 8)}@example.test`, name: `Test ${role} ${n}` })
        .execute();
      await trx.insertInto('memberships').values({ practice_id: practiceId, user_id: users[role], role }).execute();
      await audit(trx, sys, { action: 'membership.create', resourceType: 'membership', resourceId: users[role] });
    }
    // One row in every other account table, so the cross-tenant harness has a target in each.
    await trx
      .insertInto('users')
      .values({ id: operatorId, email: `operator.${n}.${practiceId.slice(0, 8)}@example.test`, name: `Test operator ${n}`, is_operator: true })
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: crypto.randomUUID(),
        token_hash: crypto.randomBytes(32),
        user_id: users.practitioner,
        practice_id: practiceId,
        stage: 'full',
        csrf_token: 'seed',
        absolute_expires_at: new Date(Date.now() + 3600_000),
        mfa_at: new Date(),
        step_up_at: null,
        ip: '127.0.0.1',
        user_agent: 'seed',
      })
      .execute();
    await trx
      .insertInto('invitations')
      .values({ id: crypto.randomUUID(), practice_id: practiceId, email: `invitee.${n}@example.test`, role: 'practitioner', invited_by: users.owner, expires_at: new Date(Date.now() + 86400_000), accepted_at: null, revoked_at: null })
      .execute();
    await trx
      .insertInto('magic_links')
      .values({ token_hash: crypto.randomBytes(32), purpose: 'invite', email: `invitee.${n}@example.test`, practice_id: practiceId, expires_at: new Date(Date.now() + 600_000), consumed_at: null, user_id: null, invitation_id: null, signup_name: null, signup_practice: null })
      .execute();
    await trx
      .insertInto('break_glass_grants')
      .values({ id: crypto.randomUUID(), practice_id: practiceId, operator_id: operatorId, reason: 'Seeded grant for the cross-tenant harness test', scope: 'account_metadata', expires_at: new Date(Date.now() + 3600_000), revoked_at: new Date() })
      .execute();
  });
  const owner: TenantContext = { practiceId, userId: users.owner, roles: ['owner', 'practitioner'] };
  await withTenant(db, owner, (trx) =>
    trx.insertInto('baa_acceptances').values({ practice_id: practiceId, version: CURRENT_BAA.version, text_sha256: CURRENT_BAA.sha256, accepted_by: users.owner, ip: '127.0.0.1' }).execute(),
  );
  await withTenant(db, owner, async (trx) => {
    await trx
      .insertInto('subprocessors')
      .values({ id: crypto.randomUUID(), practice_id: practiceId, name: 'Example Mail Relay', category: 'email', provider: null, purpose: 'Sign-in links', data_categories: ['email address'], baa_status: 'none', baa_signed_on: null, zero_retention: false, no_training: true })
      .execute();
    await trx.insertInto('practice_settings').values({ practice_id: practiceId, active_topics: ['immigration'] }).execute();
  });
  const practitioner: TenantContext = { practiceId, userId: users.practitioner, roles: ['practitioner'] };
  await withTenant(db, practitioner, (trx) =>
    trx.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: practiceId, grantor_id: users.practitioner, grantee_id: users.supervisor, revoked_at: null }).execute(),
  );
  // Clinical record (issue 5): one row of every clinical table, owned by the practitioner. The
  // sealed columns hold random bytes: the harness proves access, not decryption.
  let transferId = '';
  let transferClientId = '';
  await withTenant(db, practitioner, async (trx) => {
    const [clientId, sessionId, noteId, planId, goalId] = [1, 2, 3, 4, 5].map(() => crypto.randomUUID()) as [string, string, string, string, string];
    const owner_id = users.practitioner;
    await trx.insertInto('clients').values({ id: clientId, practice_id: practiceId, owner_id, label: 'T.C.', label_kind: 'initials', birth_year: 1990, pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null }).execute();
    await trx.insertInto('therapy_sessions').values({ id: sessionId, practice_id: practiceId, owner_id, client_id: clientId, starts_at: new Date(), duration_minutes: 53, service_code: '90834', modality: 'video', place_of_service: '10', attendance: 'attended' }).execute();
    await trx.insertInto('notes').values({ id: noteId, practice_id: practiceId, owner_id, client_id: clientId, session_id: sessionId, kind: 'progress', format: 'soap', sections_sealed: opaque(48), names_sealed: null, signed_at: null, signed_by: null, signed_ip: null, content_sha256: null, cosigner_id: null, cosigned_at: null, cosigned_ip: null }).execute();
    await trx.insertInto('note_addenda').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, note_id: noteId, body_sealed: opaque(48), signed_ip: '127.0.0.1', content_sha256: '0'.repeat(64) }).execute();
    await trx.insertInto('treatment_plans').values({ id: planId, practice_id: practiceId, owner_id, client_id: clientId, current_version: 1 }).execute();
    await trx.insertInto('plan_versions').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, plan_id: planId, version: 1, status: 'active', diagnosis_codes: ['F32.1'], goal_ids: [goalId], review_date: '2030-01-01', body_sealed: opaque(48) }).execute();
    await trx.insertInto('note_goal_progress').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, note_id: noteId, plan_id: planId, goal_id: goalId, progress: 'some_progress', comment_sealed: null }).execute();
    await trx.insertInto('transcripts').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, client_id: clientId, session_id: sessionId, text_sealed: opaque(48), redacted: true, redaction_counts: '{}', bytes: 0, delete_on_sign: false, delete_after: null }).execute();
    await trx.insertInto('assessments').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, client_id: clientId, session_id: sessionId, instrument: 'phq9', items: [1, 1, 1, 1, 1, 1, 1, 1, 0], total: 8, severity: 'mild', administered_at: new Date() }).execute();
    await trx.insertInto('ai_drafts').values({ id: crypto.randomUUID(), practice_id: practiceId, owner_id, client_id: clientId, session_id: sessionId, plan_id: planId, format: 'soap', source_kind: 'bullets', provider: 'local', model: 'tacet-extractive-1', input_sealed: opaque(48), output_sealed: null, error_code: null }).execute();
    // Jobs, blobs and exports (issue 17): one row each, the practitioner's.
    const now = new Date();
    const jobId = crypto.randomUUID();
    const blobId = crypto.randomUUID();
    await trx.insertInto('jobs').values({ id: jobId, practice_id: practiceId, kind: 'export.build', created_by: owner_id, payload: '{}', run_at: now, created_at: now, updated_at: now }).execute();
    await trx.insertInto('blobs').values({ id: blobId, practice_id: practiceId, owner_id, purpose: 'export', storage_key: `${practiceId}/export/${blobId}`, key_scope: 'user', key_scope_id: owner_id, created_at: now, expires_at: new Date(now.getTime() + 86400_000) }).execute();
    await trx.insertInto('exports').values({ id: crypto.randomUUID(), practice_id: practiceId, requested_by: owner_id, scope: 'client', client_id: clientId, job_id: jobId, created_at: now }).execute();
    transferId = crypto.randomUUID();
    transferClientId = clientId;
    // CSV import staging (issue 19, R14): one staged import with one sealed chunk.
    const importId = crypto.randomUUID();
    await trx.insertInto('imports').values({ id: importId, practice_id: practiceId, owner_id, kind: 'clients', row_count: 1, staged_count: 1, error_count: 0, client_count: 1, errors: '[]', created_at: now, expires_at: new Date(now.getTime() + 900_000) }).execute();
    await trx.insertInto('import_chunks').values({ id: crypto.randomUUID(), import_id: importId, practice_id: practiceId, owner_id, seq: 0, row_count: 1, payload_sealed: opaque(48) }).execute();
    // Recording mode (issue 20): consent for the client and the session, an upload with one chunk.
    await trx.insertInto('recording_consents').values({ id: crypto.randomUUID(), practice_id: practiceId, client_id: clientId, session_id: null, consented: true, method: 'verbal', recorded_by: owner_id, recorded_at: now }).execute();
    await trx.insertInto('recording_consents').values({ id: crypto.randomUUID(), practice_id: practiceId, client_id: clientId, session_id: sessionId, consented: true, method: null, recorded_by: owner_id, recorded_at: now }).execute();
    const recordingId = crypto.randomUUID();
    const chunkBlobId = crypto.randomUUID();
    await trx.insertInto('blobs').values({ id: chunkBlobId, practice_id: practiceId, owner_id, purpose: 'recording', storage_key: `${practiceId}/recording/${chunkBlobId}`, key_scope: 'client', key_scope_id: clientId, created_at: now, expires_at: new Date(now.getTime() + 30 * 86400_000) }).execute();
    await trx.insertInto('recordings').values({ id: recordingId, practice_id: practiceId, owner_id, client_id: clientId, session_id: sessionId, content_type: 'audio/wav', total_bytes: 2048, chunk_bytes: 1048576, status: 'uploading', created_at: now, updated_at: now, purge_after: new Date(now.getTime() + 86400_000) }).execute();
    await trx.insertInto('recording_chunks').values({ recording_id: recordingId, practice_id: practiceId, idx: 0, blob_id: chunkBlobId, bytes: 2048 }).execute();
  });
  // A transfer of care (issue 18), completed to the practitioner who holds the client, so it
  // widens no one's access: opened by the system (as a departure does), completed by the owner.
  await withTenant(db, sys, (trx) =>
    trx.insertInto('care_transfers').values({ id: transferId, practice_id: practiceId, client_id: transferClientId, from_user_id: users.client, to_user_id: null, transferred_at: null, transferred_by: null }).execute(),
  );
  await withTenant(db, owner, (trx) =>
    trx.updateTable('care_transfers').set({ to_user_id: users.practitioner, transferred_at: new Date(), transferred_by: users.owner }).where('id', '=', transferId).execute(),
  );
  // Retention (issue 19, R16): the practice's schedule (the defaults, written out) and a legal hold
  // on its client, so the cross-tenant harness has a row of each.
  await withTenant(db, owner, async (trx) => {
    await trx.insertInto('retention_settings').values({ practice_id: practiceId, updated_by: users.owner }).execute();
    await trx.insertInto('legal_holds').values({ practice_id: practiceId, client_id: transferClientId, reason: 'other', set_by: users.owner, set_at: new Date() }).execute();
  });
  return {
    practiceId,
    users,
    operatorId,
    ctx: (role) => ({ practiceId, userId: users[role], roles: [role] }),
  };
}
