-- Webhooks: a financier organisation's own system is told of every event in its log
-- (introduction_event), posted one by one in id order and signed with the organisation's secret.
-- The members set url and secret (lock_version guards their changes); the delivery worker moves
-- the rest forward under the row lock without touching lock_version.
CREATE TABLE webhook (
    organisation       varchar(100)  PRIMARY KEY REFERENCES organisation (code),
    url                varchar(2000) NOT NULL,
    -- kept to sign with, never shown; forgotten when the webhook is stopped
    secret             varchar(200),
    active             boolean       NOT NULL,
    -- the last event the receiver accepted (or that was skipped after a day of failures)
    delivered_up_to    bigint        NOT NULL,
    next_attempt_at    timestamptz   NOT NULL,
    -- failures in a row on the next event, since failing_since
    attempts           integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    failing_since      timestamptz,
    last_status        integer,
    last_attempt_at    timestamptz,
    last_error         varchar(500),
    last_error_at      timestamptz,
    last_error_event   bigint,
    last_skipped_event bigint,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(200)  NOT NULL,
    lock_version       bigint        NOT NULL DEFAULT 0,
    CHECK (NOT active OR secret IS NOT NULL),
    CHECK ((attempts = 0) = (failing_since IS NULL))
);
-- the worker's question every few seconds: which running webhooks may be posted to now
CREATE INDEX webhook_due_idx ON webhook (next_attempt_at) WHERE active;
