-- The kit test application's own tables: a note per case, and the effects its consumer applied.
create table kit_test_note (
    case_id        varchar(64)  primary key,
    text           varchar(200) not null
);
create table kit_test_effect (
    id             bigserial    primary key,
    event_id       uuid         not null,
    case_id        varchar(64)  not null
);
