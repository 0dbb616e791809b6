-- Audit trail (service-kit): who read or changed which case, when, from which agency, and whether
-- it was allowed. Append-only: the database itself refuses updates and deletes.
create table audit_event (
    id             bigserial    primary key,
    occurred_at    timestamptz  not null,
    account        varchar(200) not null,
    agency         varchar(20),
    client_id      varchar(200),
    roles          varchar(500),
    method         varchar(10)  not null,
    path           varchar(500) not null,
    case_id        varchar(64),
    outcome        varchar(10)  not null,
    http_status    integer      not null
);
create index audit_event_account on audit_event (account, occurred_at);
create index audit_event_case on audit_event (case_id, occurred_at);
create index audit_event_time on audit_event (occurred_at);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
