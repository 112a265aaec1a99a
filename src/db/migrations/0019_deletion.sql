-- Deletion that really deletes (issue 18; R32, R33, R11 deletion, R24 receipts). The application
-- deletes a session or a client row by row in one transaction (src/features/deletion); this
-- migration gives it what the database must decide itself:
--
-- 1. Measures go with their session. assessments.session_id was ON DELETE SET NULL, so a deleted
--    session left its scores behind, detached; they now go with it.
ALTER TABLE assessments DROP CONSTRAINT assessments_session_id_fkey;
ALTER TABLE assessments ADD CONSTRAINT assessments_session_id_fkey
  FOREIGN KEY (session_id) REFERENCES therapy_sessions (id) ON DELETE CASCADE;

-- 2. Signed notes and addenda are the legal record. The runtime role never deletes them with a
--    plain DELETE: notes_delete (0003) admits drafts only, and from here addenda are not
--    deletable by the runtime role either (0003's generic policy let their author delete them).
--    The one way is app.delete_signed_notes() below, a SECURITY DEFINER function: it runs as the
--    schema owner, which the policies of this migration recognise, inside the caller's tenant
--    context, for the caller's own client only, with a reason category, and it writes an audit
--    event for every note it deletes.
--
--    "Runs as the schema owner" = current_user (a keyword, not a function: nothing can shadow it) is the owner of the notes table: only the
--    migrations' SECURITY DEFINER functions run so (the runtime role is never the owner; start-up
--    refuses to serve otherwise, src/db/rls-check.ts). Referential cascades also run as the owner
--    but bypass row-level security entirely, so they never reach these policies; see 3.
CREATE FUNCTION app.in_definer() RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT current_user = (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c
                                    WHERE c.oid = 'public.notes'::pg_catalog.regclass)
$$;
GRANT EXECUTE ON FUNCTION app.in_definer() TO tacet_app;

CREATE POLICY notes_definer_read ON notes FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));
CREATE POLICY notes_definer_delete ON notes FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));

DROP POLICY note_addenda_delete ON note_addenda;
CREATE POLICY note_addenda_delete ON note_addenda FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));
CREATE POLICY note_addenda_definer_read ON note_addenda FOR SELECT
  USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));

-- 3. A cascade must not carry signed notes away. Deleting a client or a session cascades to its
--    notes as the table owner, bypassing row-level security, so until now a plain DELETE of a
--    client by its practitioner would have taken signed notes with it. A client or session row
--    is deletable by the runtime role only once it has no signed note left, i.e. after
--    app.delete_signed_notes() ran in the same transaction. (Deleting a whole practice, by the
--    purge, is another door and still cascades.)
CREATE FUNCTION app.has_signed_notes(p_client uuid, p_session uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT EXISTS (SELECT 1 FROM public.notes n
                 WHERE n.practice_id = (SELECT app.current_practice_id()) AND n.status = 'signed'
                   AND (p_client IS NULL OR n.client_id = p_client) AND (p_session IS NULL OR n.session_id = p_session))
$$;
REVOKE ALL ON FUNCTION app.has_signed_notes(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.has_signed_notes(uuid, uuid) TO tacet_app;

DROP POLICY clients_delete ON clients;
CREATE POLICY clients_delete ON clients FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND (SELECT app.has_role('practitioner')) AND NOT app.has_signed_notes(id, NULL));
DROP POLICY therapy_sessions_delete ON therapy_sessions;
CREATE POLICY therapy_sessions_delete ON therapy_sessions FOR DELETE
  USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id())
         AND (SELECT app.has_role('practitioner')) AND NOT app.has_signed_notes(NULL, id));

-- The function below writes its own audit events; audit_append (0001) admits the runtime role
-- only, so the schema owner gets the same narrow right for the current practice.
CREATE POLICY audit_append_definer ON audit_events FOR INSERT
  WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.in_definer()));

-- The narrow path. Deletes the signed notes (and their addenda) of one client, or of one session
-- of that client, for the client's own practitioner in the current practice. The reason is one of
-- the categories the product offers; each deleted note leaves an audit event (ids and the
-- category only). Returns how many notes and addenda went.
CREATE FUNCTION app.delete_signed_notes(p_client uuid, p_session uuid, p_reason text)
RETURNS TABLE (deleted_notes integer, deleted_addenda integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  v_practice uuid := app.current_practice_id();
  v_user uuid := app.current_user_id();
  v_notes integer;
  v_addenda integer;
BEGIN
  IF NOT (SELECT app.has_role('practitioner')) THEN
    RAISE EXCEPTION 'only the client''s practitioner deletes signed notes' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_reason IS NULL OR p_reason NOT IN ('retention_over', 'record_transferred', 'entered_in_error') THEN
    RAISE EXCEPTION 'a reason category is required to delete signed notes' USING ERRCODE = 'check_violation';
  END IF;
  PERFORM 1 FROM public.clients c
   WHERE c.id = p_client AND c.practice_id = v_practice AND c.owner_id = v_user FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such client of yours' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_session IS NOT NULL THEN
    PERFORM 1 FROM public.therapy_sessions s
     WHERE s.id = p_session AND s.client_id = p_client AND s.practice_id = v_practice;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no such session of this client' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;

  DELETE FROM public.note_addenda a
   USING public.notes n
   WHERE a.note_id = n.id AND n.practice_id = v_practice AND a.practice_id = v_practice
     AND n.client_id = p_client AND (p_session IS NULL OR n.session_id = p_session) AND n.status = 'signed';
  GET DIAGNOSTICS v_addenda = ROW_COUNT;

  WITH gone AS (
    DELETE FROM public.notes n
     WHERE n.practice_id = v_practice AND n.client_id = p_client
       AND (p_session IS NULL OR n.session_id = p_session) AND n.status = 'signed'
    RETURNING n.id
  )
  INSERT INTO public.audit_events (practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, metadata)
  SELECT v_practice, v_user, pg_catalog.array_to_string(app.current_roles(), '+'), 'note.delete', 'note', gone.id::text, 'success',
         pg_catalog.jsonb_build_object('reason', p_reason, 'signed', true)::text
    FROM gone;
  GET DIAGNOSTICS v_notes = ROW_COUNT;

  RETURN QUERY SELECT v_notes, v_addenda;
END $$;
REVOKE ALL ON FUNCTION app.delete_signed_notes(uuid, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.delete_signed_notes(uuid, uuid, text) TO tacet_app;

-- 4. A client's exports go with the client (the requester deletes their own export rows; the
--    archives, sealed blobs, are removed after the commit).
GRANT DELETE ON exports TO tacet_app;
