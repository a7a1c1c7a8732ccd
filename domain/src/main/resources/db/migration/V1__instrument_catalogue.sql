-- The instrument catalogue. The current state of an instrument lives in `instrument`;
-- every definition it ever had is kept in `instrument_version`, so anything computed from an
-- instrument can say which version it used.
CREATE TABLE instrument (
    id              varchar(64)  PRIMARY KEY CHECK (id ~ '^[a-z0-9_]+$'),
    name            varchar(300) NOT NULL,
    operator        text         NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('AVAILABLE', 'CLOSED', 'PROPOSED')),
    types           varchar(300) NOT NULL,
    confidence      varchar(16)  NOT NULL CHECK (confidence IN ('CONFIRMED', 'ESTIMATE', 'PROPOSED')),
    current_version integer      NOT NULL CHECK (current_version > 0),
    updated_at      timestamptz  NOT NULL,
    lock_version    bigint       NOT NULL DEFAULT 0
);

CREATE TABLE instrument_version (
    instrument_id varchar(64) NOT NULL REFERENCES instrument (id),
    version       integer     NOT NULL CHECK (version > 0),
    definition    jsonb       NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   varchar(200) NOT NULL,
    change_note   text        NOT NULL,
    PRIMARY KEY (instrument_id, version)
);

CREATE INDEX instrument_status_idx ON instrument (status);
