package ke.haki.kit.problem;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * Tells a client that went away (closed the connection before or while the answer was sent)
 * from a failure of the service: the first is routine and is not logged as an error.
 */
public final class ClientDisconnect {

    private static final int MAX_DEPTH = 10;

    private ClientDisconnect() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t.getClass().getName().equals("io.vertx.core.VertxException") && message.contains("connection was closed")) {
                return true;
            }
            if (t.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
                return true;
            }
            if (t instanceof IOException && (message.contains("connection reset by peer")
                    || message.contains("broken pipe"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
