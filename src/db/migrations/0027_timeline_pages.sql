-- Issue 21: the timeline comes in pages, newest first (src/features/timeline/queries.ts). A page of
-- sessions, and of the notes written for them, is read backwards along this index and stops after
-- the page: its cost no longer grows with the client's history (ten years of weekly sessions) or
-- with the practice (without it, the planner combined therapy_sessions_client_idx with the
-- practice-wide owner index beneath row-level security and sorted every session of the client).
CREATE INDEX therapy_sessions_client_page_idx ON therapy_sessions (client_id, starts_at DESC, id DESC);
-- The notes written without a session (dated by their own date of service): few per client,
-- found without reading every note of the client.
CREATE INDEX notes_client_unsessioned_idx ON notes (client_id) WHERE session_id IS NULL;
