-- One clock for the application and the database (R39, and the lifecycle work that follows:
-- grace periods, expiries, retention). src/platform/clock.ts explains the design.
--
-- app.tacet_now() is the time every time-dependent rule in SQL reads instead of now(). It returns
-- the transaction-local setting tacet.now when one is set, else now(). The application sets it
-- only with a test clock (the driver sends it with the transaction's first statement); in
-- production it is never set, and the function is now().
--
-- Trust: tacet.now is set like app.practice_id and app.roles — by the driver, transaction-locally,
-- never from request data. A caller able to run arbitrary SQL as tacet_app could set it, but such
-- a caller could set the tenant context as well; the clock adds no new door.
CREATE FUNCTION app.tacet_now() RETURNS timestamptz
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(NULLIF(pg_catalog.current_setting('tacet.now', true), '')::timestamptz, pg_catalog.now())
$$;
GRANT EXECUTE ON FUNCTION app.tacet_now() TO tacet_app;

-- The session look-up of migration 0009, reading the shared clock: idle and absolute expiry are
-- decided at app.tacet_now(), and a touch or a revocation is stamped with it.
CREATE OR REPLACE FUNCTION app.session_lookup(p_hash bytea, p_touch boolean, p_touch_after interval)
RETURNS TABLE (
  id uuid, user_id uuid, practice_id uuid, stage text, csrf_token text, last_seen_at timestamptz,
  absolute_expires_at timestamptz, mfa_at timestamptz, step_up_at timestamptz,
  session_timeout_minutes integer, user_disabled boolean, is_operator boolean, roles text[],
  now timestamptz, expired boolean
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  r record;
  v_roles text[];
  v_now timestamptz := app.tacet_now();
  v_expired boolean;
  v_seen timestamptz;
  v_found boolean;
BEGIN
  IF coalesce(current_setting('app.roles', true), '') <> '' THEN
    RAISE EXCEPTION 'session_lookup runs outside tenant transactions' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.roles', 'system', true),
          set_config('app.practice_id', '00000000-0000-0000-0000-000000000000', true),
          set_config('app.user_id', '00000000-0000-0000-0000-000000000000', true);
  SELECT s.id, s.user_id, s.practice_id, s.stage, s.csrf_token, s.last_seen_at, s.absolute_expires_at,
         s.mfa_at, s.step_up_at, u.session_timeout_minutes, (u.disabled_at IS NOT NULL) AS user_disabled,
         coalesce(u.is_operator, false) AS is_operator
    INTO r
    FROM public.sessions s LEFT JOIN public.users u ON u.id = s.user_id
   WHERE s.token_hash = p_hash AND s.revoked_at IS NULL;
  v_found := FOUND;
  IF v_found THEN
    SELECT array_agg(m.role ORDER BY m.role) INTO v_roles FROM public.memberships m
     WHERE m.practice_id = r.practice_id AND m.user_id = r.user_id AND m.disabled_at IS NULL;
    v_expired := v_now >= r.absolute_expires_at
              OR v_now - r.last_seen_at >= make_interval(mins => coalesce(r.session_timeout_minutes, 15))
              OR coalesce(r.user_disabled, false);
    v_seen := r.last_seen_at;
    IF v_expired THEN
      UPDATE public.sessions SET revoked_at = v_now WHERE sessions.id = r.id;
    ELSIF p_touch AND v_now - r.last_seen_at >= p_touch_after THEN
      UPDATE public.sessions SET last_seen_at = v_now WHERE sessions.id = r.id;
      v_seen := v_now;
    END IF;
    id := r.id; user_id := r.user_id; practice_id := r.practice_id; stage := r.stage; csrf_token := r.csrf_token;
    last_seen_at := v_seen; absolute_expires_at := r.absolute_expires_at; mfa_at := r.mfa_at; step_up_at := r.step_up_at;
    session_timeout_minutes := r.session_timeout_minutes; user_disabled := r.user_disabled; is_operator := r.is_operator;
    roles := v_roles; now := v_now; expired := v_expired;
  END IF;
  -- Hand the transaction back without any context, even inside an explicit transaction.
  PERFORM set_config('app.roles', '', true), set_config('app.practice_id', '', true), set_config('app.user_id', '', true);
  IF v_found THEN RETURN NEXT; END IF;
END $$;

-- Break-glass grants expire on the shared clock too.
CREATE OR REPLACE FUNCTION app.operator_has_grant(wanted text) RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT (SELECT app.has_role('operator')) AND EXISTS (
    SELECT 1 FROM public.break_glass_grants g
    WHERE g.practice_id = (SELECT app.current_practice_id())
      AND g.operator_id = (SELECT app.current_user_id())
      AND g.revoked_at IS NULL AND g.expires_at > (SELECT app.tacet_now())
      AND (g.scope = wanted
           OR (wanted = 'account_metadata')
           OR (wanted = 'clinical_metadata' AND g.scope = 'clinical_content')))
$$;

-- Sign-in keeps the page asked for: the path travels with the emailed link, so the link opens
-- where the person was (also in another tab or browser). Only a same-origin path of the app's own
-- characters: no scheme, no host ("//…"), no backslash, no query — never an open redirect.
ALTER TABLE magic_links ADD COLUMN next_path text
  CHECK (next_path ~ '^/([A-Za-z0-9._~-][A-Za-z0-9._~/-]*)?$' AND length(next_path) <= 300);
