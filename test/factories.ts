// Test data with obviously synthetic identities. Practices are created through withTenant, the
// same door the application uses, so the factories themselves obey row-level security.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MemberRole } from '../src/db/schema.ts';
import { MEMBER_ROLES, systemContext, withTenant, type TenantContext } from '../src/db/tenant.ts';
import { audit } from '../src/audit/audit.ts';
import { CURRENT_BAA } from '../src/features/practice/baa.ts';

export interface SeededPractice {
  practiceId: string;
  users: Record<MemberRole, string>;
  /** A service operator (not a member) holding an account-metadata break-glass grant. */
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
      .insertInto('break_glass_grants')
      .values({ id: crypto.randomUUID(), practice_id: practiceId, operator_id: operatorId, reason: 'Seeded grant for the cross-tenant harness test', scope: 'account_metadata', expires_at: new Date(Date.now() + 3600_000), revoked_at: null })
      .execute();
  });
  const owner: TenantContext = { practiceId, userId: users.owner, roles: ['owner', 'practitioner'] };
  await withTenant(db, owner, (trx) =>
    trx.insertInto('baa_acceptances').values({ practice_id: practiceId, version: CURRENT_BAA.version, text_sha256: CURRENT_BAA.sha256, accepted_by: users.owner, ip: '127.0.0.1' }).execute(),
  );
  const practitioner: TenantContext = { practiceId, userId: users.practitioner, roles: ['practitioner'] };
  await withTenant(db, practitioner, (trx) =>
    trx.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: practiceId, grantor_id: users.practitioner, grantee_id: users.supervisor, revoked_at: null }).execute(),
  );
  return {
    practiceId,
    users,
    operatorId,
    ctx: (role) => ({ practiceId, userId: users[role], roles: [role] }),
  };
}
