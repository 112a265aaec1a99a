-- Cancelling a practice (issue 18: R10, R34, R45). The owner cancels; a 30-day grace period
-- follows in which nothing of the practice is usable (the request pipeline refuses every route
-- but sign-in, the cancellation status and restore, and the owner's export); then the purge job
-- deletes the practice's rows and destroys its keys. A trial practice that was never converted
-- goes the same way 30 days after its trial ended.
--
-- The lifecycle lives on the practice row itself, because that row stays: audit_events and
-- audit_heads carry the practice id (no foreign key, but the trail must stay verifiable for six
-- years), so after the purge the row is a tombstone — no name, no billing data, lifecycle
-- 'purged', the counts of what was deleted. It also keeps the id from ever being reused.
ALTER TABLE practices
  ADD COLUMN lifecycle text NOT NULL DEFAULT 'active' CHECK (lifecycle IN ('active', 'cancelled', 'purging', 'purged')),
  ADD COLUMN cancelled_at timestamptz,
  -- A plain id, not a foreign key: the user row may itself be purged.
  ADD COLUMN cancelled_by uuid,
  ADD COLUMN purge_after timestamptz,
  ADD COLUMN purge_reason text CHECK (purge_reason IN ('cancelled', 'trial_ended')),
  ADD COLUMN purged_at timestamptz,
  -- Rows deleted so far, by table: written in the same transaction as each deleted batch, so the
  -- receipt is exact even when the purge is killed and resumed.
  ADD COLUMN purge_counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD CONSTRAINT practices_lifecycle_reason CHECK (lifecycle = 'active' OR purge_reason IS NOT NULL),
  ADD CONSTRAINT practices_cancel_has_end CHECK (lifecycle <> 'cancelled' OR purge_after IS NOT NULL);
CREATE INDEX practices_grace_end_idx ON practices (purge_after) WHERE lifecycle = 'cancelled';

-- Only these moves are possible, whatever the application does: a cancellation is restored only
-- before its grace period ends (on the shared clock), a purge only ever moves forward, and once a
-- practice is being purged nobody but system work may change its row.
CREATE FUNCTION app.practices_lifecycle_guard() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.lifecycle IN ('purging', 'purged') AND NOT (SELECT app.has_role('system')) THEN
    RAISE EXCEPTION 'practice is being purged' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.lifecycle IS DISTINCT FROM OLD.lifecycle AND NOT (
       (OLD.lifecycle = 'active' AND NEW.lifecycle = 'cancelled')
    OR (OLD.lifecycle = 'cancelled' AND NEW.lifecycle = 'active' AND app.tacet_now() < OLD.purge_after)
    OR (OLD.lifecycle = 'cancelled' AND NEW.lifecycle = 'purging' AND app.tacet_now() >= OLD.purge_after AND (SELECT app.has_role('system')))
    OR (OLD.lifecycle = 'active' AND NEW.lifecycle = 'purging' AND NEW.purge_reason = 'trial_ended' AND (SELECT app.has_role('system')))
    OR (OLD.lifecycle = 'purging' AND NEW.lifecycle = 'purged')
  ) THEN
    RAISE EXCEPTION 'practice lifecycle cannot move from % to %', OLD.lifecycle, NEW.lifecycle USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER practices_lifecycle_guard BEFORE UPDATE ON practices
  FOR EACH ROW EXECUTE FUNCTION app.practices_lifecycle_guard();

-- The pipeline's question for every request: what state is this practice in? One call outside
-- any tenant transaction, like app.session_lookup (0009): it reads the row in the system
-- context and hands the connection back without any.
CREATE FUNCTION app.practice_lifecycle(p_practice uuid)
RETURNS TABLE (lifecycle text, purge_after timestamptz, now timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  IF coalesce(current_setting('app.roles', true), '') <> '' THEN
    RAISE EXCEPTION 'practice_lifecycle runs outside tenant transactions' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.roles', 'system', true),
          set_config('app.practice_id', p_practice::text, true),
          set_config('app.user_id', '00000000-0000-0000-0000-000000000000', true);
  RETURN QUERY SELECT p.lifecycle, p.purge_after, app.tacet_now() FROM public.practices p WHERE p.id = p_practice;
  PERFORM set_config('app.roles', '', true), set_config('app.practice_id', '', true), set_config('app.user_id', '', true);
END $$;
REVOKE ALL ON FUNCTION app.practice_lifecycle(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.practice_lifecycle(uuid) TO tacet_app;

-- True only in system work of a practice whose purge has begun. Every purge policy below reads
-- it: no request, and no system work of a living practice, can use them.
CREATE FUNCTION app.purging_current() RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT (SELECT app.has_role('system')) AND EXISTS (
    SELECT 1 FROM public.practices p WHERE p.id = (SELECT app.current_practice_id()) AND p.lifecycle = 'purging')
$$;
GRANT EXECUTE ON FUNCTION app.purging_current() TO tacet_app;

-- The purge may read and delete every row of the practice in every table that carries
-- practice_id — the audit trail excepted, which stays (ids only, kept six years by law). Where
-- the runtime role could not delete before, a RESTRICTIVE policy keeps it that way outside a
-- purge, so the grant adds nothing for ordinary requests. A table added by a later migration
-- needs the same two policies: purge.test.ts fails, naming it, until it has them.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_events', 'audit_heads')
  LOOP
    EXECUTE format($p$CREATE POLICY %1$s_purge_read ON %1$I FOR SELECT TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_purge_delete ON %1$I FOR DELETE TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    IF NOT has_table_privilege('tacet_app', format('public.%I', t), 'DELETE') THEN
      EXECUTE format($p$CREATE POLICY %1$s_delete_only_purge ON %1$I AS RESTRICTIVE FOR DELETE TO tacet_app
        USING ((SELECT app.purging_current()))$p$, t);
      EXECUTE format('GRANT DELETE ON %I TO tacet_app', t);
    END IF;
    IF NOT has_table_privilege('tacet_app', format('public.%I', t), 'SELECT') THEN
      EXECUTE format('GRANT SELECT ON %I TO tacet_app', t);
    END IF;
  END LOOP;
END $$;

-- The user rows of former members who belong to no other practice go too (their sessions,
-- second factors and sign-in links cascade). Only while a purge runs, only users with no
-- membership anywhere (system work sees every membership) and never a service operator.
GRANT DELETE ON users TO tacet_app;
CREATE POLICY users_purge_delete ON users FOR DELETE TO tacet_app
  USING ((SELECT app.purging_current()) AND NOT is_operator
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id));
