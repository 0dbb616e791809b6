-- Projection rebuilds as jobs (issue 14): one row per rebuild, its progress written as it runs so
-- that any replica answers GET /api/v1/admin/projection/rebuilds/{id}. At most one is RUNNING at a
-- time across all replicas (the partial unique index); a RUNNING row whose heartbeat stopped (its
-- replica died) is marked FAILED by the next request. Version 3.14 (out of order) so that it does
-- not clash with a V4 of a branch in flight.
create table projection_rebuild (
    rebuild_id      uuid         primary key,
    state           varchar(20)  not null,
    requested_by    varchar(200) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    heartbeat_at    timestamptz  not null,
    phase           varchar(40)  not null,
    records_read    bigint       not null default 0,
    events_applied  bigint       not null default 0,
    records_skipped bigint       not null default 0,
    tail_events     bigint       not null default 0,
    cases           bigint,
    failure         varchar(1000)
);
create unique index projection_rebuild_one_running on projection_rebuild ((true)) where state = 'RUNNING';
create index projection_rebuild_started on projection_rebuild (started_at desc);
