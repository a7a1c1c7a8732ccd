-- The organisations users act for: financiers (banks, investors) that firms may share plans
-- with, and the regional development companies whose advisers guide firms. A user's
-- organisation comes from the identity provider; this register says which codes are real.
CREATE TABLE organisation (
    code         varchar(100) PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(200) NOT NULL,
    kind         varchar(16)  NOT NULL CHECK (kind IN ('BANK', 'INVESTOR', 'ROM', 'OTHER')),
    active       boolean      NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    lock_version bigint       NOT NULL DEFAULT 0
);

-- The regional development companies of the catalogue (instruments-nl.yaml, rom_*).
INSERT INTO organisation (code, name, kind, active, created_at, created_by, updated_at) VALUES
    ('bom', 'Brabantse Ontwikkelings Maatschappij (BOM)', 'ROM', true, now(), 'system', now()),
    ('liof', 'LIOF', 'ROM', true, now(), 'system', now()),
    ('oost-nl', 'Oost NL', 'ROM', true, now(), 'system', now()),
    ('nom', 'NOM', 'ROM', true, now(), 'system', now()),
    ('innovationquarter', 'InnovationQuarter', 'ROM', true, now(), 'system', now()),
    ('rom-utrecht-region', 'ROM Utrecht Region', 'ROM', true, now(), 'system', now()),
    ('horizon-flevoland', 'Horizon Flevoland', 'ROM', true, now(), 'system', now()),
    ('impuls-zeeland', 'Impuls Zeeland', 'ROM', true, now(), 'system', now()),
    ('rom-inwest', 'ROM InWest', 'ROM', true, now(), 'system', now());
