-- The clinical record (issue 5): clients, therapy sessions, progress notes and addenda, treatment
-- plans with revisions, standardized assessments and goal progress (the golden thread).
--
-- Access model (R22, R40, R41), mirrored by the policy functions in src/features/*/policy.ts:
--   * the practitioner who created a record owns it (owner_id) and alone may change it;
--   * a member holding an active practitioner_grants row from the owner (and acting as owner or
--     practitioner) may read it — never change it; process notes stay author-only (R03);
--   * an operator with a clinical break-glass grant (R47) may read rows (the text stays sealed
--     under keys the database does not hold);
--   * supervisors, helpdesk and clients never reach these tables.
-- Every free-text field is a bytea sealed by the application (R13): the database sees ciphertext.

-- Read access to a clinical row owned by `owner`. Caller's rights (not SECURITY DEFINER): the
-- grant lookup itself runs under practitioner_grants' own policies.
CREATE FUNCTION app.can_read_clinical(owner uuid) RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT (owner = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
      OR ((SELECT app.has_role('owner', 'practitioner')) AND EXISTS (
            SELECT 1 FROM public.practitioner_grants g
            WHERE g.practice_id = (SELECT app.current_practice_id())
              AND g.grantor_id = owner
              AND g.grantee_id = (SELECT app.current_user_id())
              AND g.revoked_at IS NULL))
      OR (SELECT app.operator_has_grant('clinical_metadata'))
$$;
GRANT EXECUTE ON FUNCTION app.can_read_clinical(uuid) TO tacet_app;

-- R18: a client is a label (initials or a pseudonym), never a name. Year of birth only.
CREATE TABLE clients (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
  label_kind text NOT NULL CHECK (label_kind IN ('initials', 'pseudonym')),
  birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
  pronouns text CHECK (length(pronouns) <= 40),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'discharged')),
  contact_notes_sealed bytea,
  known_people_sealed bytea,
  -- R42: no text of this client may reach an AI provider when true.
  ai_disabled boolean NOT NULL DEFAULT false,
  -- R31: automatic transcript deletion.
  transcript_deletion text NOT NULL DEFAULT 'never' CHECK (transcript_deletion IN ('never', 'on_sign', 'after_days')),
  transcript_deletion_days integer CHECK (transcript_deletion_days BETWEEN 1 AND 3650),
  -- R05: set when a PHQ-9 item 9 answer is above zero; cleared only by the practitioner.
  safety_flag boolean NOT NULL DEFAULT false,
  safety_flag_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((transcript_deletion = 'after_days') = (transcript_deletion_days IS NOT NULL))
);
CREATE INDEX clients_owner_idx ON clients (practice_id, owner_id);

CREATE TABLE therapy_sessions (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
  service_code text NOT NULL CHECK (service_code ~ '^[0-9]{5}$'),
  modality text NOT NULL CHECK (modality IN ('in_person', 'video', 'phone')),
  place_of_service text NOT NULL CHECK (place_of_service ~ '^[0-9]{2}$'),
  attendance text NOT NULL DEFAULT 'attended' CHECK (attendance IN ('attended', 'late_cancel', 'no_show')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX therapy_sessions_client_idx ON therapy_sessions (client_id, starts_at);

CREATE TABLE notes (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  -- 'process' = psychotherapy notes (45 CFR 164.501): author-only, never in client-access exports.
  kind text NOT NULL CHECK (kind IN ('progress', 'process')),
  format text NOT NULL CHECK (format IN ('soap', 'dap', 'birp', 'girp', 'pie', 'free')),
  sections_sealed bytea NOT NULL,
  -- R19: names moved out of the sections, sealed under the author's own key.
  names_sealed bytea,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  signed_at timestamptz,
  signed_by uuid REFERENCES users (id),
  signed_ip text CHECK (length(signed_ip) <= 64),
  content_sha256 text CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  cosigner_id uuid REFERENCES users (id),
  cosigned_at timestamptz,
  cosigned_ip text CHECK (length(cosigned_ip) <= 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL AND content_sha256 IS NOT NULL)),
  CHECK (cosigned_at IS NULL OR (status = 'signed' AND cosigner_id IS NOT NULL))
);
CREATE INDEX notes_client_idx ON notes (client_id, created_at);
CREATE INDEX notes_session_idx ON notes (session_id);

-- R03: a signed note never changes. Enforced here too, so no code path (or hostile query) can
-- edit one: after signing only the co-signature may be added, once.
CREATE FUNCTION app.notes_guard_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    IF NEW.sections_sealed IS DISTINCT FROM OLD.sections_sealed
       OR NEW.names_sealed IS DISTINCT FROM OLD.names_sealed
       OR NEW.status IS DISTINCT FROM OLD.status
       OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
       OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
       OR NEW.signed_ip IS DISTINCT FROM OLD.signed_ip
       OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
       OR NEW.format IS DISTINCT FROM OLD.format
       OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.client_id IS DISTINCT FROM OLD.client_id
       OR NEW.session_id IS DISTINCT FROM OLD.session_id
       OR NEW.owner_id IS DISTINCT FROM OLD.owner_id
       OR NEW.practice_id IS DISTINCT FROM OLD.practice_id
       OR NEW.cosigner_id IS DISTINCT FROM OLD.cosigner_id
       OR (OLD.cosigned_at IS NOT NULL AND (NEW.cosigned_at IS DISTINCT FROM OLD.cosigned_at
                                            OR NEW.cosigned_ip IS DISTINCT FROM OLD.cosigned_ip)) THEN
      RAISE EXCEPTION 'a signed note cannot be changed; add an addendum' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_guard_signed BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION app.notes_guard_signed();

-- Addenda are signed when written and never change (no UPDATE privilege below).
CREATE TABLE note_addenda (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  note_id uuid NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  body_sealed bytea NOT NULL,
  signed_at timestamptz NOT NULL DEFAULT now(),
  signed_ip text CHECK (length(signed_ip) <= 64),
  content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX note_addenda_note_idx ON note_addenda (note_id, signed_at);

-- R04: a plan is a head row; each revision is a full, immutable snapshot (history kept).
CREATE TABLE treatment_plans (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX treatment_plans_client_idx ON treatment_plans (client_id);

CREATE TABLE plan_versions (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  plan_id uuid NOT NULL REFERENCES treatment_plans (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'discontinued')),
  -- Codes and dates stay plain (searchable, reportable); problem/goal/objective text is sealed.
  diagnosis_codes text[] NOT NULL,
  goal_ids uuid[] NOT NULL,
  review_date date NOT NULL,
  body_sealed bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, version)
);

-- R04/R05: what a note recorded about each plan goal it addressed.
CREATE TABLE note_goal_progress (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  note_id uuid NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  plan_id uuid NOT NULL REFERENCES treatment_plans (id) ON DELETE CASCADE,
  goal_id uuid NOT NULL,
  progress text NOT NULL CHECK (progress IN ('regressed', 'no_change', 'some_progress', 'significant_progress', 'achieved')),
  comment_sealed bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (note_id, goal_id)
);
CREATE INDEX note_goal_progress_goal_idx ON note_goal_progress (plan_id, goal_id);

CREATE TABLE assessments (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES users (id),
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE SET NULL,
  instrument text NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pcl5')),
  items smallint[] NOT NULL,
  total integer NOT NULL CHECK (total >= 0),
  severity text NOT NULL CHECK (length(severity) <= 40),
  administered_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_client_idx ON assessments (client_id, instrument, administered_at);

-- Row-level security: the same shape on every table (see the header).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['clients', 'therapy_sessions', 'note_addenda', 'treatment_plans', 'plan_versions',
                           'note_goal_progress', 'assessments'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- The owner test is spelled out before the function: PostgreSQL cannot inline a SQL function
    -- that holds sub-selects, so calling it costs a function call per row; the owner's own rows
    -- (nearly all reads) short-circuit on the cheap comparison instead.
    EXECUTE format($p$CREATE POLICY %1$s_read ON %1$I FOR SELECT
      USING (practice_id = (SELECT app.current_practice_id())
             AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
                  OR app.can_read_clinical(owner_id)))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_insert ON %1$I FOR INSERT
      WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
                  AND (SELECT app.has_role('practitioner')))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_update ON %1$I FOR UPDATE
      USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
             AND (SELECT app.has_role('practitioner')))
      WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_delete ON %1$I FOR DELETE
      USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
             AND (SELECT app.has_role('practitioner')))$p$, t);
  END LOOP;
END $$;

-- Notes: process notes are author-only, even for grantees and operators; the named co-signer of
-- a signed progress note may read it and add the co-signature (the trigger limits what changes).
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((owner_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))
              OR (kind = 'progress' AND app.can_read_clinical(owner_id))
              OR (kind = 'progress' AND status = 'signed' AND cosigner_id = (SELECT app.current_user_id())
                  AND (SELECT app.has_role('practitioner')))));
CREATE POLICY notes_insert ON notes FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
              AND (SELECT app.has_role('practitioner')));
CREATE POLICY notes_update ON notes FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('practitioner'))
         AND (owner_id = (SELECT app.current_user_id())
              OR (kind = 'progress' AND status = 'signed' AND cosigner_id = (SELECT app.current_user_id()))))
  WITH CHECK (practice_id = (SELECT app.current_practice_id())
              AND (owner_id = (SELECT app.current_user_id()) OR cosigner_id = (SELECT app.current_user_id())));
-- Only drafts may be deleted by their author; a signed note is part of the legal record.
CREATE POLICY notes_delete ON notes FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND status = 'draft' AND (SELECT app.has_role('practitioner')));

GRANT SELECT, INSERT, UPDATE, DELETE ON clients, therapy_sessions, notes, treatment_plans, note_goal_progress, assessments TO tacet_app;
-- Addenda and plan revisions are history: written once, never updated.
GRANT SELECT, INSERT, DELETE ON note_addenda, plan_versions TO tacet_app;
