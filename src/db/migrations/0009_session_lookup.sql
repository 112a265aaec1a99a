-- Session look-up in one statement (R39). Every authenticated request resolves its session
-- first; doing that in a system-context transaction cost three round trips (BEGIN + settings,
-- SELECT, COMMIT) on every request. This function does it in one: it runs as the schema owner,
-- sets the system context for itself only, and refuses to run inside a tenant transaction, so it
-- cannot lend system rights to a request's own statements.
CREATE FUNCTION app.session_lookup(p_hash bytea, p_touch boolean, p_touch_after interval)
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
  v_now timestamptz := now();
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
REVOKE ALL ON FUNCTION app.session_lookup(bytea, boolean, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.session_lookup(bytea, boolean, interval) TO tacet_app;
