package ke.haki.kit.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.InvalidRecordException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Why one outbox row could not be published, and whether retrying can ever help: a fault of the
 * row itself is permanent (the row is quarantined), anything else is an outage (the row waits).
 * The reason never quotes the payload, because it is logged and kept on the row.
 *
 * @param permanent true when the row itself is at fault and retrying it as it is cannot succeed
 * @param reason a short description without payload content
 */
public record PublishFailure(boolean permanent, String reason) {

    private static final int MAX_REASON = 1000;

    public PublishFailure {
        reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    /** The row's payload could not be read into an event (so no record could even be built). */
    public static PublishFailure unreadablePayload(Throwable error) {
        StringBuilder reason = new StringBuilder("unreadable payload: ").append(error.getClass().getSimpleName());
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                reason.append(" (").append(json.getClass().getSimpleName());
                JsonLocation at = json.getLocation();
                if (at != null) {
                    reason.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
                }
                reason.append(')');
                break;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new PublishFailure(true, reason.toString());
    }

    /**
     * Classifies what the producer or the broker answered. Only faults of the record itself are
     * permanent; unreachable brokers, timeouts, missing ACLs or topics affect every row alike and
     * are outages, not grounds to set one row aside.
     */
    public static PublishFailure fromSend(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof java.util.concurrent.ExecutionException
                        || cause instanceof java.util.concurrent.CompletionException)) {
            cause = cause.getCause();
        }
        boolean permanent = cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidRecordException
                || cause instanceof SerializationException
                || cause instanceof InvalidTopicException;
        String message = cause.getMessage();
        String reason = (permanent ? "rejected: " : "not acknowledged: ") + cause.getClass().getSimpleName()
                + (message == null ? "" : ": " + message);
        return new PublishFailure(permanent, reason);
    }
}
