// Kysely table types. Each feature adds its tables here next to its migration.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PracticesTable {
  id: string;
  name: string;
  created_at: Timestamp;
  plan: ColumnType<'trial' | 'solo' | 'group', 'trial' | 'solo' | 'group' | undefined>;
  trial_ends_at: Date | null;
  billing_contact_email: string | null;
  payment_customer_token: string | null;
  require_2fa: ColumnType<boolean, boolean | undefined>;
  /** Cancellation and purge (migration 0020, features/cancellation). */
  lifecycle: ColumnType<PracticeLifecycle, PracticeLifecycle | undefined>;
  cancelled_at: ColumnType<Date | null, Date | null | undefined>;
  cancelled_by: ColumnType<string | null, string | null | undefined>;
  purge_after: ColumnType<Date | null, Date | null | undefined>;
  purge_reason: ColumnType<'cancelled' | 'trial_ended' | null, 'cancelled' | 'trial_ended' | null | undefined>;
  purged_at: ColumnType<Date | null, Date | null | undefined>;
  /** Rows deleted by the purge, by table. */
  purge_counts: ColumnType<Record<string, number>, string | undefined, string>;
}

export type PracticeLifecycle = 'active' | 'cancelled' | 'purging' | 'purged';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  created_at: Timestamp;
  disabled_at: ColumnType<Date | null, Date | null | undefined>;
  license_type: ColumnType<string | null, string | null | undefined>;
  license_number: ColumnType<string | null, string | null | undefined>;
  license_state: ColumnType<string | null, string | null | undefined>;
  license_expires_on: ColumnType<string | null, string | null | undefined>;
  session_timeout_minutes: ColumnType<number, number | undefined>;
  is_operator: ColumnType<boolean, boolean | undefined>;
  mfa_failed_count: ColumnType<number, number | undefined>;
  mfa_locked_until: ColumnType<Date | null, Date | null | undefined>;
  /** Issue 18: the account closed when its holder left their last practice (migration 0021). */
  departed_at: ColumnType<Date | null, Date | null | undefined>;
}

export type MemberRole = 'owner' | 'practitioner' | 'supervisor' | 'helpdesk' | 'client';

export interface MembershipsTable {
  practice_id: string;
  user_id: string;
  role: MemberRole;
  created_at: Timestamp;
  disabled_at: ColumnType<Date | null, Date | null | undefined>;
  /** Issue 18: the member left this practice (always with disabled_at; migration 0021). */
  departed_at: ColumnType<Date | null, Date | null | undefined>;
}

export interface BaaAcceptancesTable {
  practice_id: string;
  version: string;
  text_sha256: string;
  accepted_by: string;
  accepted_at: Timestamp;
  ip: string | null;
}

export interface MagicLinksTable {
  token_hash: Buffer;
  purpose: 'signin' | 'signup' | 'invite' | 'email_change';
  email: string;
  user_id: string | null;
  invitation_id: string | null;
  signup_name: string | null;
  signup_practice: string | null;
  practice_id: ColumnType<string | null, string | null | undefined>;
  created_at: Timestamp;
  expires_at: Date;
  consumed_at: Date | null;
  /** 0014: the same-origin path the person asked for before signing in, if any. */
  next_path: ColumnType<string | null, string | null | undefined>;
}

export interface SessionsTable {
  id: string;
  token_hash: Buffer;
  user_id: string | null;
  practice_id: string | null;
  stage: 'anonymous' | 'partial' | 'full';
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  absolute_expires_at: Date;
  mfa_at: Date | null;
  step_up_at: Date | null;
  webauthn_challenge: ColumnType<string | null, string | null | undefined>;
  webauthn_challenge_expires_at: ColumnType<Date | null, Date | null | undefined>;
  revoked_at: ColumnType<Date | null, Date | null | undefined>;
  ip: string | null;
  user_agent: string | null;
}

export interface MfaTotpTable {
  user_id: string;
  secret_sealed: Buffer;
  confirmed_at: Date | null;
  last_used_step: ColumnType<number, number | undefined>;
  created_at: Timestamp;
  /** 0005: a replacement secret awaiting its first code. */
  pending_secret_sealed: ColumnType<Buffer | null, Buffer | null | undefined>;
  pending_created_at: ColumnType<Date | null, Date | null | undefined>;
}

export interface MfaRecoveryCodesTable {
  user_id: string;
  code_hash: Buffer;
  used_at: Date | null;
  created_at: Timestamp;
}

export interface WebauthnCredentialsTable {
  id: string;
  user_id: string;
  public_key: Buffer;
  counter: ColumnType<number, number | undefined>;
  transports: string | null;
  label: string | null;
  created_at: Timestamp;
  last_used_at: Date | null;
}

export interface InvitationsTable {
  id: string;
  practice_id: string;
  email: string;
  role: MemberRole;
  invited_by: string;
  created_at: Timestamp;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

export interface PractitionerGrantsTable {
  id: string;
  practice_id: string;
  grantor_id: string;
  grantee_id: string;
  created_at: Timestamp;
  revoked_at: Date | null;
}

/** Issue 18: a departed member's client, open (to_user_id null) until an owner transfers it. */
export interface CareTransfersTable {
  id: string;
  practice_id: string;
  client_id: string;
  from_user_id: string;
  to_user_id: string | null;
  opened_at: ColumnType<Date, Date | undefined, never>;
  transferred_at: Date | null;
  transferred_by: string | null;
}

export interface BreakGlassGrantsTable {
  id: string;
  practice_id: string;
  operator_id: string;
  reason: string;
  scope: 'account_metadata' | 'clinical_metadata' | 'clinical_content';
  created_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface AuditEventsTable {
  practice_id: string;
  lane: Generated<number>;
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
  lane: number;
  seq: number;
  hash: Buffer;
  /** The hash before the last move (migration 0010); null until the lane has moved once since. */
  prev_hash: Buffer | null;
}

// Clinical record (issue 5, migration 0003). Free text lives only in *_sealed columns (R13).
type Created = ColumnType<Date, Date | string | undefined, never>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ClientsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  label: string;
  label_kind: 'initials' | 'pseudonym';
  /** 0015: allocated by the database (app.next_client_number()); never changes. */
  client_number: ColumnType<number, never, never>;
  birth_year: number | null;
  pronouns: string | null;
  status: ColumnType<'active' | 'inactive' | 'discharged', 'active' | 'inactive' | 'discharged' | undefined>;
  contact_notes_sealed: Buffer | null;
  known_people_sealed: Buffer | null;
  ai_disabled: ColumnType<boolean, boolean | undefined>;
  transcript_deletion: ColumnType<'never' | 'on_sign' | 'after_days', 'never' | 'on_sign' | 'after_days' | undefined>;
  transcript_deletion_days: number | null;
  safety_flag: ColumnType<boolean, boolean | undefined>;
  safety_flag_at: Date | null;
  created_at: Created;
  updated_at: Updated;
}

export interface TherapySessionsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  duration_minutes: number;
  service_code: string;
  modality: 'in_person' | 'video' | 'phone';
  place_of_service: string;
  attendance: 'scheduled' | 'attended' | 'late_cancel' | 'no_show';
  created_at: Created;
  updated_at: Updated;
}

export interface NotesTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  session_id: string | null;
  /** 0015: the date of service of a note without a session. */
  service_date: ColumnType<Date | string | null, string | null | undefined, string | null>;
  kind: 'progress' | 'process';
  format: 'soap' | 'dap' | 'birp' | 'girp' | 'pie' | 'free';
  sections_sealed: Buffer;
  names_sealed: Buffer | null;
  status: ColumnType<'draft' | 'signed', 'draft' | 'signed' | undefined>;
  signed_at: Date | null;
  signed_by: string | null;
  signed_ip: string | null;
  content_sha256: string | null;
  cosigner_id: string | null;
  cosigned_at: Date | null;
  cosigned_ip: string | null;
  /** 0013: the AI draft last used in this note (a plain id: the draft may since be deleted). */
  ai_draft_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** 0013: the AI sentences with their labels, sealed under the author's key (notes/ai-record.ts). */
  ai_sealed: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  created_at: Created;
  updated_at: Updated;
}

export interface NoteAddendaTable {
  id: string;
  practice_id: string;
  owner_id: string;
  note_id: string;
  body_sealed: Buffer;
  signed_at: Created;
  signed_ip: string | null;
  content_sha256: string;
}

export interface TreatmentPlansTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  current_version: number;
  created_at: Created;
  updated_at: Updated;
}

export interface PlanVersionsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  plan_id: string;
  version: number;
  status: 'draft' | 'active' | 'completed' | 'discontinued';
  diagnosis_codes: string[];
  goal_ids: string[];
  review_date: ColumnType<Date | string, string, string>;
  body_sealed: Buffer;
  created_at: Created;
}

export type GoalProgress = 'regressed' | 'no_change' | 'some_progress' | 'significant_progress' | 'achieved';

export interface NoteGoalProgressTable {
  id: string;
  practice_id: string;
  owner_id: string;
  note_id: string;
  plan_id: string;
  goal_id: string;
  progress: GoalProgress;
  comment_sealed: Buffer | null;
  created_at: Created;
}

export interface AssessmentsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  session_id: string | null;
  instrument: 'phq9' | 'gad7' | 'pcl5';
  items: number[];
  total: number;
  severity: string;
  administered_at: ColumnType<Date, Date | string, Date | string>;
  created_at: Created;
}

export interface SubprocessorsTable {
  id: string;
  practice_id: string;
  name: string;
  category: 'database_host' | 'email' | 'ai' | 'transcription' | 'analytics' | 'storage' | 'other';
  /** 'ai': anthropic, openai, onprem. 'transcription' (migration 0026): deepgram, openai-compatible, onprem. */
  provider: 'anthropic' | 'openai' | 'onprem' | 'deepgram' | 'openai-compatible' | null;
  purpose: string;
  data_categories: string[];
  baa_status: 'signed' | 'pending' | 'none';
  baa_signed_on: ColumnType<Date | string | null, string | null, string | null>;
  zero_retention: boolean;
  no_training: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PracticeSettingsTable {
  practice_id: string;
  ai_enabled: ColumnType<boolean, boolean | undefined>;
  ai_provider: ColumnType<'local' | 'anthropic' | 'openai' | 'onprem', 'local' | 'anthropic' | 'openai' | 'onprem' | undefined>;
  ai_vendor_id: ColumnType<string | null, string | null | undefined>;
  redact_transcripts: ColumnType<boolean, boolean | undefined>;
  active_topics: ColumnType<string[], string[] | undefined>;
  custom_topics: ColumnType<CustomTopicSetting[], string | undefined, string>;
  /** Recording mode's engine (migration 0026); read and written only by src/features/transcription. */
  transcription_provider: ColumnType<'pocketsphinx' | 'deepgram' | 'openai-compatible', 'pocketsphinx' | 'deepgram' | 'openai-compatible' | undefined>;
  transcription_vendor_id: ColumnType<string | null, string | null | undefined>;
  updated_at: Timestamp;
  updated_by: ColumnType<string | null, string | null | undefined>;
}

export interface CustomTopicSetting {
  name: string;
  phrases: string[];
  patterns: string[];
}

export interface AiDraftsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  session_id: string | null;
  plan_id: string | null;
  format: 'soap' | 'dap' | 'birp' | 'girp' | 'pie' | 'free';
  source_kind: 'bullets' | 'free_text' | 'transcript';
  provider: 'local' | 'anthropic' | 'openai' | 'onprem';
  model: string;
  status: ColumnType<'pending' | 'done' | 'failed', 'pending' | 'done' | 'failed' | undefined>;
  input_sealed: Buffer;
  output_sealed: Buffer | null;
  error_code: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: Created;
  updated_at: Updated;
  /** R31: when the retention sweeper deletes the draft (null: made before 0012, swept by age). */
  delete_after: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** R31: deleted when the session's note is signed (a transcript's draft, client rule 'on_sign'). */
  delete_on_sign: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface TranscriptsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  session_id: string;
  text_sealed: Buffer;
  redacted: boolean;
  redaction_counts: ColumnType<Record<string, number>, string, string>;
  bytes: number;
  delete_on_sign: boolean;
  delete_after: Date | null;
  created_at: Timestamp;
}

// Jobs and blobs (issue 17, migration 0016): ids, kinds and counters only, never PHI.
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobsTable {
  id: string;
  practice_id: string;
  kind: string;
  created_by: string | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  checkpoint: ColumnType<unknown, string | null | undefined, string | null>;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  progress_done: ColumnType<number, number | undefined, number>;
  progress_total: ColumnType<number | null, number | null | undefined, number | null>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  run_at: ColumnType<Date, Date, Date>;
  lease_owner: ColumnType<string | null, string | null | undefined, string | null>;
  lease_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  interval_seconds: ColumnType<number | null, number | null | undefined, number | null>;
  singleton_key: ColumnType<string | null, string | null | undefined, string | null>;
  last_error_id: ColumnType<string | null, string | null | undefined, string | null>;
  last_error_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, Date, never>;
  started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_at: ColumnType<Date, Date, Date>;
}

export interface BlobsTable {
  id: string;
  practice_id: string;
  owner_id: string | null;
  purpose: 'export' | 'recording' | 'import' | 'other';
  storage_key: string;
  status: ColumnType<'writing' | 'ready', 'writing' | 'ready' | undefined, 'writing' | 'ready'>;
  key_scope: 'practice' | 'user' | 'client';
  key_scope_id: string;
  size_bytes: ColumnType<number | null, number | null | undefined, number | null>;
  sha256: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface ExportsTable {
  id: string;
  practice_id: string;
  requested_by: string;
  scope: 'mine' | 'client' | 'practice';
  client_id: string | null;
  include_process_notes: ColumnType<boolean, boolean | undefined, boolean>;
  job_id: string;
  blob_id: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<'running' | 'ready' | 'downloaded' | 'expired' | 'failed', 'running' | undefined, 'running' | 'ready' | 'downloaded' | 'expired' | 'failed'>;
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  created_at: ColumnType<Date, Date, never>;
  ready_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  downloaded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

// CSV import staging (migration 0022, R14).
export interface ImportsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  kind: 'clients' | 'sessions' | 'measures';
  row_count: number;
  staged_count: number;
  error_count: number;
  client_count: number;
  errors: ColumnType<Array<{ line: number; column: number | null; field: string | null; reason: string }>, string, never>;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
}

export interface ImportChunksTable {
  id: string;
  import_id: string;
  practice_id: string;
  owner_id: string;
  seq: number;
  row_count: number;
  payload_sealed: Buffer;
}

// Retention (0024).
export interface RetentionSettingsTable {
  practice_id: string;
  clinical_years: Generated<number>;
  majority_age: Generated<number>;
  audit_years: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export type LegalHoldReason = 'litigation' | 'subpoena' | 'regulatory_inquiry' | 'other';

export interface LegalHoldsTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  reason: LegalHoldReason;
  set_by: string;
  set_at: Date;
}

export interface AuditCheckpointsTable {
  practice_id: string;
  lane: number;
  seq: ColumnType<number, never, never>;
  hash: Buffer;
  last_occurred_at: Date;
  removed: ColumnType<number, never, never>;
  sealed_at: Date;
}

export interface RecordingConsentsTable {
  id: string;
  practice_id: string;
  client_id: string;
  session_id: string | null;
  consented: boolean;
  method: 'verbal' | 'written' | 'electronic' | null;
  recorded_by: string;
  recorded_at: Date;
}

export type RecordingStatus = 'uploading' | 'queued' | 'transcribing' | 'transcribed' | 'failed';
export type RecordingContentType = 'audio/wav' | 'audio/webm' | 'audio/ogg' | 'audio/mpeg' | 'audio/pcm;rate=16000';

export interface RecordingsTable {
  id: string;
  practice_id: string;
  owner_id: string;
  client_id: string;
  session_id: string;
  content_type: RecordingContentType;
  total_bytes: ColumnType<number, number, never>;
  chunk_bytes: ColumnType<number, number, never>;
  status: RecordingStatus;
  audio_blob_id: ColumnType<string | null, string | null | undefined, string | null>;
  job_id: ColumnType<string | null, string | null | undefined, string | null>;
  transcript_id: ColumnType<string | null, string | null | undefined, string | null>;
  error_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  purge_after: Date;
}

export interface RecordingChunksTable {
  recording_id: string;
  practice_id: string;
  idx: number;
  blob_id: string;
  bytes: number;
}

export interface Database {
  recording_consents: RecordingConsentsTable;
  recordings: RecordingsTable;
  recording_chunks: RecordingChunksTable;
  retention_settings: RetentionSettingsTable;
  legal_holds: LegalHoldsTable;
  audit_checkpoints: AuditCheckpointsTable;
  imports: ImportsTable;
  import_chunks: ImportChunksTable;
  exports: ExportsTable;
  jobs: JobsTable;
  blobs: BlobsTable;
  practices: PracticesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  baa_acceptances: BaaAcceptancesTable;
  magic_links: MagicLinksTable;
  sessions: SessionsTable;
  mfa_totp: MfaTotpTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  webauthn_credentials: WebauthnCredentialsTable;
  invitations: InvitationsTable;
  practitioner_grants: PractitionerGrantsTable;
  care_transfers: CareTransfersTable;
  break_glass_grants: BreakGlassGrantsTable;
  subprocessors: SubprocessorsTable;
  practice_settings: PracticeSettingsTable;
  transcripts: TranscriptsTable;
  ai_drafts: AiDraftsTable;
  clients: ClientsTable;
  therapy_sessions: TherapySessionsTable;
  notes: NotesTable;
  note_addenda: NoteAddendaTable;
  treatment_plans: TreatmentPlansTable;
  plan_versions: PlanVersionsTable;
  note_goal_progress: NoteGoalProgressTable;
  assessments: AssessmentsTable;
}
