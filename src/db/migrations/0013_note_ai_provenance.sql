-- Faithful drafts (issue 15; R03, R27, R42).
--
-- 1. A note remembers what came from an AI draft. A draft is working material, deleted when the
--    session's note is signed or after AI_DRAFT_RETENTION_DAYS (0012), so the note keeps its own
--    copy: when the clinician uses a draft, the draft's sentences with their verification labels
--    (SUPPORTED / CONTRADICTED / UNSUPPORTED), reasons and risk polarity are sealed into
--    notes.ai_sealed — under the AUTHOR's key, like names_sealed, because the sentences carry the
--    names the draft restored (R19). ai_draft_id records which draft was used last; it is a plain
--    id, not a foreign key: the draft going away must not touch the note (a signed note never
--    changes), and the id keeps meaning on the audit trail after the draft is gone.
--    The server refuses to sign while a contradicted risk sentence is still in the note unedited
--    and unconfirmed; the clinician's confirmation is sealed here too, and audited as a category.
ALTER TABLE notes
  ADD COLUMN ai_draft_id uuid,
  ADD COLUMN ai_sealed bytea,
  ADD CHECK (ai_sealed IS NULL OR ai_draft_id IS NOT NULL);

-- A signed note's AI record is part of what was signed (the content hash covers its digest).
CREATE OR REPLACE FUNCTION app.notes_guard_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.status = 'signed' THEN
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

-- 2. Self-hosted models (on-premises): an OpenAI-compatible server (llama.cpp, Ollama, vLLM) on
--    the practice's own network, configured by the operator (AI_ONPREM_BASE_URL), never by a URL
--    typed in the application. In the registry it is an AI entry of provider 'onprem': the data
--    stays with the covered entity, so no BAA is asked for; the practice still turns it on.
ALTER TABLE subprocessors DROP CONSTRAINT subprocessors_provider_check;
ALTER TABLE subprocessors ADD CONSTRAINT subprocessors_provider_check CHECK (provider IN ('anthropic', 'openai', 'onprem'));
ALTER TABLE practice_settings DROP CONSTRAINT practice_settings_ai_provider_check;
ALTER TABLE practice_settings ADD CONSTRAINT practice_settings_ai_provider_check CHECK (ai_provider IN ('local', 'anthropic', 'openai', 'onprem'));
ALTER TABLE ai_drafts DROP CONSTRAINT ai_drafts_provider_check;
ALTER TABLE ai_drafts ADD CONSTRAINT ai_drafts_provider_check CHECK (provider IN ('local', 'anthropic', 'openai', 'onprem'));
