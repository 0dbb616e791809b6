-- Police stations (reference data): the county a case belongs to and the ODPP office that serves it
-- follow from the station, never from what a request says. Seeded from db/stations/stations.csv
-- (V3_6__SeedStations), kept by NPS administrators (PUT /api/v1/stations/{code}).
create table station (
    code              varchar(40)  primary key,
    name              varchar(120) not null,
    county_code       char(3)      not null,
    odpp_office_code  varchar(40)  not null,
    active            boolean      not null default true,
    updated_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint station_county check (county_code ~ '^(0[0-3][0-9]|04[0-7])$' and county_code <> '000')
);
create index station_county on station (county_code, code);
