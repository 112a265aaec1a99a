-- Crash safety for AI drafts (issue 21). A draft's input is committed before the provider is
-- called and its result after (src/features/ai/gateway.ts); a process killed between the two
-- leaves the draft 'pending' with no one left to finish it. The recovery job
-- (src/features/ai/recover.ts) runs in each practice's system context and marks such a draft
-- 'failed' with error_code 'interrupted' once no live call could still be running, so the
-- clinician sees a failed draft to retry instead of one pending for ever. It may change only
-- pending drafts, and only into the failed state.
CREATE POLICY ai_drafts_system_recover ON ai_drafts FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')) AND status = 'pending')
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND status = 'failed' AND error_code = 'interrupted');
