// Kysely table types. Each feature adds its tables here next to its migration.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PracticesTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  created_at: Timestamp;
  disabled_at: Date | null;
}

export type MemberRole = 'owner' | 'practitioner' | 'supervisor' | 'helpdesk' | 'client';

export interface MembershipsTable {
  practice_id: string;
  user_id: string;
  role: MemberRole;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  practice_id: string;
  seq: Generated<number>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  metadata: string | null;
  prev_hash: Generated<Buffer>;
  hash: Generated<Buffer>;
}

export interface AuditHeadsTable {
  practice_id: string;
  seq: number;
  hash: Buffer;
}

export interface Database {
  practices: PracticesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
}
