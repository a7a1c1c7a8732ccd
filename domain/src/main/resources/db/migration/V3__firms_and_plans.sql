-- Firms and their investment plans. Every record names the user who owns it; changes are
-- kept as events with a snapshot, so nothing a user submitted is ever lost.
CREATE TABLE firm (
    id                         uuid         PRIMARY KEY,
    kvk_number                 char(8)      NOT NULL UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$'),
    legal_name                 varchar(200) NOT NULL,
    province                   char(2)      NOT NULL,
    founded_on                 date         NOT NULL,
    employees                  numeric(12, 2) NOT NULL CHECK (employees >= 0),
    annual_turnover_eur        bigint       NOT NULL CHECK (annual_turnover_eur >= 0),
    balance_sheet_total_eur    bigint       NOT NULL CHECK (balance_sheet_total_eur >= 0),
    public_body_ownership_pct  numeric(5, 2) NOT NULL CHECK (public_body_ownership_pct BETWEEN 0 AND 100),
    owner_subject              varchar(200) NOT NULL,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    lock_version               bigint       NOT NULL DEFAULT 0
);

CREATE TABLE firm_sbi_code (
    firm_id  uuid        NOT NULL REFERENCES firm (id),
    position integer     NOT NULL,
    sbi_code varchar(10) NOT NULL,
    PRIMARY KEY (firm_id, position)
);

CREATE TABLE firm_relation (
    firm_id                 uuid         NOT NULL REFERENCES firm (id),
    position                integer      NOT NULL,
    name                    varchar(200) NOT NULL,
    relation                varchar(16)  NOT NULL CHECK (relation IN ('PARTNER', 'LINKED')),
    share_pct               numeric(5, 2) NOT NULL,
    employees               numeric(12, 2) NOT NULL,
    annual_turnover_eur     bigint       NOT NULL,
    balance_sheet_total_eur bigint       NOT NULL,
    exempt_investor         boolean      NOT NULL,
    PRIMARY KEY (firm_id, position)
);

CREATE TABLE firm_de_minimis_aid (
    firm_id       uuid         NOT NULL REFERENCES firm (id),
    position      integer      NOT NULL,
    amount_eur    bigint       NOT NULL CHECK (amount_eur > 0),
    granted_on    date         NOT NULL,
    granting_body varchar(200) NOT NULL,
    PRIMARY KEY (firm_id, position)
);

CREATE TABLE investment_plan (
    id                         uuid         PRIMARY KEY,
    firm_id                    uuid         NOT NULL REFERENCES firm (id),
    title                      varchar(200) NOT NULL,
    description                text         NOT NULL,
    total_investment_eur       bigint       NOT NULL CHECK (total_investment_eur >= 0),
    own_contribution_eur       bigint       NOT NULL CHECK (own_contribution_eur >= 0),
    committed_by_others_eur    bigint       NOT NULL CHECK (committed_by_others_eur >= 0),
    starts_on                  date         NOT NULL,
    trl                        integer      CHECK (trl BETWEEN 1 AND 9),
    expected_jobs              integer,
    expected_co2_tonnes_per_year numeric(14, 2),
    expected_productivity_pct  numeric(7, 2),
    status                     varchar(16)  NOT NULL,
    owner_subject              varchar(200) NOT NULL,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    lock_version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX investment_plan_firm_idx ON investment_plan (firm_id);

CREATE TABLE plan_purpose (
    plan_id uuid        NOT NULL REFERENCES investment_plan (id),
    purpose varchar(32) NOT NULL,
    PRIMARY KEY (plan_id, purpose)
);

CREATE TABLE plan_key_technology (
    plan_id        uuid        NOT NULL REFERENCES investment_plan (id),
    key_technology varchar(32) NOT NULL,
    PRIMARY KEY (plan_id, key_technology)
);

CREATE TABLE plan_capex_line (
    plan_id              uuid         NOT NULL REFERENCES investment_plan (id),
    position             integer      NOT NULL,
    description          varchar(300) NOT NULL,
    category             varchar(32)  NOT NULL,
    amount_eur           bigint       NOT NULL CHECK (amount_eur > 0),
    investment_year      integer      NOT NULL,
    economic_life_years  integer      NOT NULL CHECK (economic_life_years > 0),
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_milestone (
    plan_id     uuid         NOT NULL REFERENCES investment_plan (id),
    position    integer      NOT NULL,
    description varchar(300) NOT NULL,
    due_on      date         NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- What happened to a record, in order, with the state after the event. Append-only.
CREATE TABLE record_event (
    id             bigserial    PRIMARY KEY,
    aggregate_type varchar(32)  NOT NULL,
    aggregate_id   varchar(64)  NOT NULL,
    aggregate_version bigint    NOT NULL,
    event_type     varchar(64)  NOT NULL,
    actor          varchar(200) NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    snapshot       jsonb        NOT NULL
);
CREATE INDEX record_event_aggregate_idx ON record_event (aggregate_type, aggregate_id, id);

CREATE OR REPLACE FUNCTION record_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'record_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_event_append_only
    BEFORE UPDATE OR DELETE ON record_event
    FOR EACH ROW EXECUTE FUNCTION record_event_is_append_only();

-- A stored match: the result as the firm saw it and the catalogue versions it used.
CREATE TABLE plan_match (
    id                  uuid        PRIMARY KEY,
    plan_id             uuid        NOT NULL REFERENCES investment_plan (id),
    computed_at         timestamptz NOT NULL,
    computed_by         varchar(200) NOT NULL,
    catalogue_version   varchar(80) NOT NULL,
    instrument_versions jsonb       NOT NULL,
    result              jsonb       NOT NULL
);
CREATE INDEX plan_match_plan_idx ON plan_match (plan_id, computed_at);
