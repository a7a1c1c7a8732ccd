-- When an introduction is erased (the firm's request, or the end of the retention period), its
-- financier is told through its event log (GDPR art. 19): an IntroductionErased event that keeps
-- the introduction's id, which the financier's systems know, and nothing else of it. So an event
-- may outlive its introduction, and the erased event names no firm.
ALTER TABLE introduction_event DROP CONSTRAINT introduction_event_introduction_id_fkey;
ALTER TABLE introduction_event ALTER COLUMN firm_id DROP NOT NULL;
ALTER TABLE introduction_event ADD CONSTRAINT introduction_event_firm_named
    CHECK (firm_id IS NOT NULL OR type = 'IntroductionErased');
