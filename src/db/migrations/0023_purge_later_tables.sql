-- Tables added after 0020 (care_transfers in 0021, imports and import_chunks in 0022) carry
-- practice_id too, so the practice purge must be able to read and delete their rows while — and
-- only while — the practice is being purged: the same policies 0020 gave every table then. The
-- loop takes every table with practice_id that lacks them, so it is exact whatever the order
-- these migrations were written in.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_events', 'audit_heads')
       AND NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname
                        AND p.policyname = c.relname || '_purge_read')
  LOOP
    EXECUTE format($p$CREATE POLICY %1$s_purge_read ON %1$I FOR SELECT TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    EXECUTE format($p$CREATE POLICY %1$s_purge_delete ON %1$I FOR DELETE TO tacet_app
      USING (practice_id = (SELECT app.current_practice_id()) AND (SELECT app.purging_current()))$p$, t);
    IF NOT has_table_privilege('tacet_app', format('public.%I', t), 'DELETE') THEN
      EXECUTE format($p$CREATE POLICY %1$s_delete_only_purge ON %1$I AS RESTRICTIVE FOR DELETE TO tacet_app
        USING ((SELECT app.purging_current()))$p$, t);
      EXECUTE format('GRANT DELETE ON %I TO tacet_app', t);
    END IF;
    IF NOT has_table_privilege('tacet_app', format('public.%I', t), 'SELECT') THEN
      EXECUTE format('GRANT SELECT ON %I TO tacet_app', t);
    END IF;
  END LOOP;
END $$;
