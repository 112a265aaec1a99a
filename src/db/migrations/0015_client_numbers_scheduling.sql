-- Issue 16: the clinician's day. Client numbers, scheduled sessions, a note's date of service,
-- and the chart header a co-signer reads.

-- 1. Client numbers (R02, R18). Initials collide ("J.D.S." twice); a number allocated by the
--    database tells clients apart without naming anyone. The sequence is owned by the migration
--    role and the runtime role has no right on it: it cannot read its current value or learn how
--    many clients exist, only take the next number through app.next_client_number(), and only as
--    a practitioner inside a tenant transaction. One sequence serves every practice, so a number is
--    unique within the practice (and beyond it); a per-practice counter would need a table the
--    runtime role could lock, and a number tells no one whose client it is either way.
CREATE SEQUENCE app.client_number_seq AS integer START WITH 1001 MINVALUE 1001 NO CYCLE;
REVOKE ALL ON SEQUENCE app.client_number_seq FROM PUBLIC;

CREATE FUNCTION app.next_client_number() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  -- Both raise without a tenant context: no number is handed out outside withTenant().
  IF NOT (SELECT app.has_role('practitioner', 'system')) OR (SELECT app.current_practice_id()) IS NULL THEN
      RAISE EXCEPTION 'client numbers are allocated to practitioners only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN nextval('app.client_number_seq')::integer;
END $$;
REVOKE ALL ON FUNCTION app.next_client_number() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.next_client_number() TO tacet_app;

ALTER TABLE clients ADD COLUMN client_number integer;
-- Existing clients are numbered in the order they were created. The table forces row-level
-- security even for its owner; the migration lifts that for this one statement.
ALTER TABLE clients NO FORCE ROW LEVEL SECURITY;
UPDATE clients c SET client_number = n.num
  FROM (SELECT id, nextval('app.client_number_seq')::integer AS num
          FROM (SELECT id FROM clients ORDER BY created_at, id) o) n
 WHERE n.id = c.id;
ALTER TABLE clients FORCE ROW LEVEL SECURITY;
ALTER TABLE clients ALTER COLUMN client_number SET NOT NULL;
ALTER TABLE clients ALTER COLUMN client_number SET DEFAULT app.next_client_number();
ALTER TABLE clients ADD CONSTRAINT clients_number_key UNIQUE (practice_id, client_number);
-- The number is the client's for good: nobody re-numbers a chart.
CREATE FUNCTION app.clients_keep_number() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.client_number IS DISTINCT FROM OLD.client_number THEN
    RAISE EXCEPTION 'a client number never changes' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER clients_keep_number BEFORE UPDATE ON clients FOR EACH ROW EXECUTE FUNCTION app.clients_keep_number();

-- 2. Scheduled sessions (R02): a session booked ahead is 'scheduled' until its time has come and
--    the clinician records what happened. (The application refuses an outcome for a future time:
--    "now" is the application's clock, which tests replace.)
ALTER TABLE therapy_sessions DROP CONSTRAINT therapy_sessions_attendance_check;
ALTER TABLE therapy_sessions ADD CONSTRAINT therapy_sessions_attendance_check
  CHECK (attendance IN ('scheduled', 'attended', 'late_cancel', 'no_show'));
CREATE INDEX therapy_sessions_owner_starts_idx ON therapy_sessions (practice_id, owner_id, starts_at);

-- 3. A note without a session has its own date of service (R03): the chart lists notes by it.
ALTER TABLE notes ADD COLUMN service_date date;

CREATE OR REPLACE FUNCTION app.notes_guard_signed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    IF NEW.sections_sealed IS DISTINCT FROM OLD.sections_sealed
       OR NEW.names_sealed IS DISTINCT FROM OLD.names_sealed
       OR NEW.ai_sealed IS DISTINCT FROM OLD.ai_sealed
       OR NEW.ai_draft_id IS DISTINCT FROM OLD.ai_draft_id
       OR NEW.status IS DISTINCT FROM OLD.status
       OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
       OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
       OR NEW.signed_ip IS DISTINCT FROM OLD.signed_ip
       OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
       OR NEW.format IS DISTINCT FROM OLD.format
       OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.client_id IS DISTINCT FROM OLD.client_id
       OR NEW.session_id IS DISTINCT FROM OLD.session_id
       OR NEW.service_date IS DISTINCT FROM OLD.service_date
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

-- 4. The chart header of a note (issue 16) names the client and the session. The named co-signer
--    of a signed progress note reads that note (0003) but not the associate's chart; these
--    policies let them read the client row and the session row behind such a note, and nothing
--    else of the client. The application presents only the label, number and session facts to
--    them (the client's sealed fields stay under keys only the routes open, and no route opens
--    them for a co-signer). Other practitioners still see nothing. PostgreSQL joins permissive
--    policies with OR in reverse order of their names (seen with EXPLAIN on PostgreSQL 15):
--    '…_cosigner_read' sorts before '…_read', so the owner's cheap test is tried before this
--    sub-select on every row.
CREATE POLICY clients_cosigner_read ON clients FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('practitioner'))
         AND EXISTS (SELECT 1 FROM notes n WHERE n.client_id = clients.id AND n.kind = 'progress'
                     AND n.status = 'signed' AND n.cosigner_id = (SELECT app.current_user_id())));
CREATE POLICY therapy_sessions_cosigner_read ON therapy_sessions FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.has_role('practitioner'))
         AND EXISTS (SELECT 1 FROM notes n WHERE n.session_id = therapy_sessions.id AND n.kind = 'progress'
                     AND n.status = 'signed' AND n.cosigner_id = (SELECT app.current_user_id())));
