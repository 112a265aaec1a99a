-- CSV import staging (issue 19, R14). The uploaded file itself is never stored: it is parsed in
-- memory, and only what survives validation is kept here, sealed by the application under the
-- practice's data key (names already reduced to initials, R18), for 15 minutes at most. Confirming
-- moves the rows into the clinical tables in one transaction and deletes the staging; cancelling
-- deletes it; the recurring job imports.expire deletes whatever is past its time. Rows hold ids,
-- counts and sealed bytes only; the validation errors are line and column numbers with a reason
-- chosen by the application, never a value from the file.
CREATE TABLE imports (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('clients', 'sessions', 'measures')),
  row_count integer NOT NULL CHECK (row_count >= 0),
  staged_count integer NOT NULL CHECK (staged_count >= 0),
  error_count integer NOT NULL CHECK (error_count >= 0),
  client_count integer NOT NULL CHECK (client_count >= 0),
  -- [{line, column, field, reason}], the first 1000 (error_count has them all).
  errors jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL,
  -- Compared with app.tacet_now() (0014), so a test clock moves it like every other expiry.
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
CREATE INDEX imports_owner_idx ON imports (practice_id, owner_id, created_at DESC);
CREATE INDEX imports_expiry_idx ON imports (expires_at);

-- The staged rows, sealed in chunks (a few hundred rows per chunk: one seal and one row per chunk
-- rather than per CSV line keeps 10,000 rows cheap to stage and to commit).
CREATE TABLE import_chunks (
  id uuid PRIMARY KEY,
  import_id uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  seq integer NOT NULL CHECK (seq >= 0),
  row_count integer NOT NULL CHECK (row_count >= 0),
  payload_sealed bytea NOT NULL,
  UNIQUE (import_id, seq)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['imports', 'import_chunks'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- Only the practitioner who uploaded sees, confirms or cancels an import; system work of the
    -- practice (the expiry job) deletes it. Grantees, owners and operators never see staging.
    EXECUTE format($p$CREATE POLICY %1$s_owner ON %1$I FOR ALL
      USING (practice_id = (SELECT app.current_practice_id())
             AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
                  OR (SELECT app.has_role('system'))))
      WITH CHECK (practice_id = (SELECT app.current_practice_id())
                  AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
                       OR (SELECT app.has_role('system'))))$p$, t);
  END LOOP;
END $$;
-- The expiry job finds due imports of every practice from the system chain (as blobs, 0016); it
-- then deletes each practice's in that practice's own context, with the audit event.
CREATE POLICY imports_system_sweep ON imports FOR SELECT
  USING ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000');
GRANT SELECT, INSERT, DELETE ON imports TO tacet_app;
GRANT SELECT, INSERT, DELETE ON import_chunks TO tacet_app;
