-- Foundation: tenancy (practices, users, memberships), the tenant-context functions every
-- row-level-security policy reads, and the append-only, hash-chained audit trail.
--
-- Roles: the runtime role `tacet_app` is NOT superuser, NOT owner of any table and NOT BYPASSRLS.
-- Tables are owned by whoever runs migrations. RLS is ENABLED and FORCED on every table that
-- carries practice_id, so even the owner is filtered. `tacet_auditor` may read the audit chain of
-- every practice (for `tacet audit verify`) and nothing else.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tacet_app') THEN
    CREATE ROLE tacet_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tacet_auditor') THEN
    CREATE ROLE tacet_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

CREATE SCHEMA app;
REVOKE ALL ON SCHEMA app FROM PUBLIC;
GRANT USAGE ON SCHEMA app TO tacet_app, tacet_auditor;
GRANT USAGE ON SCHEMA public TO tacet_app, tacet_auditor;

-- Tenant context. withTenant() sets these with set_config(..., true) inside its transaction.
-- A query that runs without them fails loudly instead of silently returning nothing (or all).
-- These run with the caller's rights (not SECURITY DEFINER), so they carry no SET search_path
-- clause — such a clause stops PostgreSQL from inlining and costs a GUC save/restore per call;
-- builtins are schema-qualified instead, and functions are never looked up in pg_temp.
CREATE FUNCTION app.current_practice_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE v text := pg_catalog.current_setting('app.practice_id', true);
BEGIN
  IF v IS NULL OR v = '' THEN
    RAISE EXCEPTION 'no tenant context: practice data may only be queried inside withTenant()'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN v::uuid;
END $$;

CREATE FUNCTION app.current_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE v text := pg_catalog.current_setting('app.user_id', true);
BEGIN
  IF v IS NULL OR v = '' THEN
    RAISE EXCEPTION 'no tenant context: app.user_id is not set' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN v::uuid;
END $$;

-- The roles the request acts in (a solo therapist is both owner and practitioner), as a
-- comma-separated list in app.roles.
CREATE FUNCTION app.current_roles() RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
  v text := pg_catalog.current_setting('app.roles', true);
  r text[];
BEGIN
  IF v IS NULL OR v = '' THEN
    RAISE EXCEPTION 'no tenant context: app.roles is not set' USING ERRCODE = 'insufficient_privilege';
  END IF;
  r := pg_catalog.string_to_array(v, ',');
  IF NOT r <@ ARRAY['owner', 'practitioner', 'supervisor', 'helpdesk', 'client', 'system', 'operator'] THEN
    RAISE EXCEPTION 'no tenant context: app.roles holds an unknown role' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN r;
END $$;

CREATE FUNCTION app.has_role(VARIADIC wanted text[]) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT app.current_roles() && wanted $$;

GRANT EXECUTE ON FUNCTION app.current_practice_id(), app.current_user_id(), app.current_roles(), app.has_role(text[]) TO tacet_app;

CREATE TABLE practices (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE memberships (
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'practitioner', 'supervisor', 'helpdesk', 'client')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (practice_id, user_id, role)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

ALTER TABLE practices ENABLE ROW LEVEL SECURITY;
ALTER TABLE practices FORCE ROW LEVEL SECURITY;
CREATE POLICY practice_self ON practices
  USING (id = (SELECT app.current_practice_id()))
  WITH CHECK (id = (SELECT app.current_practice_id()));

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON memberships
  USING (practice_id = (SELECT app.current_practice_id()))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));

-- Users are global (one person may work in several practices). A user row is visible to the
-- user and to members of a practice the user belongs to; only the user may change it.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_visible ON users FOR SELECT
  USING (
    id = (SELECT app.current_user_id())
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id
               AND m.practice_id = (SELECT app.current_practice_id()))
  );
CREATE POLICY users_self_insert ON users FOR INSERT WITH CHECK (id = (SELECT app.current_user_id()));
CREATE POLICY users_self_update ON users FOR UPDATE
  USING (id = (SELECT app.current_user_id())) WITH CHECK (id = (SELECT app.current_user_id()));

GRANT SELECT, INSERT, UPDATE, DELETE ON practices, memberships TO tacet_app;
GRANT SELECT, INSERT, UPDATE ON users TO tacet_app;

-- ---------------------------------------------------------------------------------------------
-- Audit trail (R23, R24). Append-only: tacet_app may INSERT and SELECT, and triggers refuse
-- UPDATE, DELETE and TRUNCATE for everyone. Rows are chained per practice: each stores the hash
-- of the previous row and the hash of (previous hash || its own canonical content). The chain is
-- computed here, in the database, so the application cannot forge a link. Rows hold ids and
-- categories only, never PHI content, so they stay valid after crypto-shredding for 6 years.
-- Events not tied to a practice (e.g. a failed sign-in for an unknown email) go to the system
-- chain, practice_id 00000000-0000-0000-0000-000000000000.
--
-- Each practice's trail is 16 chains ("lanes"), chosen by the actor: one person's events stay in
-- one ordered chain, and the head of a lane is locked from the audit insert to the commit, so
-- sixteen lanes let different people's commits (and their disk flushes) proceed in parallel
-- instead of queueing behind one lock per practice.
CREATE TABLE audit_events (
  practice_id uuid NOT NULL,
  lane smallint NOT NULL DEFAULT 0 CHECK (lane BETWEEN 0 AND 15),
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.]{1,63}$'),
  resource_type text CHECK (resource_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  resource_id text CHECK (length(resource_id) <= 100),
  outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  request_id text CHECK (length(request_id) <= 100),
  ip text CHECK (length(ip) <= 64),
  user_agent text CHECK (length(user_agent) <= 512),
  metadata text CHECK (length(metadata) <= 4000),
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (practice_id, lane, seq)
);

-- The head of each chain: lets verify detect a truncated tail.
CREATE TABLE audit_heads (
  practice_id uuid NOT NULL,
  lane smallint NOT NULL CHECK (lane BETWEEN 0 AND 15),
  seq bigint NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (practice_id, lane)
);

-- Netstring encoding: unambiguous, and easy to reproduce byte for byte in the verifier.
CREATE FUNCTION app.ns(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN v IS NULL THEN '~' ELSE pg_catalog.octet_length(v)::text || ':' || v END $$;

CREATE FUNCTION app.audit_canonical(e public.audit_events) RETURNS text LANGUAGE sql IMMUTABLE
AS $$
  SELECT 'tacet-audit-v1|'
    || app.ns(e.practice_id::text) || app.ns(e.lane::text) || app.ns(e.seq::text) || app.ns(pg_catalog.encode(e.prev_hash, 'hex'))
    || app.ns(pg_catalog.to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    || app.ns(e.actor_id::text) || app.ns(e.actor_role) || app.ns(e.action)
    || app.ns(e.resource_type) || app.ns(e.resource_id) || app.ns(e.outcome)
    || app.ns(e.request_id) || app.ns(e.ip) || app.ns(e.user_agent) || app.ns(e.metadata)
$$;

CREATE FUNCTION app.audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  head_seq bigint;
  head_hash bytea;
BEGIN
  NEW.lane := pg_catalog.hashtext(coalesce(NEW.actor_id::text, '')) & 15;
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM public.audit_heads h
    WHERE h.practice_id = NEW.practice_id AND h.lane = NEW.lane FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO public.audit_heads (practice_id, lane, seq, hash)
      VALUES (NEW.practice_id, NEW.lane, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
      ON CONFLICT (practice_id, lane) DO NOTHING;
    SELECT h.seq, h.hash INTO head_seq, head_hash FROM public.audit_heads h
      WHERE h.practice_id = NEW.practice_id AND h.lane = NEW.lane FOR UPDATE;
  END IF;
  NEW.seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  -- Millisecond precision: the verifier in JavaScript reproduces it exactly.
  NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
  NEW.hash := sha256(NEW.prev_hash || convert_to(app.audit_canonical(NEW), 'UTF8'));
  UPDATE public.audit_heads SET seq = NEW.seq, hash = NEW.hash WHERE practice_id = NEW.practice_id AND lane = NEW.lane;
  RETURN NEW;
END $$;

CREATE FUNCTION app.audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION app.audit_chain();
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION app.audit_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION app.audit_refuse_change();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
  FOR EACH STATEMENT EXECUTE FUNCTION app.audit_refuse_change();

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
-- Members append events of their own practice; only practice owners read them back.
CREATE POLICY audit_append ON audit_events FOR INSERT TO tacet_app
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));
CREATE POLICY audit_read_owner ON audit_events FOR SELECT TO tacet_app
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));
CREATE POLICY audit_read_auditor ON audit_events FOR SELECT TO tacet_auditor USING (true);

-- The chain trigger runs as the table owner, which FORCE subjects to RLS too: it may touch the
-- current practice's head only.
ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY heads_current_practice ON audit_heads
  USING (practice_id = (SELECT app.current_practice_id()))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));
CREATE POLICY heads_auditor ON audit_heads FOR SELECT TO tacet_auditor USING (true);

GRANT INSERT, SELECT ON audit_events TO tacet_app;
GRANT SELECT ON audit_events, audit_heads TO tacet_auditor;
-- No grant on audit_heads to tacet_app: only the SECURITY DEFINER chain trigger moves a head.
