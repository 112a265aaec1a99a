-- Exports (issue 17, R09, R11, R43): who asked for which scope, the job that builds the archive
-- and the blob that holds it. Ids, scopes and counts only; the archive itself is a sealed blob
-- (0016) under the requester's own key, deleted after its download or when it expires.
CREATE TABLE exports (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  requested_by uuid NOT NULL REFERENCES users (id),
  scope text NOT NULL CHECK (scope IN ('mine', 'client', 'practice')),
  client_id uuid REFERENCES clients (id) ON DELETE CASCADE,
  include_process_notes boolean NOT NULL DEFAULT false,
  job_id uuid NOT NULL,
  -- A plain id: the blob goes (download, expiry) while the export's record stays.
  blob_id uuid,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ready', 'downloaded', 'expired', 'failed')),
  -- Counts of what the archive holds (numbers only).
  counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL,
  ready_at timestamptz,
  downloaded_at timestamptz,
  expires_at timestamptz,
  CHECK ((scope = 'client') = (client_id IS NOT NULL)),
  CHECK (NOT include_process_notes OR scope = 'client')
);
CREATE INDEX exports_requester_idx ON exports (practice_id, requested_by, created_at DESC);

ALTER TABLE exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE exports FORCE ROW LEVEL SECURITY;
-- Only the person who asked sees an export (its status, its download); the job that builds it
-- and the expiry job work as system work of the practice.
CREATE POLICY exports_requester ON exports FOR ALL
  USING (practice_id = (SELECT app.current_practice_id())
         AND (requested_by = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND (requested_by = (SELECT app.current_user_id()) OR (SELECT app.has_role('system'))));
GRANT SELECT, INSERT, UPDATE ON exports TO tacet_app;

-- The practice export (owner) carries the audit chain's verification, heads included: a trail cut
-- at its end shows only against the recorded head. Heads are sequence numbers and hashes, no PHI;
-- as with audit_events, only the owner (and system work) reads them. The chain trigger, which
-- runs as the table owner, is not subject to this tacet_app policy.
GRANT SELECT ON audit_heads TO tacet_app;
CREATE POLICY heads_read_owner ON audit_heads AS RESTRICTIVE FOR SELECT TO tacet_app
  USING ((SELECT app.has_role('owner', 'system')));
