-- Notifications: every event a party must act on is told to each person concerned, in the app
-- and, when their e-mail address is known, by mail in the language they prefer.

-- How to reach a known user, as their token (claims email and locale) or the demo data said.
-- An address is at most 320 characters (RFC 3696); a language is a tag such as 'nl' or 'en'.
ALTER TABLE known_user ADD COLUMN email varchar(320);
ALTER TABLE known_user ADD COLUMN language varchar(8);

-- What a person was told, in every language MaakMatch speaks (texts: {"nl": {"title": ...,
-- "body": ...}, "en": {...}}), so the app shows it in the language each request asks for.
-- No foreign key to the introduction: a notification is a record of what was said, written in
-- the same transaction as the event, and outlives any change to the record it points at.
CREATE TABLE notification (
    id              uuid         PRIMARY KEY,
    recipient       varchar(200) NOT NULL,
    kind            varchar(40)  NOT NULL,
    introduction_id uuid,
    link            varchar(500) NOT NULL,
    texts           jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    read_at         timestamptz,
    lock_version    bigint       NOT NULL DEFAULT 0
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC);

-- The mails to send: written with the notification in the business transaction, so a mail
-- exists once that transaction commits, and sent afterwards by a background worker. A failed
-- attempt is tried again later (next_attempt_at); after 24 hours the mail is given up and kept
-- with its last error. A row being sent is leased: next_attempt_at moves a little ahead, so no
-- other worker picks it meanwhile.
CREATE TABLE mail_outbox (
    id              uuid          PRIMARY KEY,
    notification_id uuid          NOT NULL REFERENCES notification (id) DEFERRABLE INITIALLY DEFERRED,
    to_address      varchar(320)  NOT NULL,
    language        varchar(8)    NOT NULL,
    subject         varchar(500)  NOT NULL,
    body            varchar(10000) NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    gave_up_at      timestamptz,
    last_error      varchar(1000),
    lock_version    bigint        NOT NULL DEFAULT 0,
    CHECK (num_nonnulls(next_attempt_at, sent_at, gave_up_at) = 1)
);
-- the worker's question: which mails are due now
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX mail_outbox_notification_idx ON mail_outbox (notification_id);
