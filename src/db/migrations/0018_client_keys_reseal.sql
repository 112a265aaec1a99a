-- Client keys (issue 18; R45, R13). Every field that belongs to one client is now sealed under
-- that client's own data key (wrapped by the practice key, in the keyring), so that deleting the
-- client destroys the one key that opens those rows in every copy, backups included. Fields
-- written before this release are still sealed under the practice key; a job
-- (src/features/keys/reseal.ts) opens and seals them again under the client's key. The database
-- holds no key and cannot do this itself; what it can do is let that job, and only that job, write
-- the new ciphertext into rows that are otherwise immutable (signed notes, addenda, plan
-- versions, transcripts) — and hold it to exactly that.
--
-- The job runs as system work of one practice and raises a transaction-local flag,
-- app.reseal = 'on'. Under it:
--   * the *_reseal policies let it read and update that practice's rows of the client-tied tables
--     (system work has no clinical read policy otherwise);
--   * the reseal guard trigger refuses any change but to the sealed columns named for the table,
--     and any change in a sealed value's length: the same plaintext sealed again has the same
--     length (AES-GCM has no padding), so a re-seal cannot slip other content in. The content
--     hash of a signed note is over its plaintext and still verifies afterwards.
-- Without the flag nothing changes: the column grants added here for the job are held back from
-- everyone else by the same trigger (addenda, plan versions and transcripts stay write-once).

CREATE FUNCTION app.resealing() RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(current_setting('app.reseal', true), '') = 'on' AND (SELECT app.has_role('system'))
$$;
GRANT EXECUTE ON FUNCTION app.resealing() TO tacet_app;

-- TG_ARGV[0]: 'immutable' (the sealed columns never change outside a re-seal) or 'mutable'; then
-- the sealed columns.
CREATE FUNCTION app.reseal_guard() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  sealed text[] := TG_ARGV[1:];
  col text;
  o jsonb;
  n jsonb;
BEGIN
  IF NOT app.resealing() THEN
    -- The runtime role may update nothing but the sealed column of these tables (column grant
    -- below), so refusing a change to it keeps them write-once for the application.
    IF TG_ARGV[0] = 'immutable' THEN
      o := to_jsonb(OLD);
      n := to_jsonb(NEW);
      FOREACH col IN ARRAY sealed LOOP
        IF (n -> col) IS DISTINCT FROM (o -> col) THEN
          RAISE EXCEPTION '% rows are written once and never changed', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
      END LOOP;
    END IF;
    RETURN NEW;
  END IF;
  o := to_jsonb(OLD);
  n := to_jsonb(NEW);
  IF (n - sealed) IS DISTINCT FROM (o - sealed) THEN
    RAISE EXCEPTION 're-sealing changes sealed columns only' USING ERRCODE = 'check_violation';
  END IF;
  FOREACH col IN ARRAY sealed LOOP
    -- bytea appears in jsonb as its hex text: equal text lengths are equal byte lengths.
    IF length(n ->> col) IS DISTINCT FROM length(o ->> col) THEN
      RAISE EXCEPTION 're-sealing keeps every sealed value''s length' USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  RETURN NEW;
END $$;

-- A signed note lets a re-seal through; the reseal guard (which runs after it: triggers fire in
-- name order) then holds the re-seal to the sealed column and its length. Otherwise as in 0015.
CREATE OR REPLACE FUNCTION app.notes_guard_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.status = 'signed' AND NOT app.resealing() THEN
    IF NEW.sections_sealed IS DISTINCT FROM OLD.sections_sealed
       OR NEW.names_sealed IS DISTINCT FROM OLD.names_sealed
       OR NEW.ai_sealed IS DISTINCT FROM OLD.ai_sealed
       OR NEW.ai_draft_id IS DISTINCT FROM OLD.ai_draft_id
       OR NEW.status IS DISTINCT FROM OLD.status
       OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
       OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
       OR NEW.signed_ip IS DISTINCT FROM OLD.signed_ip
       OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
       OR NEW.format IS DISTINCT FROM OLD.format
       OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.client_id IS DISTINCT FROM OLD.client_id
       OR NEW.session_id IS DISTINCT FROM OLD.session_id
       OR NEW.service_date IS DISTINCT FROM OLD.service_date
       OR NEW.owner_id IS DISTINCT FROM OLD.owner_id
       OR NEW.practice_id IS DISTINCT FROM OLD.practice_id
       OR NEW.cosigner_id IS DISTINCT FROM OLD.cosigner_id
       OR (OLD.cosigned_at IS NOT NULL AND (NEW.cosigned_at IS DISTINCT FROM OLD.cosigned_at
                                            OR NEW.cosigned_ip IS DISTINCT FROM OLD.cosigned_ip)) THEN
      RAISE EXCEPTION 'a signed note cannot be changed; add an addendum' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER notes_reseal_guard BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('mutable', 'sections_sealed');
CREATE TRIGGER clients_reseal_guard BEFORE UPDATE ON clients FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('mutable', 'contact_notes_sealed', 'known_people_sealed');
CREATE TRIGGER note_goal_progress_reseal_guard BEFORE UPDATE ON note_goal_progress FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('mutable', 'comment_sealed');
CREATE TRIGGER ai_drafts_reseal_guard BEFORE UPDATE ON ai_drafts FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('mutable', 'input_sealed', 'output_sealed');
CREATE TRIGGER note_addenda_reseal_guard BEFORE UPDATE ON note_addenda FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('immutable', 'body_sealed');
CREATE TRIGGER plan_versions_reseal_guard BEFORE UPDATE ON plan_versions FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('immutable', 'body_sealed');
CREATE TRIGGER transcripts_reseal_guard BEFORE UPDATE ON transcripts FOR EACH ROW EXECUTE FUNCTION app.reseal_guard('immutable', 'text_sealed');

-- The write-once tables get an UPDATE grant on their sealed column only (the trigger above keeps
-- it for the re-seal); the others already grant UPDATE.
GRANT UPDATE (body_sealed) ON note_addenda, plan_versions TO tacet_app;
GRANT UPDATE (text_sealed) ON transcripts TO tacet_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['clients', 'notes', 'note_addenda', 'note_goal_progress', 'plan_versions', 'ai_drafts', 'transcripts'] LOOP
    EXECUTE format($p$CREATE POLICY %1$s_reseal_read ON %1$I FOR SELECT
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.resealing()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_reseal ON %1$I FOR UPDATE
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.resealing()))
      WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.resealing()))$p$, t);
  END LOOP;
END $$;
-- Plan versions name their client through their plan: the job reads plan heads too (ids only).
CREATE POLICY treatment_plans_reseal_read ON treatment_plans FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.resealing()));
