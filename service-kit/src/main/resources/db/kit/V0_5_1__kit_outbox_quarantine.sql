-- Outbox quarantine (service-kit): a row the relay cannot publish (unreadable payload, rejected by
-- the broker for good) is set aside with its reason and time. Only the later rows of the same case
-- wait behind it; every other case keeps flowing. An operator releases the row by clearing
-- quarantined_at once the cause is fixed (docs/operations/runbook.md).
-- Version 0.5.1 so that it cannot clash with a 0.5 of a branch in flight; kit migrations apply out
-- of order (META-INF/microprofile-config.properties).
alter table outbox_event add column quarantined_at timestamptz;
alter table outbox_event add column quarantine_reason varchar(1000);
create index outbox_event_quarantined on outbox_event (case_id, id)
    where quarantined_at is not null and published_at is null;
