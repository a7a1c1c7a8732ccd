-- Who else may see a firm's data, with the firm's say-so, and the audit trail of every such
-- access. Nothing here is updated in place except the end of a guidance or a share.

-- A firm asked the ROM of its region for guidance; the ROM's advisers then see its data and,
-- when the firm granted it, may edit its plans.
CREATE TABLE guidance (
    firm_id          uuid         PRIMARY KEY REFERENCES firm (id),
    region           char(2)      NOT NULL,
    edit_granted     boolean      NOT NULL,
    assigned_adviser varchar(200),
    requested_at     timestamptz  NOT NULL,
    requested_by     varchar(200) NOT NULL,
    ended_at         timestamptz,
    lock_version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX guidance_region_idx ON guidance (region) WHERE ended_at IS NULL;

-- The firm's explicit consent to show a plan to a financier organisation; withdrawing it
-- ends the financier's access, the consent itself stays on record.
CREATE TABLE plan_share (
    id            uuid         PRIMARY KEY,
    plan_id       uuid         NOT NULL REFERENCES investment_plan (id),
    organisation  varchar(200) NOT NULL,
    consented_at  timestamptz  NOT NULL,
    consented_by  varchar(200) NOT NULL,
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(200),
    lock_version  bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX plan_share_active_idx ON plan_share (plan_id, organisation) WHERE withdrawn_at IS NULL;
CREATE INDEX plan_share_organisation_idx ON plan_share (organisation) WHERE withdrawn_at IS NULL;

CREATE TABLE plan_comment (
    id          uuid          PRIMARY KEY,
    plan_id     uuid          NOT NULL REFERENCES investment_plan (id),
    author      varchar(200)  NOT NULL,
    author_role varchar(16)   NOT NULL,
    body        varchar(4000) NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX plan_comment_plan_idx ON plan_comment (plan_id, created_at);

-- Every read of another party's data and every change, by whom, on whose data. Append-only.
CREATE TABLE audit_entry (
    id            bigserial    PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    actor         varchar(200) NOT NULL,
    actor_roles   varchar(100) NOT NULL,
    action        varchar(64)  NOT NULL,
    subject_type  varchar(32)  NOT NULL,
    subject_id    varchar(64)  NOT NULL,
    firm_id       uuid,
    reason        varchar(1000)
);
CREATE INDEX audit_entry_firm_idx ON audit_entry (firm_id, id);

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION record_event_is_append_only();
