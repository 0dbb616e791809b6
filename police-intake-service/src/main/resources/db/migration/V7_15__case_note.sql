-- The note a police user may send with a closure or a re-submission (issue 15): it stays with the
-- police, encrypted like the investigation notes (SensitiveText, associated data case_note.note),
-- keyed on the event it accompanied so the case's timeline shows it beside that event. Never
-- published, logged or audited.
create table case_note (
    id                 bigserial    primary key,
    case_id            varchar(64)  not null references police_case (case_id),
    event_id           uuid         not null unique,
    note               text         not null,
    recorded_by        varchar(200) not null,
    recorded_at        timestamptz  not null
);
create index case_note_case on case_note (case_id);
