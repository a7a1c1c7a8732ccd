-- Deal flow: a firm (or its adviser) introduces a submitted plan to one financier organisation,
-- which answers within the response time it promises. The consent to share a plan becomes the
-- first step of an introduction: the consents on record are carried over and plan_share goes.

-- The organisation's promise: it answers a new introduction within this many working days.
ALTER TABLE organisation
    ADD COLUMN response_days smallint NOT NULL DEFAULT 5 CHECK (response_days BETWEEN 1 AND 60);

CREATE TABLE introduction (
    id                  uuid          PRIMARY KEY,
    plan_id             uuid          NOT NULL REFERENCES investment_plan (id),
    firm_id             uuid          NOT NULL REFERENCES firm (id),
    organisation        varchar(100)  NOT NULL REFERENCES organisation (code),
    instrument_ids      varchar(2000) NOT NULL DEFAULT '',
    shared              varchar(40)   NOT NULL,
    message             varchar(4000),
    state               varchar(16)   NOT NULL CHECK (state IN ('REQUESTED', 'SEEN', 'INTERESTED',
                            'NEEDS_INFO', 'DECLINED', 'OFFERED', 'ACCEPTED', 'REJECTED',
                            'FUNDED', 'WITHDRAWN', 'EXPIRED')),
    requested_at        timestamptz   NOT NULL,
    requested_by        varchar(200)  NOT NULL,
    due_at              timestamptz   NOT NULL,
    seen_at             timestamptz,
    answered_at         timestamptz,
    overdue_noticed_at  timestamptz,
    rerouted_from       varchar(36),
    decline_reason      varchar(32),
    offer_amount_eur    bigint        CHECK (offer_amount_eur > 0),
    offer_instrument    varchar(100),
    offer_rate_percent  numeric(7, 3),
    offer_term_months   integer,
    offer_conditions    varchar(4000),
    offer_valid_until   date,
    funded_amount_eur   bigint,
    updated_at          timestamptz   NOT NULL,
    lock_version        bigint        NOT NULL DEFAULT 0
);
-- one open introduction per plan and organisation
CREATE UNIQUE INDEX introduction_open_idx ON introduction (plan_id, organisation)
    WHERE state NOT IN ('DECLINED', 'FUNDED', 'WITHDRAWN');
CREATE INDEX introduction_organisation_idx ON introduction (organisation, requested_at);
CREATE INDEX introduction_firm_idx ON introduction (firm_id, requested_at);

-- Everything that happens to an introduction, append-only: its timeline, its thread of
-- messages and answers, and the organisation's replayable event log (webhooks) by id.
CREATE TABLE introduction_event (
    id                 bigserial     PRIMARY KEY,
    introduction_id    uuid          NOT NULL REFERENCES introduction (id),
    organisation       varchar(100)  NOT NULL,
    firm_id            uuid          NOT NULL,
    type               varchar(40)   NOT NULL,
    state              varchar(16)   NOT NULL,
    occurred_at        timestamptz   NOT NULL,
    actor              varchar(200)  NOT NULL,
    party              varchar(16)   NOT NULL CHECK (party IN ('FIRM', 'ADVISER', 'FINANCIER', 'SYSTEM')),
    answer_kind        varchar(16),
    reason             varchar(32),
    text               varchar(4000),
    offer_amount_eur   bigint,
    offer_instrument   varchar(100),
    offer_rate_percent numeric(7, 3),
    offer_term_months  integer,
    offer_conditions   varchar(4000),
    offer_valid_until  date
);
CREATE INDEX introduction_event_introduction_idx ON introduction_event (introduction_id, id);
CREATE INDEX introduction_event_organisation_idx ON introduction_event (organisation, id);

-- The consents on record become introductions that shared the plan and its figures.
INSERT INTO introduction (id, plan_id, firm_id, organisation, shared, state, requested_at,
                          requested_by, due_at, updated_at)
SELECT s.id, s.plan_id, p.firm_id, s.organisation, 'PLAN,FIGURES',
       CASE WHEN s.withdrawn_at IS NULL THEN 'REQUESTED' ELSE 'WITHDRAWN' END,
       s.consented_at, s.consented_by, s.consented_at + interval '7 days',
       coalesce(s.withdrawn_at, s.consented_at)
FROM plan_share s JOIN investment_plan p ON p.id = s.plan_id
WHERE s.organisation IN (SELECT code FROM organisation);

INSERT INTO introduction_event (introduction_id, organisation, firm_id, type, state, occurred_at,
                                actor, party)
SELECT i.id, i.organisation, i.firm_id, 'IntroductionRequested', 'REQUESTED', i.requested_at,
       i.requested_by, 'FIRM'
FROM introduction i;
INSERT INTO introduction_event (introduction_id, organisation, firm_id, type, state, occurred_at,
                                actor, party)
SELECT s.id, s.organisation, p.firm_id, 'IntroductionWithdrawn', 'WITHDRAWN', s.withdrawn_at,
       s.withdrawn_by, 'FIRM'
FROM plan_share s JOIN investment_plan p ON p.id = s.plan_id
WHERE s.withdrawn_at IS NOT NULL AND s.organisation IN (SELECT code FROM organisation);

DROP TABLE plan_share;

-- An adviser's notes on a firm's case file: for the advisers of the same ROM (region), never
-- for the firm or financiers. Append-only.
CREATE TABLE case_note (
    id         uuid          PRIMARY KEY,
    firm_id    uuid          NOT NULL REFERENCES firm (id),
    region     char(2)       NOT NULL,
    author     varchar(200)  NOT NULL,
    body       varchar(4000) NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX case_note_firm_idx ON case_note (firm_id, region, created_at);
