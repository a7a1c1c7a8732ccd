-- What an installation of MaakMatch held at schema version 10, written with that version's
-- columns: a firm with its owner and figures, a submitted plan with its lines and history, a
-- stored match as the engine then wrote it, a share with a ROM (before introductions existed) and
-- the audit of it. The tests' database starts from this, so every integration test runs on an
-- upgraded database and PlatformIT checks that this data is served as it was entered.
INSERT INTO known_user (subject, user_name, roles, first_seen, last_seen)
VALUES ('a0a0a0a0-0000-4000-8000-000000000001', 'anna', 'firm',
        '2026-11-20 09:00:00+00', '2026-11-21 10:00:00+00')
ON CONFLICT (subject) DO NOTHING;

INSERT INTO firm (id, kvk_number, legal_name, province, founded_on, employees, annual_turnover_eur,
                  balance_sheet_total_eur, public_body_ownership_pct, owner_subject, created_at,
                  updated_at, lock_version, first_commercial_sale_on, public_owner_type)
VALUES ('0ea21e10-0000-4000-8000-000000000010', '01010010', 'Gieterij Van Dam B.V.', 'GE',
        '1998-04-01', 42, 7800000, 5100000, 0, 'a0a0a0a0-0000-4000-8000-000000000001',
        '2026-11-20 09:05:00+00', '2026-11-20 09:05:00+00', 0, NULL, NULL);
INSERT INTO firm_sbi_code (firm_id, position, sbi_code)
VALUES ('0ea21e10-0000-4000-8000-000000000010', 0, '24.51');
INSERT INTO firm_member (firm_id, subject, invited_by, joined_at)
VALUES ('0ea21e10-0000-4000-8000-000000000010', 'a0a0a0a0-0000-4000-8000-000000000001', NULL,
        '2026-11-20 09:05:00+00');

INSERT INTO investment_plan (id, firm_id, title, description, total_investment_eur,
                             own_contribution_eur, committed_by_others_eur, starts_on, trl,
                             expected_jobs, expected_co2_tonnes_per_year,
                             expected_productivity_pct, status, owner_subject, created_at,
                             updated_at, lock_version)
VALUES ('0ea21e10-0000-4000-8000-000000000020', '0ea21e10-0000-4000-8000-000000000010',
        'Elektrische smeltoven', 'Vervanging van de gasgestookte smeltoven door een inductieoven.',
        1500000, 300000, 0, '2027-04-01', 9, 2, 410.00, 8.00, 'SUBMITTED',
        'a0a0a0a0-0000-4000-8000-000000000001', '2026-11-20 09:10:00+00',
        '2026-11-20 09:30:00+00', 1);
INSERT INTO plan_purpose (plan_id, purpose)
VALUES ('0ea21e10-0000-4000-8000-000000000020', 'MACHINERY'),
       ('0ea21e10-0000-4000-8000-000000000020', 'ENERGY_CLIMATE');
INSERT INTO plan_capex_line (plan_id, position, description, category, amount_eur,
                             investment_year, economic_life_years)
VALUES ('0ea21e10-0000-4000-8000-000000000020', 0, 'Inductiesmeltoven 4 ton', 'MACHINERY',
        1500000, 2027, 15);
INSERT INTO plan_milestone (plan_id, position, description, due_on)
VALUES ('0ea21e10-0000-4000-8000-000000000020', 0, 'Oven in bedrijf', '2027-10-01');

INSERT INTO record_event (aggregate_type, aggregate_id, aggregate_version, event_type, actor,
                          occurred_at, snapshot)
VALUES ('plan', '0ea21e10-0000-4000-8000-000000000020', 0, 'PlanCreated',
        'a0a0a0a0-0000-4000-8000-000000000001', '2026-11-20 09:10:00+00',
        '{"title": "Elektrische smeltoven", "status": "DRAFT"}'),
       ('plan', '0ea21e10-0000-4000-8000-000000000020', 1, 'PlanSubmitted',
        'a0a0a0a0-0000-4000-8000-000000000001', '2026-11-20 09:30:00+00',
        '{"title": "Elektrische smeltoven", "status": "SUBMITTED"}');

-- the stored result as that version wrote it: verdicts and the stack, no explanation, no digest
INSERT INTO plan_match (id, plan_id, computed_at, computed_by, catalogue_version,
                        instrument_versions, result)
VALUES ('0ea21e10-0000-4000-8000-000000000030', '0ea21e10-0000-4000-8000-000000000020',
        '2026-11-20 09:31:00+00', 'a0a0a0a0-0000-4000-8000-000000000001', '2026.11',
        '{"bmkb": 1}',
        '{"instruments": [{"id": "bmkb", "name": "BMKB", "verdict": "ELIGIBLE"}],'
        ' "stack": {"parts": [{"instrumentId": "bmkb", "fundsEur": 600000}]}}');

INSERT INTO plan_share (id, plan_id, organisation, consented_at, consented_by)
VALUES ('0ea21e10-0000-4000-8000-000000000040', '0ea21e10-0000-4000-8000-000000000020', 'oost-nl',
        '2026-11-21 10:00:00+00', 'a0a0a0a0-0000-4000-8000-000000000001');

INSERT INTO audit_entry (occurred_at, actor, actor_roles, action, subject_type, subject_id,
                         firm_id, detail)
VALUES ('2026-11-21 10:00:00+00', 'a0a0a0a0-0000-4000-8000-000000000001', 'firm', 'PlanShared',
        'plan', '0ea21e10-0000-4000-8000-000000000020', '0ea21e10-0000-4000-8000-000000000010',
        'oost-nl');
