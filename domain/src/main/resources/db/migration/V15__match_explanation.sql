-- A stored match keeps its explaining texts as they read when it was computed, in Dutch and
-- English: a financier or adviser reading it later sees the reasons the firm saw, even after the
-- message texts or the engine change. NULL for matches stored before.
ALTER TABLE plan_match ADD COLUMN explanation jsonb;
