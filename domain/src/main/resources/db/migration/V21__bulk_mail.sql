-- Mails that go to many firms at once (after a catalogue change every affected plan's firm is
-- told) yield to the others: an introduction's mail is not queued behind thousands of them.
ALTER TABLE mail_outbox ADD COLUMN bulk boolean NOT NULL DEFAULT false;

DROP INDEX mail_outbox_due_idx;
CREATE INDEX mail_outbox_due_idx ON mail_outbox (bulk, next_attempt_at) WHERE next_attempt_at IS NOT NULL;
