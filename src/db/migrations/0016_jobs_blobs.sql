-- Durable jobs and sealed blobs (issue 17): the foundations that export, deletion, retention,
-- import and recording share.
--
-- A job is a row. Any app server's runner claims it with FOR UPDATE SKIP LOCKED, holds a lease it
-- renews while it works, and records a checkpoint (JSON, ids and counters only) the handler can
-- resume from when a runner dies and its lease runs out. Rows carry ids, kinds and counters,
-- never PHI: the error column is an error id and a type, not a message.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  -- The practice the job works for; deployment-wide jobs (the retention sweep) use the system
  -- practice id 00000000-…, which is no row of practices, hence no foreign key. Whoever deletes
  -- a practice deletes its jobs (by practice_id) in the same transaction.
  practice_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{1,63}$'),
  -- Who asked for it (null for system jobs); the handler decides what that person may still do.
  created_by uuid REFERENCES users (id),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  checkpoint jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress_done bigint NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
  progress_total bigint CHECK (progress_total >= 0),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
  run_at timestamptz NOT NULL,
  lease_owner text,
  lease_expires_at timestamptz,
  -- A recurring job repeats every interval_seconds after it finishes (same row, fresh state).
  interval_seconds integer CHECK (interval_seconds > 0),
  -- At most one live job per key (e.g. 'recurring:retention.sweep', 'export:<user id>').
  singleton_key text,
  last_error_id uuid,
  last_error_code text CHECK (length(last_error_code) <= 64),
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL
);
-- The claim query walks this index: due queued jobs, then running jobs whose lease ran out.
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'queued';
CREATE INDEX jobs_lease_idx ON jobs (lease_expires_at) WHERE status = 'running';
CREATE UNIQUE INDEX jobs_singleton_idx ON jobs (singleton_key) WHERE singleton_key IS NOT NULL AND status IN ('queued', 'running');
CREATE INDEX jobs_practice_idx ON jobs (practice_id, created_at);

ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
-- A member sees and starts the jobs they asked for in their practice; system work of the
-- practice (a runner acting for it) sees all of that practice's jobs.
CREATE POLICY jobs_member ON jobs FOR ALL
  USING (practice_id = (SELECT app.current_practice_id())
         AND (created_by = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND (created_by = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))));
-- The runner claims across practices, in the system context of the system chain (as the
-- retention sweep lists practices, 0008). Job rows hold ids and counters only.
CREATE POLICY jobs_runner ON jobs FOR ALL
  USING ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000')
  WITH CHECK ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000');
GRANT SELECT, INSERT, UPDATE, DELETE ON jobs TO tacet_app;

-- Large payloads (export archives now; recordings and imports later) live in a blob store: files
-- in the data directory, or S3. The relational row only points at the object and says what it
-- must be: its size and the SHA-256 of the sealed bytes, which key scope sealed it, and when it
-- goes. 'writing' rows exist while an object is being written, so a writer that dies leaves a
-- row the cleanup job finds (and deletes with its object) instead of an object nobody knows.
CREATE TABLE blobs (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid REFERENCES users (id),
  purpose text NOT NULL CHECK (purpose IN ('export', 'recording', 'import', 'other')),
  storage_key text NOT NULL UNIQUE CHECK (length(storage_key) <= 300),
  status text NOT NULL DEFAULT 'writing' CHECK (status IN ('writing', 'ready')),
  key_scope text NOT NULL CHECK (key_scope IN ('practice', 'user')),
  key_scope_id uuid NOT NULL,
  size_bytes bigint CHECK (size_bytes >= 0),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (status = 'writing' OR (size_bytes IS NOT NULL AND sha256 IS NOT NULL))
);
CREATE INDEX blobs_expiry_idx ON blobs (expires_at);

ALTER TABLE blobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE blobs FORCE ROW LEVEL SECURITY;
-- The owner of a blob (e.g. the person who asked for an export) and system work of the practice.
CREATE POLICY blobs_member ON blobs FOR ALL
  USING (practice_id = (SELECT app.current_practice_id())
         AND (owner_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND (owner_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))));
-- The expiry sweep finds due blobs of every practice from the system chain.
CREATE POLICY blobs_system_sweep ON blobs FOR ALL
  USING ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000')
  WITH CHECK ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000');
GRANT SELECT, INSERT, UPDATE, DELETE ON blobs TO tacet_app;
