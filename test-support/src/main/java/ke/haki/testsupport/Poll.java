package ke.haki.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a test cannot be told about (an event consumed, a background job ended). */
public final class Poll {

    private Poll() {}

    /** Asks {@code condition} every 100 ms until it holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
