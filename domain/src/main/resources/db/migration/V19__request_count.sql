-- Requests per client and minute for the preview's rate limit, counted by every instance together
-- so the limit holds however many instances serve. The client is a hash of its address, and rows
-- older than two minutes are deleted. Unlogged: a crash loses at most a minute of counts, which
-- only forgives a few requests; nothing a user submitted lives here.
CREATE UNLOGGED TABLE request_count (
    client text NOT NULL,
    minute bigint NOT NULL,
    hits integer NOT NULL CHECK (hits >= 0),
    PRIMARY KEY (client, minute)
);
