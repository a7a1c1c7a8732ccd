-- Issue #11: what the SME test, Seed Capital's age rule and the single-undertaking de minimis
-- ceiling need from a stored firm. All optional: existing firms keep today's reading.
--
-- first_commercial_sale_on: GBER art. 21(5) counts a risk-finance starter's age from it.
-- public_owner_type: who holds public_body_ownership_pct when it is an investor that may pass
--   25% without ending autonomy (Recommendation 2003/361 annex art. 3(2)); NULL for a public body.
ALTER TABLE firm
    ADD COLUMN first_commercial_sale_on date,
    ADD COLUMN public_owner_type        varchar(40)
        CHECK (public_owner_type IN ('PUBLIC_INVESTMENT_COMPANY', 'VENTURE_CAPITAL_OR_ANGEL',
                                     'UNIVERSITY', 'INSTITUTIONAL_INVESTOR',
                                     'SMALL_LOCAL_AUTHORITY'));

-- investor_type: which exempt investor a partner is; control_by_other_means: linked by contract
-- or board appointment at any share (art. 3(3)).
ALTER TABLE firm_relation
    ADD COLUMN investor_type          varchar(40)
        CHECK (investor_type IN ('PUBLIC_INVESTMENT_COMPANY', 'VENTURE_CAPITAL_OR_ANGEL',
                                 'UNIVERSITY', 'INSTITUTIONAL_INVESTOR',
                                 'SMALL_LOCAL_AUTHORITY')),
    ADD COLUMN control_by_other_means boolean NOT NULL DEFAULT false;

-- received_by_group: aid to another enterprise of the same single undertaking, which counts
-- against the same EUR 300,000 ceiling (Reg. (EU) 2023/2831).
ALTER TABLE firm_de_minimis_aid
    ADD COLUMN received_by_group boolean NOT NULL DEFAULT false;
