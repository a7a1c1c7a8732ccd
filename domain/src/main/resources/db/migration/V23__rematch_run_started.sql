-- A later change joins a run only while no worker has begun it. A worker marks the run started,
-- under the lock that requests take, before it claims its first plan: a plan it matched against
-- the catalogue as it was before a change is then never counted as matched after the change.
ALTER TABLE rematch_run ADD COLUMN started_at timestamptz;

UPDATE rematch_run r SET started_at = r.requested_at
 WHERE EXISTS (SELECT 1 FROM rematch_item i WHERE i.run_id = r.id AND i.done_at IS NOT NULL);
