-- The audit log records typed events: the action is an event type's name, and whom else the
-- action concerns (the organisation a plan was shared with, the adviser assigned) gets a column
-- of its own instead of being appended to the action, where a long code or id overflowed it.
-- Organisation codes (up to 100 characters) are subjects too, so subject ids widen.
-- Entries written before keep their action as it was: the log is append-only.
ALTER TABLE audit_entry ADD COLUMN detail varchar(200);
ALTER TABLE audit_entry ALTER COLUMN subject_id TYPE varchar(200);
