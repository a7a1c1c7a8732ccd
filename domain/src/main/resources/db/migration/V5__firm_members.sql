-- Users who act for a firm besides the one who registered it; they join only with an
-- invitation from a member, which can be used once and expires.
CREATE TABLE firm_member (
    firm_id    uuid         NOT NULL REFERENCES firm (id),
    subject    varchar(200) NOT NULL,
    invited_by varchar(200),
    joined_at  timestamptz  NOT NULL,
    PRIMARY KEY (firm_id, subject)
);
CREATE INDEX firm_member_subject_idx ON firm_member (subject);

INSERT INTO firm_member (firm_id, subject, invited_by, joined_at)
SELECT id, owner_subject, NULL, created_at FROM firm;

CREATE TABLE firm_invitation (
    code_hash    char(64)     PRIMARY KEY,
    firm_id      uuid         NOT NULL REFERENCES firm (id),
    invited_by   varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    accepted_by  varchar(200),
    accepted_at  timestamptz
);
