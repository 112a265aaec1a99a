-- Issue 21: app.audit_remove_expired() (0024, 0029) and app.audit_seal_verified() (0029) each
-- walked a lane link by link with the same loop: seq contiguous from the starting checkpoint,
-- prev_hash equal to the previous row's hash, hash recomputed from app.audit_canonical(). One
-- function now holds that loop and both call it, so the two can never check a chain differently.
-- Behaviour is unchanged: the same rows are verified, the same error (SQLSTATE XX001, naming the
-- lane and seq and what was not done) is raised on a broken link, and nothing is written by it.

-- Verifies up to p_limit rows of one lane after (p_from, p_prev), stopping before the first row
-- that occurred at or after p_before (NULL: no such bound). Returns how many rows held, the last
-- one's seq, hash and time (p_from and p_prev when none). Called only from the SECURITY DEFINER
-- functions below, whose owner it runs as.
CREATE FUNCTION app.audit_verify_lane(p_practice uuid, p_lane smallint, p_from bigint, p_prev bytea, p_limit integer, p_before timestamptz, p_refused text,
                                      OUT verified bigint, OUT through_seq bigint, OUT through_hash bytea, OUT through_occurred_at timestamptz)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public
AS $$
DECLARE
  r public.audit_events;
BEGIN
  verified := 0;
  through_seq := p_from;
  through_hash := p_prev;
  FOR r IN SELECT e.* FROM public.audit_events e
            WHERE e.practice_id = p_practice AND e.lane = p_lane AND e.seq > p_from
            ORDER BY e.seq LIMIT p_limit LOOP
    EXIT WHEN p_before IS NOT NULL AND r.occurred_at >= p_before;
    IF r.seq <> p_from + verified + 1 OR r.prev_hash <> through_hash
       OR r.hash <> sha256(r.prev_hash || convert_to(app.audit_canonical(r), 'UTF8')) THEN
      RAISE EXCEPTION 'audit chain of lane % is broken at seq %: % (run tacet audit verify)', p_lane, r.seq, p_refused
        USING ERRCODE = 'data_corrupted';
    END IF;
    through_hash := r.hash;
    through_seq := r.seq;
    through_occurred_at := r.occurred_at;
    verified := verified + 1;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION app.audit_verify_lane(uuid, smallint, bigint, bytea, integer, timestamptz, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION app.audit_remove_expired(p_dry boolean, p_limit integer)
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
  v_first bigint;
BEGIN
  IF NOT (SELECT app.has_role('system')) AND NOT (p_dry AND (SELECT app.has_role('owner'))) THEN
    RAISE EXCEPTION 'audit rows are removed by the retention job only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT s.audit_years INTO v_years FROM public.retention_settings s WHERE s.practice_id = v_practice;
  v_years := greatest(coalesce(v_years, 6), 6);
  v_cutoff := app.tacet_now() - make_interval(years => v_years);
  FOR v_lane IN SELECT h.lane FROM public.audit_heads h WHERE h.practice_id = v_practice ORDER BY h.lane LOOP
    EXIT WHEN v_budget <= 0;
    -- From the checkpoint just before the first row still held (the one that sealed the removed
    -- prefix, if any), not from the latest: a daily verification checkpoint lies after rows that
    -- may still be due. A gap between that checkpoint and the first row fails the link check below.
    SELECT min(e.seq) INTO v_first FROM public.audit_events e WHERE e.practice_id = v_practice AND e.lane = v_lane;
    CONTINUE WHEN v_first IS NULL;
    SELECT c.seq, c.hash INTO v_from, v_prev FROM public.audit_checkpoints c
     WHERE c.practice_id = v_practice AND c.lane = v_lane AND c.seq < v_first ORDER BY c.seq DESC LIMIT 1;
    IF NOT FOUND THEN
      v_from := 0;
      v_prev := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    END IF;
    SELECT v.verified, v.through_seq, v.through_hash, v.through_occurred_at INTO v_n, v_to, v_prev, v_at
      FROM app.audit_verify_lane(v_practice, v_lane, v_from, v_prev, v_budget, v_cutoff, 'nothing removed') v;
    CONTINUE WHEN v_n = 0;
    v_budget := v_budget - v_n::integer;
    IF NOT p_dry THEN
      -- A verification checkpoint may already seal this very row (same seq, same verified hash):
      -- it then seals the removed prefix as well.
      INSERT INTO public.audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at)
        VALUES (v_practice, v_lane, v_to, v_prev, v_at, v_n, app.tacet_now())
        ON CONFLICT ON CONSTRAINT audit_checkpoints_pkey DO NOTHING;
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

CREATE OR REPLACE FUNCTION app.audit_seal_verified(p_limit integer)
RETURNS TABLE (lane smallint, verified bigint, through_seq bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  v_practice uuid := app.current_practice_id();
  v_budget integer := greatest(1, least(p_limit, 1000000));
  v_lane smallint;
  v_from bigint;
  v_prev bytea;
  v_to bigint;
  v_at timestamptz;
  v_n bigint;
BEGIN
  IF NOT (SELECT app.has_role('system')) THEN
    RAISE EXCEPTION 'verification checkpoints are sealed by the audit job only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  FOR v_lane IN SELECT h.lane FROM public.audit_heads h WHERE h.practice_id = v_practice ORDER BY h.lane LOOP
    EXIT WHEN v_budget <= 0;
    SELECT c.seq, c.hash INTO v_from, v_prev FROM public.audit_checkpoints c
     WHERE c.practice_id = v_practice AND c.lane = v_lane ORDER BY c.seq DESC LIMIT 1;
    IF NOT FOUND THEN
      v_from := 0;
      v_prev := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    END IF;
    SELECT v.verified, v.through_seq, v.through_hash, v.through_occurred_at INTO v_n, v_to, v_prev, v_at
      FROM app.audit_verify_lane(v_practice, v_lane, v_from, v_prev, v_budget, NULL, 'nothing sealed') v;
    CONTINUE WHEN v_n = 0;
    v_budget := v_budget - v_n::integer;
    INSERT INTO public.audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at)
      VALUES (v_practice, v_lane, v_to, v_prev, v_at, 0, app.tacet_now());
    lane := v_lane; verified := v_n; through_seq := v_to;
    RETURN NEXT;
  END LOOP;
END $$;
