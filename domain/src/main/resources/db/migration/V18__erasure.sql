-- A firm's erasure (GDPR art. 17) removes the history of its records and the content of its audit
-- entries. Both tables stay append-only for everything else: only a transaction that declared
-- itself an erasure (SET LOCAL maakmatch.erasure = 'on') may delete history rows, and it may only
-- blank an audit entry's reason and detail: who did what when stays.

CREATE OR REPLACE FUNCTION record_event_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('maakmatch.erasure', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'record_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_entry_keeps_its_skeleton() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('maakmatch.erasure', true) = 'on'
       AND NEW.reason IS NULL AND NEW.detail IS NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.actor_roles, NEW.action, NEW.subject_type,
            NEW.subject_id, NEW.firm_id)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor, OLD.actor_roles, OLD.action, OLD.subject_type,
            OLD.subject_id, OLD.firm_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only; an erasure may only blank its reason and detail';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER audit_entry_append_only ON audit_entry;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_keeps_its_skeleton();

