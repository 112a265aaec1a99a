-- R31 and data minimisation for AI drafts. A draft keeps its input (the clinician's bullets, or a
-- whole session transcript) sealed so that a failed call can be run again; nothing removed it
-- afterwards, so a transcript pasted into a draft outlived the client's transcript rule. Like a
-- transcript, a draft now carries its deletion rule, copied when it is made:
--  1. delete_after: the server's AI_DRAFT_RETENTION_DAYS (default 7; a draft is working material,
--     its result lives in the note), or sooner for a draft made from a transcript when the
--     client's rule is 'after N days'. The retention sweeper deletes what is due (drafts from
--     before this migration: by age).
--  2. delete_on_sign: a draft made from a transcript when the client's rule is 'when the note is
--     signed' goes in the signing transaction, beside the session's transcript.
ALTER TABLE ai_drafts
  ADD COLUMN delete_after timestamptz,
  ADD COLUMN delete_on_sign boolean NOT NULL DEFAULT false;
CREATE INDEX ai_drafts_due_idx ON ai_drafts (delete_after);

-- The sweeper runs in the system context of each practice; like transcripts, it may delete (and,
-- for DELETE … RETURNING, see) that practice's drafts.
CREATE POLICY ai_drafts_system_sweep ON ai_drafts FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')));
CREATE POLICY ai_drafts_system_find ON ai_drafts FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')));

-- The drafts' half of app.transcripts_on_note_signed() (0008): runs with the signer's rights; the
-- signer owns the session, hence its drafts.
CREATE FUNCTION app.ai_drafts_on_note_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE gone uuid;
BEGIN
  IF NEW.status = 'signed' AND OLD.status IS DISTINCT FROM 'signed' AND NEW.session_id IS NOT NULL THEN
    FOR gone IN DELETE FROM public.ai_drafts WHERE session_id = NEW.session_id AND delete_on_sign RETURNING id LOOP
      INSERT INTO public.audit_events (practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, metadata)
      VALUES (NEW.practice_id, (SELECT app.current_user_id()), pg_catalog.array_to_string(app.current_roles(), '+'),
              'ai_draft.delete', 'ai_draft', gone::text, 'success', '{"reason":"note_signed"}');
    END LOOP;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_delete_ai_drafts AFTER UPDATE OF status ON notes
  FOR EACH ROW EXECUTE FUNCTION app.ai_drafts_on_note_signed();
