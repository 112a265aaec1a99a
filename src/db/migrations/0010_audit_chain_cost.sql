-- What the protections cost per write, cut where profiling the database (perf, on PostgreSQL 15)
-- showed it going. Same guarantees, same chain format — `bin/tacet audit verify` checks old and
-- new rows alike.
--
-- 1. The chain trigger called app.audit_canonical(), a SQL function PostgreSQL could not inline
--    (to_char is STABLE, the function IMMUTABLE), so every audited write parsed and planned its
--    body again: a third of the database's CPU per audited insert. The canonical form is now
--    written out inside the trigger, where PL/pgSQL caches its plan.
-- 2. The head of a lane was read with SELECT … FOR UPDATE and then written with UPDATE: two
--    statements and two WAL records. One UPDATE now moves the head and returns the link: in an
--    UPDATE every SET expression reads the old row, so `prev_hash = h.hash` keeps the previous
--    hash, and the row lock the UPDATE takes serialises writers of a lane exactly as before.
-- 3. The CHECK constraints of audit_events are enforced by the same BEFORE INSERT trigger that
--    computes the chain (UPDATE and DELETE are refused anyway). PostgreSQL rebuilt nine
--    constraint expressions from their stored text for every INSERT statement; the trigger's
--    tests are planned once per session. Same rules, same SQLSTATE (23514).
-- 4. The tenant-context functions the row-level-security policies call were PL/pgSQL, which
--    PostgreSQL cannot inline; as SQL functions they fold into each policy. They still raise
--    (42501) when the context is missing: the error branch calls app.no_context(), which is
--    evaluated only when taken.

ALTER TABLE audit_heads ADD COLUMN prev_hash bytea;
-- The trigger computes every lane as hash & 15; this check was rebuilt per statement for nothing.
ALTER TABLE audit_heads DROP CONSTRAINT audit_heads_lane_check;

ALTER TABLE audit_events
  DROP CONSTRAINT audit_events_lane_check,
  DROP CONSTRAINT audit_events_action_check,
  DROP CONSTRAINT audit_events_resource_type_check,
  DROP CONSTRAINT audit_events_resource_id_check,
  DROP CONSTRAINT audit_events_outcome_check,
  DROP CONSTRAINT audit_events_request_id_check,
  DROP CONSTRAINT audit_events_ip_check,
  DROP CONSTRAINT audit_events_user_agent_check,
  DROP CONSTRAINT audit_events_metadata_check;

CREATE OR REPLACE FUNCTION app.audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  -- The former CHECK constraints: ids and categories only, never free text. One test on the
  -- path every event takes; the field at fault is worked out only when it fails.
  IF NOT (NEW.action ~ '^[a-z][a-z0-9_.]{1,63}$'
          AND (NEW.resource_type IS NULL OR NEW.resource_type ~ '^[a-z][a-z0-9_]{0,63}$')
          AND NEW.outcome IN ('success', 'denied', 'failure')
          AND coalesce(length(NEW.resource_id) <= 100, true) AND coalesce(length(NEW.request_id) <= 100, true)
          AND coalesce(length(NEW.ip) <= 64, true) AND coalesce(length(NEW.user_agent) <= 512, true)
          AND coalesce(length(NEW.metadata) <= 4000, true)) THEN
    RAISE EXCEPTION 'audit event rejected: %', CASE
        WHEN NEW.action IS NULL OR NEW.action !~ '^[a-z][a-z0-9_.]{1,63}$' THEN 'action must be a dotted lower-case verb'
        WHEN NEW.resource_type !~ '^[a-z][a-z0-9_]{0,63}$' THEN 'resource_type must be a lower-case word'
        WHEN NEW.outcome IS NULL OR NEW.outcome NOT IN ('success', 'denied', 'failure') THEN 'outcome must be success, denied or failure'
        ELSE 'a field exceeds its length limit' END
      USING ERRCODE = 'check_violation';
  END IF;

  NEW.lane := hashtext(coalesce(NEW.actor_id::text, '')) & 15;
  -- Millisecond precision: the verifier in JavaScript reproduces it exactly.
  NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
  LOOP
    -- The canonical form of app.audit_canonical (and src/audit/verify.ts), with the seq and
    -- prev_hash that only the head can supply.
    UPDATE public.audit_heads h
       SET seq = h.seq + 1,
           prev_hash = h.hash,
           hash = sha256(h.hash || convert_to('tacet-audit-v1|' || app.ns(NEW.practice_id::text) || app.ns(NEW.lane::text)
                  || app.ns((h.seq + 1)::text) || app.ns(encode(h.hash, 'hex'))
                  || app.ns(to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                  || app.ns(NEW.actor_id::text) || app.ns(NEW.actor_role) || app.ns(NEW.action)
                  || app.ns(NEW.resource_type) || app.ns(NEW.resource_id) || app.ns(NEW.outcome)
                  || app.ns(NEW.request_id) || app.ns(NEW.ip) || app.ns(NEW.user_agent) || app.ns(NEW.metadata), 'UTF8'))
     WHERE h.practice_id = NEW.practice_id AND h.lane = NEW.lane
    RETURNING h.seq, h.prev_hash, h.hash INTO NEW.seq, NEW.prev_hash, NEW.hash;
    EXIT WHEN FOUND;
    -- First event of this lane: create its head, then take it (another writer may have won).
    INSERT INTO public.audit_heads (practice_id, lane, seq, hash)
      VALUES (NEW.practice_id, NEW.lane, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
      ON CONFLICT (practice_id, lane) DO NOTHING;
  END LOOP;
  RETURN NEW;
END $$;

-- Raises the "no tenant context" error; STABLE so that the planner never folds it into a
-- constant (it would raise while planning a query that does have its context).
CREATE FUNCTION app.no_context(setting text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
BEGIN
  RAISE EXCEPTION 'no tenant context: % is not set; practice data may only be queried inside withTenant()', setting
    USING ERRCODE = 'insufficient_privilege';
END $$;
GRANT EXECUTE ON FUNCTION app.no_context(text) TO tacet_app;

CREATE OR REPLACE FUNCTION app.current_practice_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT (CASE WHEN pg_catalog.current_setting('app.practice_id', true) <> ''
               THEN pg_catalog.current_setting('app.practice_id', true)
               ELSE app.no_context('app.practice_id') END)::uuid
$$;

CREATE OR REPLACE FUNCTION app.current_user_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT (CASE WHEN pg_catalog.current_setting('app.user_id', true) <> ''
               THEN pg_catalog.current_setting('app.user_id', true)
               ELSE app.no_context('app.user_id') END)::uuid
$$;

-- A missing or unknown role raises, as before.
CREATE OR REPLACE FUNCTION app.current_roles() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN pg_catalog.current_setting('app.roles', true) <> ''
               AND pg_catalog.string_to_array(pg_catalog.current_setting('app.roles', true), ',')
                   <@ ARRAY['owner', 'practitioner', 'supervisor', 'helpdesk', 'client', 'system', 'operator']
              THEN pg_catalog.string_to_array(pg_catalog.current_setting('app.roles', true), ',')
              ELSE pg_catalog.string_to_array(app.no_context('app.roles'), ',') END
$$;
