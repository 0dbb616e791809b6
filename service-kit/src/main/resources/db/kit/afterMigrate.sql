-- Runs after every migration (a Flyway callback), as the database owner. The service connects as
-- another role, ${app_user} (quarkus.datasource.username), and may only do what is granted here:
-- read and change its own tables (the monitoring rebuild truncates its projection), but only INSERT
-- and SELECT the audit trail. Without UPDATE,
-- DELETE or TRUNCATE, and not being the owner, it can neither change a row nor drop the trigger
-- that keeps the trail append-only. Idempotent: grants are re-applied to tables added since.
-- When the service connects as the owner itself (not in the shipped set-ups) nothing is changed.
DO $$
DECLARE
    app text := '${app_user}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${flyway:table} FROM %I', app);
    EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app);
    -- the monitor's projection rebuild (ShadowProjection) builds in schemas of its own: the role may
    -- create those (and owns what it creates there), nothing more (haki.flyway app_creates_schemas)
    IF '${app_creates_schemas}' = 'true' THEN
        EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), app);
    END IF;
END
$$;
