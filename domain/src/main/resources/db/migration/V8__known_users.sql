-- The users MaakMatch has seen, as their verified token described them when they last called
-- the API. The identity provider stays the source of truth; this directory lets the
-- application check a user id it is given (an adviser to assign) against people who exist,
-- with the role and region they had. Written at most about once an hour per user.
CREATE TABLE known_user (
    subject      varchar(200) PRIMARY KEY,
    user_name    varchar(255),
    roles        varchar(100) NOT NULL,
    rom_region   char(2),
    organisation varchar(100),
    first_seen   timestamptz  NOT NULL,
    last_seen    timestamptz  NOT NULL,
    lock_version bigint       NOT NULL DEFAULT 0
);
