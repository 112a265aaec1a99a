// Test data with obviously synthetic identities. Practices are created through withTenant, the
// same door the application uses, so the factories themselves obey row-level security.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MemberRole } from '../src/db/schema.ts';
import { MEMBER_ROLES, withTenant, type TenantContext } from '../src/db/tenant.ts';
import { audit } from '../src/audit/audit.ts';

export interface SeededPractice {
  practiceId: string;
  users: Record<MemberRole, string>;
  ctx(role: MemberRole): TenantContext;
}

let counter = 0;

export async function seedPractice(db: Kysely<Database>, label = 'Test'): Promise<SeededPractice> {
  const practiceId = crypto.randomUUID();
  const n = ++counter;
  const users = Object.fromEntries(MEMBER_ROLES.map((r) => [r, crypto.randomUUID()])) as Record<MemberRole, string>;
  for (const role of MEMBER_ROLES) {
    const ctx: TenantContext = { practiceId, userId: users[role], role: role === 'owner' ? 'owner' : role };
    await withTenant(db, ctx, async (trx) => {
      if (role === 'owner') await trx.insertInto('practices').values({ id: practiceId, name: `${label} Practice ${n}` }).execute();
      await trx
        .insertInto('users')
        .values({ id: users[role], email: `${role}.${n}.${practiceId.slice(0, 8)}@example.test`, name: `Test ${role} ${n}` })
        .execute();
      await trx.insertInto('memberships').values({ practice_id: practiceId, user_id: users[role], role }).execute();
      await audit(trx, ctx, { action: 'membership.create', resourceType: 'membership', resourceId: users[role] });
    });
  }
  return {
    practiceId,
    users,
    ctx: (role) => ({ practiceId, userId: users[role], role }),
  };
}
