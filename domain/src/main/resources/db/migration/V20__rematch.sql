-- Re-matching every open plan after a catalogue change. A run lists its plans as items; an item is
-- marked done in the transaction that stores the plan's new match, and workers claim items with
-- FOR UPDATE SKIP LOCKED, so instances share a run and one taken over after a crash neither
-- matches a plan twice nor skips one.
CREATE TABLE rematch_run (
    id            uuid         PRIMARY KEY,
    reason        varchar(500) NOT NULL,
    requested_by  varchar(255) NOT NULL,
    requested_at  timestamptz  NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'SUPERSEDED')),
    total         integer      NOT NULL CHECK (total >= 0),
    finished_at   timestamptz
);

CREATE INDEX rematch_run_running_idx ON rematch_run (requested_at) WHERE status = 'RUNNING';

CREATE TABLE rematch_item (
    run_id        uuid         NOT NULL REFERENCES rematch_run (id) ON DELETE CASCADE,
    -- an erased plan leaves its runs
    plan_id       uuid         NOT NULL REFERENCES investment_plan (id) ON DELETE CASCADE,
    done_at       timestamptz,
    changed       boolean,
    PRIMARY KEY (run_id, plan_id)
);

CREATE INDEX rematch_item_pending_idx ON rematch_item (run_id) WHERE done_at IS NULL;
CREATE INDEX rematch_item_plan_idx ON rematch_item (plan_id);
