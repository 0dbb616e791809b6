package ke.haki.kit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import ke.haki.kit.problem.ProblemException;

/**
 * Makes a creating request safe to retry: with an {@code Idempotency-Key}, the created resource's
 * location is stored in the same transaction as the creation, and a retry with the same key and
 * the same body answers with that resource as it is now (re-read through the caller's own access
 * checks). The same key with a different body is refused (422). Keys are scoped by the calling
 * account, so two agencies' keys never collide. A record keeps no body, only a SHA-256 of the
 * request, and expires after {@code haki.idempotency.retention} (default 24 h): an expired key is
 * a new request, and expired records are purged.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    /** What a creating action returns: the body and where the created resource lives. */
    public record Created<T>(T body, String location) {}

    /** The answer to give: {@code replayed} when it repeats the first request's answer. */
    public record Outcome<T>(T body, String location, boolean replayed) {}

    /**
     * Runs {@code action} once per key; a retry gets {@code replay} applied to the location the
     * first request created.
     */
    public <T> Outcome<T> create(String scope, String key, Object request, Supplier<Created<T>> action,
            Function<String, T> replay) {
        if (key == null || key.isBlank()) {
            Created<T> created = QuarkusTransaction.joiningExisting().call(action::get);
            return new Outcome<>(created.body(), created.location(), false);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        try {
            First<T> first = QuarkusTransaction.requiringNew().call(() -> {
                String stored = lookup(scope, key, hash);
                if (stored != null) {
                    return new First<T>(null, stored);
                }
                Created<T> created = action.get();
                OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                em.createNativeQuery("""
                        insert into idempotency_record
                        (scope, idempotency_key, request_hash, response_status, location, created_at, expires_at)
                        values (?1, ?2, ?3, 201, ?4, ?5, ?6)""")
                        .setParameter(1, scope)
                        .setParameter(2, key)
                        .setParameter(3, hash)
                        .setParameter(4, created.location())
                        .setParameter(5, now)
                        .setParameter(6, now.plus(config.retention()))
                        .executeUpdate();
                return new First<>(created, null);
            });
            if (first.created() != null) {
                return new Outcome<>(first.created().body(), first.created().location(), false);
            }
            return replayed(first.storedLocation(), replay);
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            // a concurrent request with the same key won the race: answer with its result
            String stored = QuarkusTransaction.requiringNew().call(() -> lookup(scope, key, hash));
            if (stored != null) {
                return replayed(stored, replay);
            }
            throw e;
        }
    }

    @Scheduled(every = "${haki.idempotency.purge-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Deletes expired records (every {@code haki.idempotency.purge-every}, default 15 min); returns how many. */
    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from idempotency_record where expires_at <= ?1")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate());
    }

    /** Either this request created the resource, or an earlier one with the same key did. */
    private record First<T>(Created<T> created, String storedLocation) {}

    private <T> Outcome<T> replayed(String location, Function<String, T> replay) {
        return new Outcome<>(QuarkusTransaction.joiningExisting().call(() -> replay.apply(location)), location, true);
    }

    /** The stored location for this key, or null when the key is new or its record has expired. */
    private String lookup(String scope, String key, String hash) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("""
                delete from idempotency_record where scope = ?1 and idempotency_key = ?2 and expires_at <= ?3""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, now)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, location from idempotency_record
                where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key reused with a different request",
                    "This Idempotency-Key was already used for a different request body; use a new key");
        }
        return (String) row[1];
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
