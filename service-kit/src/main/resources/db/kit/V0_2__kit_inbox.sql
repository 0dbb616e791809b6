-- Idempotent consumer (service-kit): an event id is recorded in the same transaction as its effect,
-- so a redelivered event is a no-op.
create table inbox_processed_event (
    event_id       uuid         primary key,
    consumer       varchar(100) not null,
    event_type     varchar(200) not null,
    case_id        varchar(64)  not null,
    processed_at   timestamptz  not null
);
