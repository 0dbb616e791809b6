-- The police file of a defilement case. Victim identity is one encrypted column; everything else a
-- monitor may know about the child is in pseudonymous fields.
create table police_case (
    case_id            varchar(64)  primary key,
    ob_number          varchar(40)  not null,
    station_code       varchar(40)  not null,
    county_code        char(3)      not null,
    offence            varchar(40)  not null,
    offence_date       date         not null,
    offence_place      varchar(300) not null,
    reported_at        timestamptz  not null,
    status             varchar(40)  not null,
    referral_count     integer      not null default 0,
    odpp_office_code   varchar(40),
    odpp_file_number   varchar(60),
    court_case_number  varchar(80),
    verdict            varchar(20),
    closure_reason     varchar(60),
    victim_pseudonym   varchar(20),
    victim_age         integer,
    victim_age_basis   varchar(30),
    victim_age_band    varchar(30),
    victim_sex         varchar(10),
    victim_disability  boolean,
    victim_identity    text,
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint police_case_ob unique (station_code, ob_number)
);
create index police_case_county_status on police_case (county_code, status, reported_at);
create index police_case_station_status on police_case (station_code, status, reported_at);
create index police_case_reported on police_case (reported_at);

create table suspect (
    id                 bigserial    primary key,
    case_id            varchar(64)  not null references police_case (case_id),
    suspect_ref        varchar(10)  not null,
    full_name          varchar(200) not null,
    age_years          integer,
    relationship       varchar(40)  not null,
    arrested_at        timestamptz,
    arraigned_at       timestamptz,
    arraignment_court  varchar(120),
    arraigned_in_time  boolean,
    recorded_at        timestamptz  not null,
    constraint suspect_ref_unique unique (case_id, suspect_ref)
);

create table medical_evidence (
    id                 bigserial    primary key,
    case_id            varchar(64)  not null references police_case (case_id),
    form               varchar(10)  not null,
    examined_on        date         not null,
    facility           varchar(200) not null,
    recorded_at        timestamptz  not null
);
create index medical_evidence_case on medical_evidence (case_id);

create table investigation_update (
    id                 bigserial    primary key,
    case_id            varchar(64)  not null references police_case (case_id),
    step               varchar(40)  not null,
    note               varchar(2000),
    recorded_by        varchar(200) not null,
    recorded_at        timestamptz  not null
);
create index investigation_update_case on investigation_update (case_id);

-- The case's story as the police see it: their own events and what ODPP reported back.
create table timeline_entry (
    id                 bigserial    primary key,
    case_id            varchar(64)  not null references police_case (case_id),
    event_id           uuid         not null unique,
    event_type         varchar(200) not null,
    agency             varchar(10)  not null,
    occurred_at        timestamptz  not null,
    summary            varchar(500) not null
);
create index timeline_entry_case on timeline_entry (case_id, occurred_at, id);
