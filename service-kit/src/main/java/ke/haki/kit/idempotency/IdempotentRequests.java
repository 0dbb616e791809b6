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
     * first request created. Everything happens in the caller's transaction (the request's, with
     * its audit row), so the created resource, its key record and its audit row commit together or
     * not at all. The key is claimed first ({@code insert ... on conflict do nothing}): a concurrent
     * request with the same key waits on that row until the first commits, then replays its answer
     * (or, if the first rolled back, claims the key itself).
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
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!claim(scope, key, hash)) {
                String location = lookup(scope, key, hash);
                return new Outcome<>(replay.apply(location), location, true);
            }
            Created<T> created = action.get();
            em.createNativeQuery("update idempotency_record set location = ?1 where scope = ?2 and idempotency_key = ?3")
                    .setParameter(1, created.location())
                    .setParameter(2, scope)
                    .setParameter(3, key)
                    .executeUpdate();
            return new Outcome<>(created.body(), created.location(), false);
        });
    }

    /**
     * Claims the key for this request, after dropping its expired record; false when an earlier
     * request (committed by now: the insert waits for a concurrent one) holds it.
     */
    private boolean claim(String scope, String key, String hash) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("""
                delete from idempotency_record where scope = ?1 and idempotency_key = ?2 and expires_at <= ?3""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, now)
                .executeUpdate();
        // the location is set once the action has created the resource, in this same transaction
        return em.createNativeQuery("""
                insert into idempotency_record
                (scope, idempotency_key, request_hash, response_status, location, created_at, expires_at)
                values (?1, ?2, ?3, 201, '', ?4, ?5)
                on conflict (scope, idempotency_key) do nothing""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, hash)
                .setParameter(4, now)
                .setParameter(5, now.plus(config.retention()))
                .executeUpdate() == 1;
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

    /** The location the earlier request with this key created; 422 when that request had another body. */
    private String lookup(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, location from idempotency_record
                where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Idempotency-Key " + key + " was claimed, but its record is gone");
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
