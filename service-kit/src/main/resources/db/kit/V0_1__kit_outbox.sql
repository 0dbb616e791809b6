-- Transactional outbox (service-kit). Written in the same transaction as the state change it
-- describes; published in id order by the relay, then marked published.
create table outbox_event (
    id             bigserial primary key,
    event_id       uuid         not null unique,
    case_id        varchar(64)  not null,
    sequence       bigint       not null,
    topic          varchar(200) not null,
    event_type     varchar(200) not null,
    event_json     text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz,
    attempts       integer      not null default 0,
    last_error     varchar(1000),
    constraint outbox_event_case_sequence unique (case_id, topic, sequence)
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- The last sequence number given to each case's events on each topic (gap-free, per case).
create table outbox_case_sequence (
    case_id        varchar(64)  not null,
    topic          varchar(200) not null,
    last_sequence  bigint       not null,
    primary key (case_id, topic)
);
