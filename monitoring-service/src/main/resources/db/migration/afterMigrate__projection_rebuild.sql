-- Runs after every migration (a Flyway callback, beside the kit's afterMigrate.sql), as the
-- database owner. A projection rebuild (ShadowProjection) builds the shadow projection in schema
-- projection_shadow and keeps the replaced rows in projection_previous: the service's role
-- ${app_user} may create those two schemas (and owns what it creates there), nothing more. The
-- live tables stay the owner's; the role changes their rows only.
DO $$
DECLARE
    app text := '${app_user}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), app);
END
$$;
