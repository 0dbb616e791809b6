-- The NGEC's pseudonymised projection of every case: one row per case, built from the NPS and
-- ODPP topics. No victim identity: a pseudonym and an age band only.
create table monitored_case (
    case_id                 varchar(64)  primary key,
    stage                   varchar(30),
    county_code             char(3),
    station_code            varchar(40),
    offence                 varchar(40),
    victim_pseudonym        varchar(20),
    victim_age_band         varchar(30),
    ob_number               varchar(40),
    odpp_file_number        varchar(60),
    court_case_number       varchar(80),
    reported_at             timestamptz,
    charged_at              timestamptz,
    judgment_at             timestamptz,
    verdict                 varchar(20),
    sentence_life           boolean,
    sentence_years          integer,
    sentence_flagged_below  boolean,
    prohibited_attempts     integer      not null default 0,
    last_event_at           timestamptz,
    last_progress_at        timestamptz,
    last_nps_sequence       bigint       not null default 0,
    last_odpp_sequence      bigint       not null default 0,
    quiet_due_at            timestamptz,
    next_deadline_at        timestamptz,
    deadline_kind           varchar(30)
);
-- The sweep's only access path: cost follows the number of due cases, not all cases.
create index monitored_case_next_deadline on monitored_case (next_deadline_at) where next_deadline_at is not null;
create index monitored_case_county_stage on monitored_case (county_code, stage);
create index monitored_case_station_stage on monitored_case (station_code, stage);

-- One row per consumed event: what happened, when, who (agency and unit), never the child.
create table timeline_entry (
    event_id     uuid         primary key,
    case_id      varchar(64)  not null,
    event_type   varchar(200) not null,
    agency       varchar(10)  not null,
    unit_code    varchar(60)  not null,
    sequence     bigint       not null,
    occurred_at  timestamptz  not null,
    summary      varchar(300) not null
);
create index timeline_entry_case on timeline_entry (case_id, occurred_at);

-- Suspects as the monitor may know them: a reference and the relationship to the child.
create table case_suspect (
    case_id        varchar(64) not null,
    suspect_ref    varchar(20) not null,
    relationship   varchar(40),
    primary key (case_id, suspect_ref)
);

-- The 24-hour arraignment timer of each arrested suspect (Constitution Art. 49(1)(f)).
create table arrest_timer (
    case_id        varchar(64) not null,
    suspect_ref    varchar(20) not null,
    arrested_at    timestamptz not null,
    due_by         timestamptz not null,
    arraigned_at   timestamptz,
    alerted        boolean     not null default false,
    primary key (case_id, suspect_ref)
);

-- Sequence numbers a producer skipped; an alert is raised only when still missing after the grace.
create table sequence_gap (
    case_id        varchar(64) not null,
    agency         varchar(10) not null,
    missing_sequence bigint    not null,
    grace_until    timestamptz not null,
    filled         boolean     not null default false,
    alerted        boolean     not null default false,
    primary key (case_id, agency, missing_sequence)
);

-- Alerts: raised once per breach (the unique key), then followed up by NGEC monitors.
create table alert (
    alert_id       uuid         primary key,
    case_id        varchar(64)  not null,
    alert_type     varchar(50)  not null,
    breach_key     varchar(200) not null,
    severity       varchar(10)  not null,
    stage          varchar(30),
    county_code    char(3),
    station_code   varchar(40),
    reason         varchar(1000) not null,
    rule           varchar(300) not null,
    due_at         timestamptz,
    status         varchar(20)  not null,
    assignee       varchar(200),
    raised_at      timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint alert_once_per_breach unique (case_id, alert_type, breach_key)
);
create index alert_status_type on alert (status, alert_type, raised_at);
create index alert_county on alert (county_code, status);
create index alert_case on alert (case_id);

-- Every change of an alert: who, when, what, and the note.
create table alert_history (
    id             bigserial    primary key,
    alert_id       uuid         not null references alert (alert_id),
    status         varchar(20)  not null,
    changed_by     varchar(200) not null,
    note           varchar(2000),
    changed_at     timestamptz  not null
);
create index alert_history_alert on alert_history (alert_id, id);
