-- Idempotency-Key store (service-kit): the first response to a creating request, replayed when an
-- agency system retries with the same key. Keys are scoped by the calling account.
create table idempotency_record (
    scope          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)  not null,
    response_status integer     not null,
    response_json  text         not null,
    location       varchar(500),
    created_at     timestamptz  not null,
    primary key (scope, idempotency_key)
);
