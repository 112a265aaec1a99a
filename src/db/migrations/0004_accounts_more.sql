-- Invitation links know their practice, so accepting one can open the right tenant context.
ALTER TABLE magic_links ADD COLUMN practice_id uuid REFERENCES practices (id) ON DELETE CASCADE;

-- Owners see the sessions acting in their practice (account metadata: when, from where) — and
-- must, for the UPDATE below to reach them.
CREATE POLICY sessions_owner_read ON sessions FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')));

-- A practice owner may end the sessions that act in their practice (disabling a member ends all
-- of that member's sessions there at once). WITH CHECK keeps the row in the practice and only
-- allows setting revoked_at.
CREATE POLICY sessions_owner_revoke ON sessions FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND revoked_at IS NOT NULL);
