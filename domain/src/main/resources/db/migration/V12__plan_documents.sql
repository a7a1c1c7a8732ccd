-- Documents a firm attaches to its investment plans: business plan, annual accounts, machine
-- quotes. The record says what the bytes are (detected from them, never from the name), how many
-- there are and their SHA-256; the bytes are kept in document_content or, when the platform is
-- configured with a directory, in a file named by the document's id (storage says which).
-- Deleting a document removes its bytes and keeps the record, for the audit log.
CREATE TABLE plan_document (
    id            uuid          PRIMARY KEY,
    plan_id       uuid          NOT NULL REFERENCES investment_plan (id),
    firm_id       uuid          NOT NULL REFERENCES firm (id),
    kind          varchar(16)   NOT NULL CHECK (kind IN ('BUSINESS_PLAN', 'ANNUAL_ACCOUNTS', 'QUOTE',
                                    'OTHER')),
    file_name     varchar(255)  NOT NULL,
    media_type    varchar(100)  NOT NULL,
    size_bytes    bigint        NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage       varchar(16)   NOT NULL CHECK (storage IN ('DATABASE', 'DIRECTORY')),
    uploaded_at   timestamptz   NOT NULL,
    uploaded_by   varchar(200)  NOT NULL,
    deleted_at    timestamptz,
    deleted_by    varchar(200),
    lock_version  bigint        NOT NULL DEFAULT 0,
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX plan_document_plan_idx ON plan_document (plan_id, uploaded_at);

CREATE TABLE document_content (
    document_id  uuid   PRIMARY KEY REFERENCES plan_document (id),
    bytes        bytea  NOT NULL
);
