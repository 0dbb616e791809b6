package ke.haki.kit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ke.haki.kit.problem.ProblemException;

/**
 * Makes a creating request safe to retry: with an {@code Idempotency-Key}, the first result is
 * stored in the same transaction as the creation and replayed for a retry with the same key and
 * the same body. The same key with a different body is refused (422). Keys are scoped by the
 * calling account, so two agencies' keys never collide.
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

    /** What a creating action returns: the body and where the created resource lives. */
    public record Created<T>(T body, String location) {}

    /** The answer to give: {@code replayed} when it is the stored first answer. */
    public record Outcome<T>(T body, String location, boolean replayed) {}

    public <T> Outcome<T> create(String scope, String key, Object request, Class<T> type, Supplier<Created<T>> action) {
        if (key == null || key.isBlank()) {
            Created<T> created = QuarkusTransaction.joiningExisting().call(action::get);
            return new Outcome<>(created.body(), created.location(), false);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Outcome<T> stored = lookup(scope, key, hash, type);
                if (stored != null) {
                    return stored;
                }
                Created<T> created = action.get();
                em.createNativeQuery("""
                        insert into idempotency_record
                        (scope, idempotency_key, request_hash, response_status, response_json, location, created_at)
                        values (?1, ?2, ?3, 201, ?4, ?5, ?6)""")
                        .setParameter(1, scope)
                        .setParameter(2, key)
                        .setParameter(3, hash)
                        .setParameter(4, json(created.body()))
                        .setParameter(5, created.location())
                        .setParameter(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .executeUpdate();
                return new Outcome<>(created.body(), created.location(), false);
            });
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            // a concurrent request with the same key won the race: answer with its result
            Outcome<T> stored = QuarkusTransaction.requiringNew().call(() -> lookup(scope, key, hash, type));
            if (stored != null) {
                return stored;
            }
            throw e;
        }
    }

    private <T> Outcome<T> lookup(String scope, String key, String hash, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, response_json, location from idempotency_record
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
        try {
            return new Outcome<>(mapper.readValue((String) row[1], type), (String) row[2], true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
