-- Transcription in recording mode (issue 20, R30): which engine a practice uses, and the
-- subprocessor registry entry behind it (R12, R27).
--
-- 1. The registry's 'transcription' category names its integration, as 'ai' entries do:
--    'deepgram' (a cloud vendor), 'openai-compatible' (a hosted OpenAI-compatible transcription
--    API: a vendor) or 'onprem' (a self-hosted OpenAI-compatible server such as a Whisper server
--    on the practice's own network: on premises, no BAA). Transcription entries made before this
--    migration keep no provider; the gate refuses them until one is chosen.
ALTER TABLE subprocessors DROP CONSTRAINT subprocessors_provider_check;
-- 0006's unnamed CHECK ((category = 'ai') = (provider IS NOT NULL)), found by what it says.
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = 'public.subprocessors'::regclass AND contype = 'c'
              AND pg_get_constraintdef(oid) LIKE '%category%' AND pg_get_constraintdef(oid) LIKE '%provider IS NOT NULL%'
  LOOP
    EXECUTE format('ALTER TABLE subprocessors DROP CONSTRAINT %I', c);
  END LOOP;
END $$;
ALTER TABLE subprocessors ADD CONSTRAINT subprocessors_provider_check CHECK (
  CASE category
    WHEN 'ai' THEN provider IS NOT NULL AND provider IN ('anthropic', 'openai', 'onprem')
    WHEN 'transcription' THEN provider IS NULL OR provider IN ('deepgram', 'openai-compatible', 'onprem')
    ELSE provider IS NULL
  END
);

-- 2. The practice's engine. 'pocketsphinx' runs on this server (nothing leaves it) and needs no
--    registry entry; the others name theirs. The registry route refuses to remove the entry in
--    use (vendor_in_use); should a row go another way, the engine is left without a vendor, which
--    the gate refuses ('vendor_missing').
ALTER TABLE practice_settings
  ADD COLUMN transcription_provider text NOT NULL DEFAULT 'pocketsphinx'
    CHECK (transcription_provider IN ('pocketsphinx', 'deepgram', 'openai-compatible')),
  ADD COLUMN transcription_vendor_id uuid REFERENCES subprocessors (id) ON DELETE SET NULL;
