-- AI documentation (issue 7; R03, R27, R42): the input and output of each AI draft, so the draft
-- in progress is never lost — the input is saved (sealed) before any provider is called, and a
-- failed call leaves it here to retry. Both columns are bytea sealed by the application (R13).
--
-- A draft is its author's work in progress: only the practitioner who wrote it reads or changes
-- it (no grantee, no operator), like a process note. Deleting the client or the session deletes
-- its drafts (R32, R33).
CREATE TABLE ai_drafts (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  plan_id uuid REFERENCES treatment_plans (id) ON DELETE SET NULL,
  format text NOT NULL CHECK (format IN ('soap', 'dap', 'birp', 'girp', 'pie', 'free')),
  source_kind text NOT NULL CHECK (source_kind IN ('bullets', 'free_text', 'transcript')),
  provider text NOT NULL CHECK (provider IN ('local', 'anthropic', 'openai')),
  model text NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  input_sealed bytea NOT NULL,
  output_sealed bytea,
  -- A short machine code ('provider_timeout', 'provider_unavailable'), never provider text.
  error_code text CHECK (error_code ~ '^[a-z_]{1,64}$'),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (output_sealed IS NOT NULL)),
  CHECK ((status = 'failed') = (error_code IS NOT NULL))
);
CREATE INDEX ai_drafts_client_idx ON ai_drafts (client_id, created_at);
CREATE INDEX ai_drafts_session_idx ON ai_drafts (session_id);

ALTER TABLE ai_drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE ai_drafts FORCE ROW LEVEL SECURITY;
CREATE POLICY ai_drafts_read ON ai_drafts FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND (SELECT app.has_role('practitioner')));
CREATE POLICY ai_drafts_insert ON ai_drafts FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
              AND (SELECT app.has_role('practitioner')));
CREATE POLICY ai_drafts_update ON ai_drafts FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND (SELECT app.has_role('practitioner')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id()));
CREATE POLICY ai_drafts_delete ON ai_drafts FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND (SELECT app.has_role('practitioner')));

GRANT SELECT, INSERT, UPDATE, DELETE ON ai_drafts TO tacet_app;
