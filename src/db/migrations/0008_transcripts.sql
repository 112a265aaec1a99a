-- Session transcripts (R35, R31, R13). Stored sealed; redacted at save time when the practice's
-- settings say so (R37). Recording and transcription themselves are a later capability: here a
-- transcript arrives as text (pasted or produced elsewhere).
CREATE TABLE transcripts (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid NOT NULL UNIQUE REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  text_sealed bytea NOT NULL,
  redacted boolean NOT NULL,
  -- How many spans of each type were redacted: numbers only, never text.
  redaction_counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  bytes integer NOT NULL CHECK (bytes >= 0),
  -- R31, copied from the client's rule when the transcript is saved: delete when the session's
  -- note is signed, or at this time.
  delete_on_sign boolean NOT NULL DEFAULT false,
  delete_after timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transcripts_due_idx ON transcripts (delete_after) WHERE delete_after IS NOT NULL;

ALTER TABLE transcripts ENABLE ROW LEVEL SECURITY;
ALTER TABLE transcripts FORCE ROW LEVEL SECURITY;
CREATE POLICY transcripts_read ON transcripts FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND (app.can_read_clinical(owner_id) OR (SELECT app.has_role('system'))));
CREATE POLICY transcripts_insert ON transcripts FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
              AND (SELECT app.has_role('practitioner')));
-- Only the owning practitioner deletes by hand; the retention sweeper (system context) deletes
-- what a client's rule says is due.
CREATE POLICY transcripts_delete ON transcripts FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
              OR (SELECT app.has_role('system'))));
GRANT SELECT, INSERT, DELETE ON transcripts TO tacet_app;

-- R31 'right after the note is signed': the signing transaction itself deletes the session's
-- transcript and records it in the audit chain. Runs with the signer's rights; the signer owns
-- the session, hence the transcript.
CREATE FUNCTION app.transcripts_on_note_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE gone uuid;
BEGIN
  IF NEW.status = 'signed' AND OLD.status IS DISTINCT FROM 'signed' AND NEW.session_id IS NOT NULL THEN
    FOR gone IN DELETE FROM public.transcripts WHERE session_id = NEW.session_id AND delete_on_sign RETURNING id LOOP
      INSERT INTO public.audit_events (practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, metadata)
      VALUES (NEW.practice_id, (SELECT app.current_user_id()), pg_catalog.array_to_string(app.current_roles(), '+'),
              'transcript.delete', 'transcript', gone::text, 'success', '{"reason":"note_signed"}');
    END LOOP;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_delete_transcript AFTER UPDATE OF status ON notes
  FOR EACH ROW EXECUTE FUNCTION app.transcripts_on_note_signed();

-- Scheduled jobs (the transcript retention sweeper) run in the system context of the system
-- chain and need the list of practices to visit; practices hold account metadata, not PHI.
CREATE POLICY practice_system_list ON practices FOR SELECT
  USING ((SELECT app.has_role('system')) AND (SELECT app.current_practice_id()) = '00000000-0000-0000-0000-000000000000');
