-- A plan matched again without any change (plan, firm, catalogue, options, day) gives the same
-- result: the digest lets the application return the kept match instead of storing a copy, so
-- opening a plan page does not grow its history by a row of some 40 kB each time.
ALTER TABLE plan_match ADD COLUMN digest char(64);

-- The stored documents are records to be read back whole, never queried inside: json keeps the
-- text as written and costs the database half of what jsonb's conversion does on every insert.
ALTER TABLE plan_match
  ALTER COLUMN result TYPE json USING result::json,
  ALTER COLUMN explanation TYPE json USING explanation::json,
  ALTER COLUMN instrument_versions TYPE json USING instrument_versions::json;
