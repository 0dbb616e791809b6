package ke.haki.monitoring.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.kit.sql.CachedReading;
import ke.haki.kit.sql.SqlValues;
import ke.haki.law.County;

/**
 * Alerts waiting for NGEC staff, by county, read in one grouped query and kept for a few seconds:
 * {@code haki.monitoring.alerts.open} (raised, nobody acknowledged yet),
 * {@code haki.monitoring.alerts.active} (still needing action: open, acknowledged, assigned or
 * escalated) and {@code haki.monitoring.alerts.open.oldest.age} (seconds since the oldest
 * unacknowledged alert was raised). Also {@code haki.monitoring.cases.due}: cases whose deadline
 * has passed and which the sweep has not handled yet. The label is the county code (47 fixed
 * values and {@code none}), never a case.
 */
@ApplicationScoped
@Startup
public class AlertBacklog {

    public static final String OPEN = "haki.monitoring.alerts.open";
    public static final String ACTIVE = "haki.monitoring.alerts.active";
    public static final String OPEN_OLDEST_AGE = "haki.monitoring.alerts.open.oldest.age";
    public static final String CASES_DUE = "haki.monitoring.cases.due";
    static final String NO_COUNTY = "none";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /** One county's alerts; {@code oldestOpen} is null when none is open. */
    public record CountyAlerts(long open, long active, Instant oldestOpen) {}

    /** @param readable false when the database could not be read (the gauges then show -1) */
    public record Snapshot(Map<String, CountyAlerts> byCounty, long casesDue, Instant readAt, boolean readable) {}

    private final CachedReading<Snapshot> cached = new CachedReading<>(Duration.ofSeconds(5), this::read);

    @PostConstruct
    void register() {
        for (County county : County.values()) {
            registerCounty(county.code());
        }
        registerCounty(NO_COUNTY);
        Gauge.builder(CASES_DUE, this, b -> b.snapshot().casesDue())
                .description("cases past their deadline, waiting for the sweep").register(meters);
    }

    private void registerCounty(String code) {
        Gauge.builder(OPEN, this, b -> b.count(code, CountyAlerts::open)).tag("county", code)
                .description("alerts raised and not yet acknowledged").register(meters);
        Gauge.builder(ACTIVE, this, b -> b.count(code, CountyAlerts::active)).tag("county", code)
                .description("alerts still needing action").register(meters);
        Gauge.builder(OPEN_OLDEST_AGE, this, b -> b.oldestOpenAge(code)).tag("county", code)
                .description("seconds since the oldest unacknowledged alert was raised").baseUnit("seconds")
                .register(meters);
    }

    private double count(String county, java.util.function.ToLongFunction<CountyAlerts> which) {
        Snapshot s = snapshot();
        if (!s.readable()) {
            return -1;
        }
        CountyAlerts a = s.byCounty().get(county);
        return a == null ? 0 : which.applyAsLong(a);
    }

    private double oldestOpenAge(String county) {
        Snapshot s = snapshot();
        CountyAlerts a = s.byCounty().get(county);
        if (!s.readable() || a == null || a.oldestOpen() == null) {
            return 0;
        }
        Duration age = Duration.between(a.oldestOpen(), s.readAt());
        return age.isNegative() ? 0 : age.toMillis() / 1000.0;
    }

    public Snapshot snapshot() {
        return cached.get();
    }

    /** Forgets the cached snapshot, so the next read is fresh (tests). */
    public void refresh() {
        cached.forget();
    }

    @SuppressWarnings("unchecked")
    private Snapshot read() {
        Instant now = clock.instant();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Object[]> rows = em.createNativeQuery("""
                        select county_code,
                               count(*) filter (where status = 'OPEN'),
                               count(*),
                               min(raised_at) filter (where status = 'OPEN')
                        from alert where status in ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'ESCALATED')
                        group by county_code""").getResultList();
                Map<String, CountyAlerts> byCounty = new HashMap<>();
                for (Object[] row : rows) {
                    String county = row[0] == null || !County.isValidCode(row[0].toString().trim())
                            ? NO_COUNTY : row[0].toString().trim();
                    CountyAlerts a = new CountyAlerts(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                            SqlValues.instant(row[3]));
                    byCounty.merge(county, a, (x, y) -> new CountyAlerts(x.open() + y.open(), x.active() + y.active(),
                            x.oldestOpen() == null ? y.oldestOpen()
                                    : y.oldestOpen() == null || x.oldestOpen().isBefore(y.oldestOpen()) ? x.oldestOpen()
                                    : y.oldestOpen()));
                }
                Number due = (Number) em.createNativeQuery(
                        "select count(*) from monitored_case where next_deadline_at is not null and next_deadline_at <= ?1")
                        .setParameter(1, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                        .getSingleResult();
                return new Snapshot(Map.copyOf(byCounty), due.longValue(), now, true);
            });
        } catch (RuntimeException e) {
            return new Snapshot(Map.of(), -1, now, false);
        }
    }
}
