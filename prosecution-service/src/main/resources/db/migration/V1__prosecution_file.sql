-- What the police published about a case before (and after) its referral: enough for ODPP to open
-- and charge the file. Pseudonymous: the child appears only by pseudonym, age and age band.
create table case_projection (
    case_id                varchar(64)  primary key,
    ob_number              varchar(40),
    station_code           varchar(40)  not null,
    county_code            char(3)      not null,
    offence                varchar(40)  not null,
    offence_date           date,
    victim_pseudonym       varchar(20),
    victim_age             integer,
    victim_age_band        varchar(30),
    victim_age_basis       varchar(30),
    victim_sex             varchar(10),
    medical_evidence_count integer      not null default 0,
    investigation_updates  integer      not null default 0,
    police_closed_reason   varchar(60),
    updated_at             timestamptz  not null
);

create table case_suspect (
    id                     bigserial    primary key,
    case_id                varchar(64)  not null references case_projection (case_id),
    suspect_ref            varchar(10)  not null,
    age_years              integer,
    relationship           varchar(40)  not null,
    arrested_at            timestamptz,
    arraigned_at           timestamptz,
    arraigned_in_time      boolean,
    constraint case_suspect_ref unique (case_id, suspect_ref)
);

-- Numbers ODPP files per county and year: ODPP/<county>/<year>/<number>.
create table odpp_file_counter (
    county_code            char(3)      not null,
    file_year              integer      not null,
    last_number            bigint       not null,
    primary key (county_code, file_year)
);

-- The ODPP file of a case, from referral to the last court outcome.
create table prosecution_file (
    case_id                varchar(64)  primary key references case_projection (case_id),
    file_number            varchar(40)  not null unique,
    county_code            char(3)      not null,
    office_code            varchar(40)  not null,
    status                 varchar(40)  not null,
    referral_number        integer      not null,
    received_at            timestamptz  not null,
    prosecutor_ref         varchar(200),
    evidential_test_met    boolean,
    public_interest_test_met boolean,
    proposed_statute       varchar(200),
    override_reason        varchar(2000),
    counts_json            text,
    decline_reason         varchar(40),
    directions_json        text,
    respond_by             date,
    court_station          varchar(120),
    court_case_number      varchar(120),
    charge_filed_on        date,
    plea                   varchar(20),
    plea_on                date,
    next_court_date        date,
    verdict                varchar(20),
    judgment_on            date,
    sentence_life          boolean,
    sentence_years         integer,
    minimum_life           boolean,
    minimum_years          integer,
    minimum_statute        varchar(200),
    below_minimum          boolean,
    appeal_court           varchar(120),
    appellant              varchar(20),
    appeal_filed_on        date,
    appeal_outcome         varchar(40),
    appeal_decided_on      date,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
create index prosecution_file_county_status on prosecution_file (county_code, status, received_at);
create index prosecution_file_court on prosecution_file (county_code, court_station);
create index prosecution_file_prosecutor on prosecution_file (county_code, prosecutor_ref);

create table court_sitting (
    id                     bigserial    primary key,
    case_id                varchar(64)  not null references prosecution_file (case_id),
    kind                   varchar(20)  not null,
    sitting_date           date         not null,
    adjourned              boolean      not null,
    adjournment_reason     varchar(40),
    next_date              date,
    note                   varchar(2000),
    recorded_by            varchar(200) not null,
    recorded_at            timestamptz  not null
);
create index court_sitting_case on court_sitting (case_id, sitting_date);

-- The file's story: what the police published and what ODPP did.
create table file_timeline (
    id                     bigserial    primary key,
    case_id                varchar(64)  not null references case_projection (case_id),
    event_id               uuid         not null unique,
    event_type             varchar(200) not null,
    agency                 varchar(10)  not null,
    occurred_at            timestamptz  not null,
    summary                varchar(500) not null
);
create index file_timeline_case on file_timeline (case_id, occurred_at, id);
