-- Practice privacy settings (R37 redaction toggles, R42 AI switch) and the subprocessor registry
-- (R12, R27): a feature that sends data to a vendor cannot be on while that vendor's BAA is not
-- signed.

CREATE TABLE subprocessors (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  category text NOT NULL CHECK (category IN ('database_host', 'email', 'ai', 'transcription', 'analytics', 'storage', 'other')),
  -- For AI vendors: which provider integration this registry entry stands for.
  provider text CHECK (provider IN ('anthropic', 'openai')),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
  data_categories text[] NOT NULL DEFAULT '{}',
  baa_status text NOT NULL CHECK (baa_status IN ('signed', 'pending', 'none')),
  baa_signed_on date,
  zero_retention boolean NOT NULL DEFAULT false,
  no_training boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((baa_status = 'signed') = (baa_signed_on IS NOT NULL)),
  CHECK ((category = 'ai') = (provider IS NOT NULL))
);
CREATE INDEX subprocessors_practice_idx ON subprocessors (practice_id);

CREATE TABLE practice_settings (
  practice_id uuid PRIMARY KEY REFERENCES practices (id) ON DELETE CASCADE,
  ai_enabled boolean NOT NULL DEFAULT false,
  -- 'local' needs no vendor: nothing leaves the server.
  ai_provider text NOT NULL DEFAULT 'local' CHECK (ai_provider IN ('local', 'anthropic', 'openai')),
  ai_vendor_id uuid REFERENCES subprocessors (id),
  redact_transcripts boolean NOT NULL DEFAULT true,
  active_topics text[] NOT NULL DEFAULT '{}' CHECK (active_topics <@ ARRAY['immigration', 'sexual', 'abuse']),
  custom_topics jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  CHECK (ai_provider = 'local' OR ai_vendor_id IS NOT NULL OR NOT ai_enabled)
);

ALTER TABLE subprocessors ENABLE ROW LEVEL SECURITY;
ALTER TABLE subprocessors FORCE ROW LEVEL SECURITY;
CREATE POLICY subprocessors_read ON subprocessors FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND (SELECT app.has_role('owner', 'practitioner', 'supervisor', 'helpdesk', 'system')));
CREATE POLICY subprocessors_write ON subprocessors FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')));
CREATE POLICY subprocessors_update ON subprocessors FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));
CREATE POLICY subprocessors_delete ON subprocessors FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')));

ALTER TABLE practice_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON practice_settings FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND (SELECT app.has_role('owner', 'practitioner', 'supervisor', 'helpdesk', 'system')));
CREATE POLICY settings_write ON practice_settings FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));
CREATE POLICY settings_update ON practice_settings FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));

GRANT SELECT, INSERT, UPDATE, DELETE ON subprocessors TO tacet_app;
GRANT SELECT, INSERT, UPDATE ON practice_settings TO tacet_app;
