-- Case timelines (service-kit, ke.haki.kit.timeline): one row per event of a case, with the event's
-- one-line summary. Repeatable (R__), so Flyway runs it after every versioned migration, on a new
-- database as on an existing one: a versioned kit migration (0.x) would run before the service's own
-- first migration on a new database, ahead of the tables it adopts. It changes nothing that exists:
-- the police's timeline_entry already has this shape; the prosecution's file_timeline (same shape,
-- same rows) is renamed; a database with neither gets the table. The monitoring service's own
-- timeline_entry (keyed by event id, with unit and sequence) is left as it is.
DO $$
BEGIN
    IF to_regclass('timeline_entry') IS NULL AND to_regclass('file_timeline') IS NOT NULL THEN
        ALTER TABLE file_timeline RENAME TO timeline_entry;
        ALTER TABLE timeline_entry RENAME CONSTRAINT file_timeline_pkey TO timeline_entry_pkey;
        ALTER TABLE timeline_entry RENAME CONSTRAINT file_timeline_event_id_key TO timeline_entry_event_id_key;
        ALTER INDEX file_timeline_case RENAME TO timeline_entry_case;
        ALTER SEQUENCE file_timeline_id_seq RENAME TO timeline_entry_id_seq;
    END IF;
    IF to_regclass('timeline_entry') IS NULL THEN
        CREATE TABLE timeline_entry (
            id                 bigserial    primary key,
            case_id            varchar(64)  not null,
            event_id           uuid         not null unique,
            event_type         varchar(200) not null,
            agency             varchar(10)  not null,
            occurred_at        timestamptz  not null,
            summary            varchar(500) not null
        );
        CREATE INDEX timeline_entry_case ON timeline_entry (case_id, occurred_at, id);
    END IF;
END
$$;
