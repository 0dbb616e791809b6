package ke.haki.monitoring.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The shadow projection of a rebuild: the projection's tables copied (columns, defaults,
 * constraints and indexes, with their names) empty into schema {@value #SHADOW}. A transaction
 * that calls {@link #use()} resolves the projection's table names there first, so the same
 * projection code (entities and native queries name tables without a schema) fills the shadow
 * while the live tables keep serving. {@link #switchToShadow()} replaces the live rows with the
 * shadow's in one transaction; a copy of the replaced rows stays in {@value #PREVIOUS} until the
 * next rebuild (to compare, or to roll back by hand).
 */
@ApplicationScoped
public class ShadowProjection {

    public static final String SHADOW = "projection_shadow";
    public static final String PREVIOUS = "projection_previous";

    /** Every table the projection is built into; alerts and their history are not part of it. */
    public static final List<String> TABLES = List.of("monitored_case", "timeline_entry", "case_suspect",
            "arrest_timer", "sequence_gap", "court_sitting");

    @Inject
    EntityManager em;

    /** Drops any earlier shadow and creates the empty one. */
    public void create() {
        execute("drop schema if exists " + SHADOW + " cascade");
        execute("create schema " + SHADOW);
        for (String table : TABLES) {
            execute("create table " + SHADOW + "." + table + " (like public." + table
                    + " including defaults including generated including identity including storage)");
            for (Object def : em.createNativeQuery("""
                    select 'alter table %s.' || quote_ident(t.relname) || ' add constraint ' || quote_ident(c.conname)
                        || ' ' || pg_get_constraintdef(c.oid)
                    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = 'public' and t.relname = ?1 and c.contype in ('p', 'u', 'c')
                    order by c.contype, c.conname""".formatted(SHADOW)).setParameter(1, table).getResultList()) {
                execute((String) def);
            }
            for (Object def : em.createNativeQuery("""
                    select replace(i.indexdef, ' ON public.', ' ON %s.') from pg_indexes i
                    where i.schemaname = 'public' and i.tablename = ?1
                      and not exists (select 1 from pg_constraint c where c.conname = i.indexname
                                      and c.connamespace = 'public'::regnamespace)
                    order by i.indexname""".formatted(SHADOW)).setParameter(1, table).getResultList()) {
                execute((String) def);
            }
        }
    }

    /** In the current transaction, unqualified names of the projection's tables mean the shadow's. */
    public void use() {
        execute("set local search_path to " + SHADOW + ", public");
    }

    /** Back to the live tables in the current transaction. */
    public void useLive() {
        execute("set local search_path to public");
    }

    /**
     * In the caller's transaction: the live tables are copied to {@value #PREVIOUS} (replacing the
     * copy a previous rebuild left there), emptied and filled from the shadow's, and the shadow is
     * dropped. Readers see either the old or the new projection, never a mix. Copying (not renaming
     * the tables) keeps the live tables owned by the database owner: the service's own role may
     * change their rows but not their definition (docs/security.md, "Audit trail"), and needs only
     * the right to create the two schemas of a rebuild (service-kit db/kit/afterMigrate.sql, `app_creates_schemas`).
     */
    public void switchToShadow() {
        useLive();
        execute("drop schema if exists " + PREVIOUS + " cascade");
        execute("create schema " + PREVIOUS);
        for (String table : TABLES) {
            execute("create table " + PREVIOUS + "." + table + " as table public." + table);
        }
        execute("truncate " + String.join(", ", TABLES.stream().map(t -> "public." + t).toList()));
        for (String table : TABLES) {
            execute("insert into public." + table + " overriding system value select * from " + SHADOW + "." + table);
        }
        execute("drop schema " + SHADOW + " cascade");
    }

    public void dropShadow() {
        execute("drop schema if exists " + SHADOW + " cascade");
    }

    private void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
