-- A client that retries a plan's creation (a timeout, a restart of the database) sends the same
-- Idempotency-Key: the key is kept with the plan it created, in the same transaction, so the retry
-- gets that plan back instead of a second one. The digest of the request tells a retry from a
-- different plan sent under a reused key.
CREATE TABLE plan_draft_key (
  firm_id         uuid         NOT NULL REFERENCES firm(id),
  idempotency_key varchar(200) NOT NULL,
  request_digest  char(64)     NOT NULL,
  plan_id         uuid         NOT NULL REFERENCES investment_plan(id),
  created_at      timestamptz  NOT NULL,
  PRIMARY KEY (firm_id, idempotency_key)
);
