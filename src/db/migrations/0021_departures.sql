-- Issue 18, item 6: a practitioner leaves a practice (R34 for a member's account, R19, R45, R24).
--
-- * The member's rows in this practice are kept as *departed* (memberships.departed_at, with
--   disabled_at: no roles, so no access). When they belong to no other practice, their account
--   closes too (users.departed_at, with disabled_at: sign-in refused) and their personal key
--   scope is destroyed by the application after the commit (R45), so the names they kept under it
--   (R19) are placeholders for good.
-- * Their signed records stay with the practice under their authorship. Each client they held
--   gets a row in care_transfers at departure, with to_user_id empty: while it is empty, the
--   practice owner reads that client's clinical record (the *automatic grant*, ended by the
--   transfer). The owner then transfers the client to an active practitioner: the client and its
--   upcoming sessions change holder, the row records who, from, to and when, and from then on
--   the new practitioner reads the client's whole progress record (notes keep their author).
-- * Process notes stay their author's alone (45 CFR 164.501): no rule here reaches them.
--
-- The read rules are extra permissive policies beside those of 0003/0015 (PostgreSQL joins them
-- with OR), in the same shape as the co-signer's: each sub-selects care_transfers, whose own
-- policies read nothing else, so no policy cycle can form through clients ↔ notes. The names end
-- in '_transfer_read', which sorts after '_read', so the owner's cheap test (tried first, see
-- 0015) answers for nearly every row before the sub-select runs.

ALTER TABLE users ADD COLUMN departed_at timestamptz;
ALTER TABLE memberships ADD COLUMN departed_at timestamptz;

CREATE TABLE care_transfers (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  from_user_id uuid NOT NULL REFERENCES users (id),
  -- Empty until the owner transfers the client: the automatic grant to the owner lasts that long.
  to_user_id uuid REFERENCES users (id),
  opened_at timestamptz NOT NULL DEFAULT app.tacet_now(),
  transferred_at timestamptz,
  transferred_by uuid REFERENCES users (id),
  CHECK ((to_user_id IS NULL) = (transferred_at IS NULL) AND (to_user_id IS NULL) = (transferred_by IS NULL)),
  CHECK (to_user_id IS DISTINCT FROM from_user_id)
);
-- One open transfer per client at a time.
CREATE UNIQUE INDEX care_transfers_open ON care_transfers (client_id) WHERE to_user_id IS NULL;
CREATE INDEX care_transfers_client_idx ON care_transfers (client_id, to_user_id);
CREATE INDEX care_transfers_from_idx ON care_transfers (practice_id, from_user_id);

ALTER TABLE care_transfers ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_transfers FORCE ROW LEVEL SECURITY;
-- Owners see every transfer of the practice; a practitioner sees those to them. The departure
-- itself (system context, in one transaction with the membership change) opens the rows; only
-- an owner completes one.
CREATE POLICY care_transfers_read ON care_transfers FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND ((SELECT app.has_role('owner', 'system'))
              OR (to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner')))));
CREATE POLICY care_transfers_open ON care_transfers FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')) AND to_user_id IS NULL);
CREATE POLICY care_transfers_complete ON care_transfers FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner')) AND to_user_id IS NULL)
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND transferred_by = (SELECT app.current_user_id()));
GRANT SELECT, INSERT, UPDATE ON care_transfers TO tacet_app;

-- The departure reads the leaving member's clients in the system context (to open a transfer
-- for each). Read-only, ids and holders only are used; the system context exists only in server
-- code (grep systemContext).
CREATE POLICY clients_departure_system_read ON clients FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('system')));

-- True when the caller reads the client's record through a transfer of care: as an owner while
-- the client's transfer is open (the automatic grant), or as the practitioner it went to.
-- Spelled out in each policy below rather than called as a function, like 0015's co-signer rule.

CREATE POLICY clients_transfer_read ON clients FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = clients.id
                     AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                          OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['therapy_sessions', 'treatment_plans', 'assessments'] LOOP
    EXECUTE format($p$CREATE POLICY %1$s_transfer_read ON %1$I FOR SELECT
      USING (practice_id = (SELECT app.current_practice_id())
             AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = %1$I.client_id
                         AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                              OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))))$p$, t);
  END LOOP;
END $$;

CREATE POLICY notes_transfer_read ON notes FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND kind = 'progress'
         AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = notes.client_id
                     AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                          OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))));

-- Addenda and goal progress follow their note; plan revisions follow their plan (the sub-select
-- runs under the parent's own policies, this one included).
CREATE POLICY note_addenda_transfer_read ON note_addenda FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND EXISTS (SELECT 1 FROM notes n JOIN care_transfers t ON t.client_id = n.client_id
                     WHERE n.id = note_addenda.note_id AND n.kind = 'progress'
                       AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                            OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))));
CREATE POLICY note_goal_progress_transfer_read ON note_goal_progress FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND EXISTS (SELECT 1 FROM notes n JOIN care_transfers t ON t.client_id = n.client_id
                     WHERE n.id = note_goal_progress.note_id AND n.kind = 'progress'
                       AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                            OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))));
CREATE POLICY plan_versions_transfer_read ON plan_versions FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id())
         AND EXISTS (SELECT 1 FROM treatment_plans p JOIN care_transfers t ON t.client_id = p.client_id
                     WHERE p.id = plan_versions.plan_id
                       AND ((t.to_user_id IS NULL AND (SELECT app.has_role('owner')))
                            OR (t.to_user_id = (SELECT app.current_user_id()) AND (SELECT app.has_role('practitioner'))))));

-- The transfer itself: an owner moves a client whose transfer is open, and its sessions from
-- now on, to an active practitioner of the practice. Nothing else of those rows may change in
-- that update (trigger below); signed notes, past sessions, plans and measures keep their author.
CREATE FUNCTION app.is_active_practitioner(member uuid) RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (SELECT 1 FROM public.memberships m
                 WHERE m.practice_id = (SELECT app.current_practice_id()) AND m.user_id = member
                   AND m.role = 'practitioner' AND m.disabled_at IS NULL AND m.departed_at IS NULL)
$$;
GRANT EXECUTE ON FUNCTION app.is_active_practitioner(uuid) TO tacet_app;

CREATE POLICY clients_transfer ON clients FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner'))
         AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = clients.id AND t.to_user_id IS NULL
                     AND t.from_user_id = clients.owner_id))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND app.is_active_practitioner(owner_id));
CREATE POLICY therapy_sessions_transfer ON therapy_sessions FOR UPDATE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('owner'))
         AND EXISTS (SELECT 1 FROM care_transfers t WHERE t.client_id = therapy_sessions.client_id AND t.to_user_id IS NULL
                     AND t.from_user_id = therapy_sessions.owner_id))
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND app.is_active_practitioner(owner_id));

-- Permissive policies are joined with OR, so the holder's own update policy and the transfer
-- policy's WITH CHECK together would let a holder hand a client to anyone. This trigger holds
-- the line: the holder changes only when an owner completes an open transfer from that holder,
-- and an update by anyone but the holder changes the holder and nothing else. Roles are read
-- from the setting directly, so updates outside any tenant context (migrations) pass untouched.
CREATE FUNCTION app.guard_care_holder() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_roles text[] := pg_catalog.string_to_array(coalesce(pg_catalog.current_setting('app.roles', true), ''), ',');
  v_user text := coalesce(pg_catalog.current_setting('app.user_id', true), '');
  -- One function for both tables: the client is the row itself, or the row's client_id.
  v_client uuid := (pg_catalog.to_jsonb(OLD) ->> CASE WHEN TG_TABLE_NAME = 'clients' THEN 'id' ELSE 'client_id' END)::uuid;
BEGIN
  IF v_roles = ARRAY[]::text[] OR v_roles = ARRAY['']::text[] OR 'system' = ANY (v_roles) THEN
    RETURN NEW;
  END IF;
  IF NEW.owner_id IS DISTINCT FROM OLD.owner_id OR OLD.owner_id::text <> v_user THEN
    IF NOT ('owner' = ANY (v_roles))
       OR NOT EXISTS (SELECT 1 FROM public.care_transfers t WHERE t.client_id = v_client AND t.to_user_id IS NULL
                      AND t.from_user_id = OLD.owner_id)
       OR (pg_catalog.to_jsonb(NEW) - 'owner_id' - 'updated_at') IS DISTINCT FROM (pg_catalog.to_jsonb(OLD) - 'owner_id' - 'updated_at') THEN
      RAISE EXCEPTION 'only a transfer of care by an owner changes who holds a record' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER clients_guard_care_holder BEFORE UPDATE ON clients FOR EACH ROW EXECUTE FUNCTION app.guard_care_holder();
CREATE TRIGGER therapy_sessions_guard_care_holder BEFORE UPDATE ON therapy_sessions FOR EACH ROW EXECUTE FUNCTION app.guard_care_holder();
