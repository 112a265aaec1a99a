-- Retention (issue 19, item 1; R16, R23, R24): a schedule per record class that a practice may
-- lengthen but never shorten, a per-client legal hold, and the removal of audit rows past their
-- six years with the chain kept verifiable from a sealed checkpoint.
--
-- What the database decides itself (src/features/retention holds the rest):
--   1. retention_settings: the practice's periods; CHECKs refuse anything under the legal minimum.
--   2. legal_holds: a held client cannot be deleted by anyone through the runtime role (a
--      RESTRICTIVE policy on clients), whatever the application does.
--   3. app.retention_due(): which clients are due and when, computed in one place for the daily
--      job and for the owner's dry run (ids and dates only: the owner sees no clinical content).
--   4. audit_checkpoints + app.audit_remove_expired(): the one way audit rows are ever removed.

-- 1. The schedule. Minimums are the law's (HIPAA documentation and most state record rules: six
--    years; majority at 18, up to 21 in some states). Longer is always allowed, shorter never.
CREATE TABLE retention_settings (
  practice_id uuid PRIMARY KEY REFERENCES practices (id) ON DELETE CASCADE,
  clinical_years integer NOT NULL DEFAULT 6 CHECK (clinical_years BETWEEN 6 AND 50),
  majority_age integer NOT NULL DEFAULT 18 CHECK (majority_age BETWEEN 18 AND 21),
  audit_years integer NOT NULL DEFAULT 6 CHECK (audit_years BETWEEN 6 AND 50),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE retention_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE retention_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY retention_settings_read ON retention_settings FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND ((SELECT app.has_role('owner', 'system')) OR (SELECT app.in_definer())));
CREATE POLICY retention_settings_insert ON retention_settings FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')));
CREATE POLICY retention_settings_update ON retention_settings FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));
GRANT SELECT, INSERT, UPDATE ON retention_settings TO tacet_app;

-- 2. Legal holds. Set or cleared by the client's practitioner or a practice owner (the policies
--    say so; the route audits both with a reason category). Every member of the practice may see
--    that a hold exists (ids only), so no policy here reads clients back (no policy recursion).
CREATE TABLE legal_holds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  -- The foreign key also serialises a hold with a purge: inserting one takes a key-share lock
  -- on the client row, which the purge holds FOR UPDATE, so one of the two waits for the other.
  client_id uuid NOT NULL UNIQUE REFERENCES clients (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('litigation', 'subpoena', 'regulatory_inquiry', 'other')),
  set_by uuid NOT NULL,
  set_at timestamptz NOT NULL
);
CREATE INDEX legal_holds_practice_idx ON legal_holds (practice_id);
ALTER TABLE legal_holds ENABLE ROW LEVEL SECURITY;
ALTER TABLE legal_holds FORCE ROW LEVEL SECURITY;
CREATE POLICY legal_holds_read ON legal_holds FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()));
-- The client must be of the current practice: the foreign key alone would accept any practice's
-- client id, and an owner cannot read clients through row-level security to check it.
CREATE FUNCTION app.client_in_practice(p_client uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT EXISTS (SELECT 1 FROM public.clients c WHERE c.id = p_client AND c.practice_id = (SELECT app.current_practice_id()))
$$;
REVOKE ALL ON FUNCTION app.client_in_practice(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.client_in_practice(uuid) TO tacet_app;

CREATE POLICY legal_holds_set ON legal_holds FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND set_by = (SELECT app.current_user_id())
              AND app.client_in_practice(client_id)
              AND ((SELECT app.has_role('owner'))
                   OR ((SELECT app.has_role('practitioner')) AND EXISTS (
                         SELECT 1 FROM clients c WHERE c.id = client_id AND c.owner_id = (SELECT app.current_user_id())))));
CREATE POLICY legal_holds_clear ON legal_holds FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((SELECT app.has_role('owner'))
              OR ((SELECT app.has_role('practitioner')) AND EXISTS (
                    SELECT 1 FROM clients c WHERE c.id = client_id AND c.owner_id = (SELECT app.current_user_id())))));
GRANT SELECT, INSERT, DELETE ON legal_holds TO tacet_app;

-- A held client is never deleted through the runtime role: not by retention, not by its
-- practitioner. (A practice purge removes the holds first, as it removes every table's rows:
-- cancelling the whole practice is the owner's decision, made with the holds in view.)
CREATE POLICY clients_not_held ON clients AS RESTRICTIVE FOR DELETE
  USING (NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.client_id = clients.id));

-- 3. When each client's record comes due: the later of
--      (a) the last service date + clinical_years, where the last service date is the latest of the
--          client's creation, any session's start and any note's service date (the later, safer
--          date: a scheduled session that never happened still pushes the date out);
--      (b) for a client with a birth year: the age of majority counted from the END of the birth
--          year (1 January of the next year, UTC), plus the same clinical_years.
--    Runs as the definer so the owner's dry run sees every client's ids and dates without any
--    right to read the records themselves. Owners and system work only.
CREATE FUNCTION app.retention_due(p_horizon interval, p_client uuid, p_limit integer)
RETURNS TABLE (client_id uuid, owner_id uuid, record_class text, last_service_at timestamptz, due_at timestamptz, held boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  v_practice uuid := app.current_practice_id();
  v_years integer;
  v_majority integer;
BEGIN
  IF NOT (SELECT app.has_role('owner', 'system')) THEN
    RAISE EXCEPTION 'retention schedules are for owners and system work' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT s.clinical_years, s.majority_age INTO v_years, v_majority FROM public.retention_settings s WHERE s.practice_id = v_practice;
  v_years := greatest(coalesce(v_years, 6), 6);
  v_majority := greatest(coalesce(v_majority, 18), 18);
  RETURN QUERY
  SELECT d.id, d.owner_id,
         CASE WHEN d.minor_due IS NOT NULL AND d.minor_due > d.adult_due THEN 'clinical_minor' ELSE 'clinical' END,
         d.last_at, greatest(d.adult_due, d.minor_due), d.held
    FROM (
      SELECT c.id, c.owner_id, l.last_at,
             l.last_at + make_interval(years => v_years) AS adult_due,
             CASE WHEN c.birth_year IS NULL THEN NULL
                  ELSE make_timestamptz(c.birth_year + 1 + v_majority, 1, 1, 0, 0, 0, 'UTC') + make_interval(years => v_years) END AS minor_due,
             EXISTS (SELECT 1 FROM public.legal_holds h WHERE h.client_id = c.id) AS held
        FROM public.clients c
        CROSS JOIN LATERAL (
          SELECT greatest(c.created_at,
                          (SELECT max(s.starts_at) FROM public.therapy_sessions s WHERE s.client_id = c.id),
                          (SELECT max(n.service_date)::timestamp AT TIME ZONE 'UTC' FROM public.notes n WHERE n.client_id = c.id)) AS last_at
        ) l
       WHERE c.practice_id = v_practice AND (p_client IS NULL OR c.id = p_client)
    ) d
   WHERE greatest(d.adult_due, d.minor_due) <= app.tacet_now() + p_horizon
   ORDER BY greatest(d.adult_due, d.minor_due), d.id
   LIMIT greatest(1, least(p_limit, 1000));
END $$;
REVOKE ALL ON FUNCTION app.retention_due(interval, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.retention_due(interval, uuid, integer) TO tacet_app;

-- The definer reads the clinical tables it dates (FORCE subjects it to their policies).
CREATE POLICY clients_definer_read ON clients FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));
CREATE POLICY therapy_sessions_definer_read ON therapy_sessions FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));

-- 4. Audit retention. A lane's oldest rows go only as a prefix, and only after a checkpoint of
--    its last row (practice, lane, seq, hash) is sealed here in the same transaction: the
--    verifier (src/audit/verify.ts) then starts the lane from its latest checkpoint, expecting
--    the next row to link to that hash. Checkpoints are append-only like the trail itself, and
--    like the trail they outlive a practice purge (ids only).
CREATE TABLE audit_checkpoints (
  practice_id uuid NOT NULL,
  lane smallint NOT NULL,
  seq bigint NOT NULL,
  hash bytea NOT NULL,
  last_occurred_at timestamptz NOT NULL,
  removed bigint NOT NULL,
  sealed_at timestamptz NOT NULL,
  PRIMARY KEY (practice_id, lane, seq)
);

CREATE FUNCTION app.audit_checkpoints_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION app.audit_checkpoints_refuse_change();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION app.audit_checkpoints_refuse_change();

ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY checkpoints_read_owner ON audit_checkpoints FOR SELECT TO tacet_app
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));
CREATE POLICY checkpoints_auditor ON audit_checkpoints FOR SELECT TO tacet_auditor USING (true);
CREATE POLICY checkpoints_definer ON audit_checkpoints
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));
GRANT SELECT ON audit_checkpoints TO tacet_app, tacet_auditor;

-- The triggers of 0001 refuse DELETE to everyone, the table owner included. The one exception is
-- the function below: it runs as the owner (SECURITY DEFINER) and raises a transaction-local flag
-- around its own DELETE. The runtime role has no DELETE privilege on audit_events at all, and no
-- policy of its own for it; the flag alone opens nothing.
CREATE OR REPLACE FUNCTION app.audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND (SELECT app.in_definer())
     AND pg_catalog.current_setting('tacet.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE POLICY audit_definer_read ON audit_events FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));
CREATE POLICY audit_definer_retention ON audit_events FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));

-- Removes (or, with p_dry, only reports) the current practice's audit rows older than its audit
-- period (never under six years; the cutoff is computed here from app.tacet_now(), not taken from
-- the caller), lane by lane, at most p_limit rows per call. Each lane's prefix is verified link by
-- link from its previous checkpoint before anything goes: a broken chain is never sealed over,
-- the call fails and removes nothing. Each removal writes a checkpoint and an `audit.retention`
-- event (lane, last seq, rows, checkpoint hash) into the practice's own trail. Real removal is
-- system work only; the owner's dry run may ask what would go.
CREATE FUNCTION app.audit_remove_expired(p_dry boolean, p_limit integer)
RETURNS TABLE (lane smallint, rows_due bigint, through_seq bigint, through_occurred_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  v_practice uuid := app.current_practice_id();
  v_years integer;
  v_cutoff timestamptz;
  v_budget integer := greatest(1, least(p_limit, 10000));
  v_lane smallint;
  v_from bigint;
  v_prev bytea;
  v_to bigint;
  v_at timestamptz;
  v_n bigint;
  r public.audit_events;
BEGIN
  IF NOT (SELECT app.has_role('system')) AND NOT (p_dry AND (SELECT app.has_role('owner'))) THEN
    RAISE EXCEPTION 'audit rows are removed by the retention job only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT s.audit_years INTO v_years FROM public.retention_settings s WHERE s.practice_id = v_practice;
  v_years := greatest(coalesce(v_years, 6), 6);
  v_cutoff := app.tacet_now() - make_interval(years => v_years);
  FOR v_lane IN SELECT h.lane FROM public.audit_heads h WHERE h.practice_id = v_practice ORDER BY h.lane LOOP
    EXIT WHEN v_budget <= 0;
    SELECT c.seq, c.hash INTO v_from, v_prev FROM public.audit_checkpoints c
     WHERE c.practice_id = v_practice AND c.lane = v_lane ORDER BY c.seq DESC LIMIT 1;
    IF NOT FOUND THEN
      v_from := 0;
      v_prev := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    END IF;
    v_n := 0;
    v_to := NULL;
    FOR r IN SELECT e.* FROM public.audit_events e
              WHERE e.practice_id = v_practice AND e.lane = v_lane AND e.seq > v_from
              ORDER BY e.seq LIMIT v_budget LOOP
      EXIT WHEN r.occurred_at >= v_cutoff;
      IF r.seq <> v_from + v_n + 1 OR r.prev_hash <> v_prev
         OR r.hash <> sha256(r.prev_hash || convert_to(app.audit_canonical(r), 'UTF8')) THEN
        RAISE EXCEPTION 'audit chain of lane % is broken at seq %: nothing removed (run tacet audit verify)', v_lane, r.seq
          USING ERRCODE = 'data_corrupted';
      END IF;
      v_prev := r.hash;
      v_to := r.seq;
      v_at := r.occurred_at;
      v_n := v_n + 1;
    END LOOP;
    CONTINUE WHEN v_n = 0;
    v_budget := v_budget - v_n::integer;
    IF NOT p_dry THEN
      INSERT INTO public.audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at)
        VALUES (v_practice, v_lane, v_to, v_prev, v_at, v_n, app.tacet_now());
      PERFORM set_config('tacet.audit_retention', 'on', true);
      DELETE FROM public.audit_events e WHERE e.practice_id = v_practice AND e.lane = v_lane AND e.seq <= v_to;
      PERFORM set_config('tacet.audit_retention', '', true);
      INSERT INTO public.audit_events (practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, metadata)
        VALUES (v_practice, app.current_user_id(), array_to_string(app.current_roles(), '+'), 'audit.retention', 'audit_lane',
                v_lane::text, 'success',
                jsonb_build_object('kind', 'retention', 'lane', v_lane, 'throughSeq', v_to, 'removed', v_n,
                                   'years', v_years, 'checkpoint', encode(v_prev, 'hex'))::text);
    END IF;
    lane := v_lane; rows_due := v_n; through_seq := v_to; through_occurred_at := v_at;
    RETURN NEXT;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION app.audit_remove_expired(boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.audit_remove_expired(boolean, integer) TO tacet_app;

-- The practice purge (0020) reads and deletes every table with practice_id; the new tables get
-- the same two policies, audit_checkpoints excepted (it stays, with the trail).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['retention_settings', 'legal_holds'] LOOP
    EXECUTE format($p$CREATE POLICY %1$s_purge_read ON %1$I FOR SELECT TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_purge_delete ON %1$I FOR DELETE TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
  END LOOP;
END $$;
GRANT DELETE ON retention_settings TO tacet_app;
CREATE POLICY retention_settings_delete_only_purge ON retention_settings AS RESTRICTIVE FOR DELETE TO tacet_app
  USING ((SELECT app.purging_current()));
