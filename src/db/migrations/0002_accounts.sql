-- Accounts, sign-in, sessions, second factors, roles, grants, break-glass and the BAA gate.
-- Pre-authentication work (magic links, session lookup) runs in the system context
-- (app.roles = 'system'), which only server code can construct (grep systemContext).

-- Tighten the foundation's policies now that roles matter.
DROP POLICY practice_self ON practices;
CREATE POLICY practice_read ON practices FOR SELECT
  USING (id = (SELECT app.current_practice_id()));
CREATE POLICY practice_create ON practices FOR INSERT
  WITH CHECK (id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));
CREATE POLICY practice_update ON practices FOR UPDATE
  USING (id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')))
  WITH CHECK (id = (SELECT app.current_practice_id()));
CREATE POLICY practice_delete ON practices FOR DELETE
  USING (id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')));

DROP POLICY tenant_isolation ON memberships;
-- Members see the practice's membership list (clients only their own row); only owners and the
-- system (sign-up, accepting an invitation) change it.
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (
    (practice_id = (SELECT app.current_practice_id())
     AND ((SELECT app.has_role('owner', 'practitioner', 'supervisor', 'helpdesk', 'operator'))
          OR user_id = (SELECT app.current_user_id())))
    -- Session lookup (system context) resolves a session's roles before any practice context.
    OR (SELECT app.has_role('system'))
  );
CREATE POLICY memberships_write ON memberships FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));
CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));
CREATE POLICY memberships_delete ON memberships FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));

ALTER TABLE memberships ADD COLUMN disabled_at timestamptz;

DROP POLICY users_visible ON users;
DROP POLICY users_self_insert ON users;
DROP POLICY users_self_update ON users;
CREATE POLICY users_read ON users FOR SELECT
  USING (
    id = (SELECT app.current_user_id())
    OR (SELECT app.has_role('system'))
    OR ((SELECT app.has_role('owner', 'practitioner', 'supervisor', 'helpdesk', 'operator'))
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id
                    AND m.practice_id = (SELECT app.current_practice_id())))
  );
CREATE POLICY users_insert ON users FOR INSERT
  WITH CHECK (id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')));
CREATE POLICY users_update ON users FOR UPDATE
  USING (id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')))
  WITH CHECK (id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')));

-- R01: profile, professional credentials; R39: per-user inactivity timeout.
ALTER TABLE users
  ADD COLUMN license_type text CHECK (length(license_type) <= 40),
  ADD COLUMN license_number text CHECK (length(license_number) <= 40),
  ADD COLUMN license_state text CHECK (license_state ~ '^[A-Z]{2}$'),
  ADD COLUMN license_expires_on date,
  ADD COLUMN session_timeout_minutes integer NOT NULL DEFAULT 15 CHECK (session_timeout_minutes BETWEEN 15 AND 240),
  ADD COLUMN is_operator boolean NOT NULL DEFAULT false,
  ADD COLUMN mfa_failed_count integer NOT NULL DEFAULT 0,
  ADD COLUMN mfa_locked_until timestamptz;

-- R01 billing profile: never card data, only the payment processor's customer token.
ALTER TABLE practices
  ADD COLUMN plan text NOT NULL DEFAULT 'trial' CHECK (plan IN ('trial', 'solo', 'group')),
  ADD COLUMN trial_ends_at timestamptz,
  ADD COLUMN billing_contact_email text CHECK (length(billing_contact_email) <= 320),
  ADD COLUMN payment_customer_token text CHECK (payment_customer_token ~ '^[A-Za-z0-9_]{1,100}$'),
  ADD COLUMN require_2fa boolean NOT NULL DEFAULT true;

-- R12: a practice accepts the Business Associate Agreement before any PHI can be written.
CREATE TABLE baa_acceptances (
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  version text NOT NULL CHECK (length(version) <= 40),
  text_sha256 text NOT NULL CHECK (text_sha256 ~ '^[0-9a-f]{64}$'),
  accepted_by uuid NOT NULL REFERENCES users (id),
  accepted_at timestamptz NOT NULL DEFAULT now(),
  ip text CHECK (length(ip) <= 64),
  PRIMARY KEY (practice_id, version)
);
ALTER TABLE baa_acceptances ENABLE ROW LEVEL SECURITY;
ALTER TABLE baa_acceptances FORCE ROW LEVEL SECURITY;
CREATE POLICY baa_read ON baa_acceptances FOR SELECT USING (practice_id = (SELECT app.current_practice_id()));
CREATE POLICY baa_accept ON baa_acceptances FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner'))
              AND accepted_by = (SELECT app.current_user_id()));

-- R26: magic links. Only a hash of the token is stored; the row is consumed once.
CREATE TABLE magic_links (
  token_hash bytea PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('signin', 'signup', 'invite')),
  email text NOT NULL CHECK (length(email) <= 320),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  invitation_id uuid,
  signup_name text CHECK (length(signup_name) <= 200),
  signup_practice text CHECK (length(signup_practice) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE INDEX magic_links_expiry_idx ON magic_links (expires_at);
ALTER TABLE magic_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE magic_links FORCE ROW LEVEL SECURITY;
CREATE POLICY magic_links_system ON magic_links USING ((SELECT app.has_role('system'))) WITH CHECK ((SELECT app.has_role('system')));

-- R39: server-side sessions, stored by hash. stage: 'partial' = email proven, second factor
-- still owed; 'full' = both factors. practice_id/roles: the membership the session acts in.
CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  practice_id uuid,
  stage text NOT NULL CHECK (stage IN ('anonymous', 'partial', 'full')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL,
  mfa_at timestamptz,
  step_up_at timestamptz,
  webauthn_challenge text,
  webauthn_challenge_expires_at timestamptz,
  revoked_at timestamptz,
  ip text CHECK (length(ip) <= 64),
  user_agent text CHECK (length(user_agent) <= 512)
);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
-- Users may list their own sessions; only the server's session code (system context) creates,
-- moves or ends one — otherwise a session could be re-pointed at another practice.
CREATE POLICY sessions_read ON sessions FOR SELECT
  USING ((SELECT app.has_role('system')) OR user_id = (SELECT app.current_user_id()));
CREATE POLICY sessions_system ON sessions
  USING ((SELECT app.has_role('system'))) WITH CHECK ((SELECT app.has_role('system')));

-- R38: second factors. The TOTP secret is sealed under the user's own data key.
CREATE TABLE mfa_totp (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_sealed bytea NOT NULL,
  confirmed_at timestamptz,
  last_used_step bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE mfa_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash bytea NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE webauthn_credentials (
  id text PRIMARY KEY CHECK (length(id) <= 1400),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  public_key bytea NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports text,
  label text CHECK (length(label) <= 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX webauthn_credentials_user_idx ON webauthn_credentials (user_id);
ALTER TABLE mfa_totp ENABLE ROW LEVEL SECURITY;
ALTER TABLE mfa_totp FORCE ROW LEVEL SECURITY;
ALTER TABLE mfa_recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE mfa_recovery_codes FORCE ROW LEVEL SECURITY;
ALTER TABLE webauthn_credentials ENABLE ROW LEVEL SECURITY;
ALTER TABLE webauthn_credentials FORCE ROW LEVEL SECURITY;
CREATE POLICY mfa_totp_own ON mfa_totp
  USING (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')))
  WITH CHECK (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')));
CREATE POLICY mfa_recovery_own ON mfa_recovery_codes
  USING (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')))
  WITH CHECK (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')));
CREATE POLICY webauthn_own ON webauthn_credentials
  USING (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')))
  WITH CHECK (user_id = (SELECT app.current_user_id()) OR (SELECT app.has_role('system')));

-- Invitations: owners invite members by email with a role.
CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (length(email) <= 320),
  role text NOT NULL CHECK (role IN ('owner', 'practitioner', 'supervisor', 'helpdesk', 'client')),
  invited_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz
);
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_owner ON invitations
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')));

-- R22/R41: explicit, revocable grants from one practitioner to another member.
CREATE TABLE practitioner_grants (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  grantor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  grantee_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CHECK (grantor_id <> grantee_id)
);
CREATE UNIQUE INDEX practitioner_grants_active ON practitioner_grants (practice_id, grantor_id, grantee_id) WHERE revoked_at IS NULL;
ALTER TABLE practitioner_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE practitioner_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY grants_read ON practitioner_grants FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND (grantor_id = (SELECT app.current_user_id()) OR grantee_id = (SELECT app.current_user_id())
              OR (SELECT app.has_role('owner'))));
CREATE POLICY grants_create ON practitioner_grants FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND grantor_id = (SELECT app.current_user_id())
              AND (SELECT app.has_role('practitioner')));
CREATE POLICY grants_revoke ON practitioner_grants FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND grantor_id = (SELECT app.current_user_id()))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND grantor_id = (SELECT app.current_user_id()));

-- R47: break-glass access for service operators: written reason, time-limited, scoped, visible
-- to the practice owner, every use audited.
CREATE TABLE break_glass_grants (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  operator_id uuid NOT NULL REFERENCES users (id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 20 AND 1000),
  scope text NOT NULL CHECK (scope IN ('account_metadata', 'clinical_metadata', 'clinical_content')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK (expires_at > created_at AND expires_at <= created_at + interval '24 hours')
);
ALTER TABLE break_glass_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE break_glass_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY break_glass_read ON break_glass_grants FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((SELECT app.has_role('owner', 'system')) OR operator_id = (SELECT app.current_user_id())));
CREATE POLICY break_glass_write ON break_glass_grants FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')));
CREATE POLICY break_glass_revoke ON break_glass_grants FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner', 'system')))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()));

-- True when the operator in the current context holds an active break-glass grant of at least
-- the given scope for the current practice. Used by policies and by the pipeline.
CREATE FUNCTION app.operator_has_grant(wanted text) RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT (SELECT app.has_role('operator')) AND EXISTS (
    SELECT 1 FROM public.break_glass_grants g
    WHERE g.practice_id = (SELECT app.current_practice_id())
      AND g.operator_id = (SELECT app.current_user_id())
      AND g.revoked_at IS NULL AND g.expires_at > pg_catalog.now()
      AND (g.scope = wanted
           OR (wanted = 'account_metadata')
           OR (wanted = 'clinical_metadata' AND g.scope = 'clinical_content')))
$$;
GRANT EXECUTE ON FUNCTION app.operator_has_grant(text) TO tacet_app;

GRANT SELECT, INSERT, UPDATE ON baa_acceptances, magic_links, sessions, mfa_totp, mfa_recovery_codes,
  webauthn_credentials, invitations, practitioner_grants, break_glass_grants TO tacet_app;
GRANT DELETE ON magic_links, sessions, mfa_totp, mfa_recovery_codes, webauthn_credentials TO tacet_app;
