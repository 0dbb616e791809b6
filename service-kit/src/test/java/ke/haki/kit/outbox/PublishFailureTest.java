package ke.haki.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import ke.haki.contract.EventCodec;

class PublishFailureTest {

    @Test
    void anUnreadablePayloadIsPermanentAndItsReasonQuotesNoPayload() {
        String payload = "{\"victim\": Achieng}";
        RuntimeException error = catchFrom(() -> EventCodec.fromJson(payload));

        PublishFailure failure = PublishFailure.unreadablePayload(error);

        assertThat(error.getMessage()).as("the codec's own message quotes the input").contains("Achieng");
        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).startsWith("unreadable payload: MalformedEventException")
                .contains("at line 1, column")
                .doesNotContain("Achieng").doesNotContain("victim");
    }

    @Test
    void aRecordTheBrokerRejectsForGoodIsPermanent() {
        PublishFailure failure = PublishFailure.fromSend(
                new ExecutionException(new RecordTooLargeException("The message is 2000000 bytes")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).isEqualTo("rejected: RecordTooLargeException: The message is 2000000 bytes");
    }

    @Test
    void anUnreachableOrMisconfiguredBrokerIsAnOutageNotAFaultOfTheRow() {
        assertThat(PublishFailure.fromSend(new ExecutionException(new TimeoutException("expired"))).permanent()).isFalse();
        assertThat(PublishFailure.fromSend(new NetworkException("disconnected")).permanent()).isFalse();
        assertThat(PublishFailure.fromSend(new TopicAuthorizationException("no ACL")).permanent()).isFalse();
        assertThat(PublishFailure.fromSend(new IllegalStateException("producer closed")).permanent()).isFalse();
    }

    @Test
    void aLongReasonIsCutToTheColumnSize() {
        assertThat(new PublishFailure(true, "x".repeat(5000)).reason()).hasSize(1000);
    }

    private static RuntimeException catchFrom(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
