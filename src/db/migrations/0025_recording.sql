-- Recording mode (issue 20; R06, R17, R30, R31, R46). The tables exist in every deployment, so a
-- database moves between a recording and a no-recording deployment unchanged; in a no-recording
-- deployment nothing writes them (the routes and jobs that would are never loaded).
--
--   recording_consents — consent to record, per client (with how it was given) and per session.
--   recordings         — one upload: its state, and the sealed audio blob once assembled.
--   recording_chunks   — the chunks received so far, each already sealed into its own blob.
--
-- Audio is sealed under the client's own key (key scope 'client', below): deleting the client
-- crypto-shreds any copy of it left in a backup of the blob store, as it does the client's rows.

-- 1. Consent. One row per client (session_id null) and one per session; the latest answer wins
--    (an update replaces the row; each answer is in the audit trail with who and when).
CREATE TABLE recording_consents (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  consented boolean NOT NULL,
  -- How the client consented; said once, for the client. A session's consent is a yes or no.
  method text CHECK (method IN ('verbal', 'written', 'electronic')),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  CHECK ((session_id IS NULL) = (method IS NOT NULL))
);
CREATE UNIQUE INDEX recording_consents_client_idx ON recording_consents (client_id) WHERE session_id IS NULL;
CREATE UNIQUE INDEX recording_consents_session_idx ON recording_consents (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX recording_consents_practice_idx ON recording_consents (practice_id);

-- 2. Uploads. purge_after is when whatever audio the recording still holds is deleted by the
--    recurring recording.purge job: 24 hours after the last chunk of an upload (an upload idle that
--    long is abandoned), 30 days after an upload completed (untranscribed audio, R17).
CREATE TABLE recordings (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('audio/wav', 'audio/webm', 'audio/ogg', 'audio/mpeg', 'audio/pcm;rate=16000')),
  total_bytes bigint NOT NULL CHECK (total_bytes > 0 AND total_bytes <= 268435456),
  chunk_bytes integer NOT NULL CHECK (chunk_bytes BETWEEN 65536 AND 16777216),
  status text NOT NULL CHECK (status IN ('uploading', 'queued', 'transcribing', 'transcribed', 'failed')),
  -- The assembled audio, sealed. Set null when the audio is deleted (and by the blob expiry
  -- backstop, which may remove the blob row first).
  audio_blob_id uuid REFERENCES blobs (id) ON DELETE SET NULL,
  job_id uuid,
  -- A plain id, not a foreign key: the transcript has its own life (R31 rules, deletion by hand).
  transcript_id uuid,
  error_code text CHECK (length(error_code) <= 64),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  purge_after timestamptz NOT NULL
);
CREATE INDEX recordings_session_idx ON recordings (session_id);
CREATE INDEX recordings_client_idx ON recordings (client_id);
CREATE INDEX recordings_purge_idx ON recordings (purge_after) WHERE status <> 'transcribed';

CREATE TABLE recording_chunks (
  recording_id uuid NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  idx integer NOT NULL CHECK (idx >= 0 AND idx < 65536),
  -- A chunk whose blob the expiry backstop removed is no chunk any more.
  blob_id uuid NOT NULL REFERENCES blobs (id) ON DELETE CASCADE,
  bytes integer NOT NULL CHECK (bytes > 0),
  PRIMARY KEY (recording_id, idx)
);

-- 3. Row-level security. Consent is the client's practitioner's to record; every member who may
--    read the client's record may see it. Recordings and their chunks are their uploader's alone
--    (and system work of the practice: the transcription and purge jobs): raw audio is not part of
--    the record a supervisor or an owner reads.
ALTER TABLE recording_consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE recording_consents FORCE ROW LEVEL SECURITY;
CREATE POLICY recording_consents_read ON recording_consents FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((SELECT app.has_role('system')) OR EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id)));
CREATE POLICY recording_consents_write ON recording_consents FOR ALL
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('practitioner'))
         AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.owner_id = (SELECT app.current_user_id())))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('practitioner'))
              AND recorded_by = (SELECT app.current_user_id())
              AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.owner_id = (SELECT app.current_user_id())));
GRANT SELECT, INSERT, UPDATE, DELETE ON recording_consents TO tacet_app;

ALTER TABLE recordings ENABLE ROW LEVEL SECURITY;
ALTER TABLE recordings FORCE ROW LEVEL SECURITY;
CREATE POLICY recordings_owner ON recordings FOR ALL
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))) OR (SELECT app.has_role('system'))))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))) OR (SELECT app.has_role('system'))));
-- The purge job finds due recordings of every practice from the system chain (as blobs, 0016).
CREATE POLICY recordings_system_sweep ON recordings FOR SELECT
  USING ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000');
GRANT SELECT, INSERT, UPDATE, DELETE ON recordings TO tacet_app;

ALTER TABLE recording_chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE recording_chunks FORCE ROW LEVEL SECURITY;
CREATE POLICY recording_chunks_owner ON recording_chunks FOR ALL
  USING (practice_id = (SELECT app.current_practice_id())
         AND EXISTS (SELECT 1 FROM recordings r WHERE r.id = recording_id))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND EXISTS (SELECT 1 FROM recordings r WHERE r.id = recording_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON recording_chunks TO tacet_app;

-- 4. Blobs sealed under a client's key (the audio), so that the client's deletion shreds them.
ALTER TABLE blobs DROP CONSTRAINT blobs_key_scope_check;
ALTER TABLE blobs ADD CONSTRAINT blobs_key_scope_check CHECK (key_scope IN ('practice', 'user', 'client'));

-- 5. The practice purge (0020, 0023) reads and deletes every table with practice_id while — and
--    only while — the practice is being purged: the new tables get the same policies.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['recording_consents', 'recordings', 'recording_chunks'] LOOP
    EXECUTE format($p$CREATE POLICY %1$s_purge_read ON %1$I FOR SELECT TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_purge_delete ON %1$I FOR DELETE TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
  END LOOP;
END $$;
