package ke.haki.kit.sql;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a while, so that gauges and health checks polled
 * many times a second cost one query per period. Thread-safe; two callers racing at expiry may
 * both read, which is harmless.
 */
public final class CachedReading<T> {

    private final long maxAgeNanos;
    private final Supplier<T> read;
    private volatile T last;
    private volatile long lastReadNanos;

    public CachedReading(Duration maxAge, Supplier<T> read) {
        this.maxAgeNanos = maxAge.toNanos();
        this.read = read;
    }

    /** The kept value, or a fresh one once it is older than the maximum age. */
    public T get() {
        T value = last;
        long now = System.nanoTime();
        if (value == null || now - lastReadNanos > maxAgeNanos) {
            value = read.get();
            last = value;
            lastReadNanos = now;
        }
        return value;
    }

    /** Forgets the kept value: the next {@link #get} reads. */
    public void forget() {
        last = null;
    }
}
