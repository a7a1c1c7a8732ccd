-- Which instance matched each plan of a run again: the run is shared by every instance, and an
-- operator following a run (or a crash taken over) can see how the work was split.
ALTER TABLE rematch_item ADD COLUMN done_by varchar(255);
