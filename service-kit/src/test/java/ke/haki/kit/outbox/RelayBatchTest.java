package ke.haki.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ke.haki.kit.outbox.RelayBatch.Attempt;
import ke.haki.kit.outbox.RelayBatch.Decision;

class RelayBatchTest {

    private static final PublishFailure POISON = new PublishFailure(true, "unreadable payload: MalformedEventException");
    private static final PublishFailure OUTAGE = new PublishFailure(false, "not acknowledged: TimeoutException: expired");

    @Test
    void aPermanentFailureQuarantinesTheRowAndHoldsOnlyTheLaterRowsOfItsCase() {
        Decision d = RelayBatch.decide(List.of(
                Attempt.acknowledged(1, "A"),
                Attempt.failed(2, "A", POISON),
                Attempt.acknowledged(3, "B"),
                Attempt.notSent(4, "A"),
                Attempt.acknowledged(5, "C"),
                Attempt.acknowledged(6, "B")));

        assertThat(d.published()).containsExactly(1L, 3L, 5L, 6L);
        assertThat(d.quarantined()).containsOnlyKeys(2L).containsValue(POISON.reason());
        assertThat(d.retry()).isEmpty();
        assertThat(d.hadTransientFailure()).isFalse();
    }

    @Test
    void aTransientFailureQuarantinesNothingAndItsCaseWaitsInOrder() {
        Decision d = RelayBatch.decide(List.of(
                Attempt.failed(1, "A", OUTAGE),
                Attempt.acknowledged(2, "B"),
                Attempt.acknowledged(3, "A")));

        assertThat(d.quarantined()).isEmpty();
        assertThat(d.published()).containsExactly(2L);
        assertThat(d.retry()).containsOnlyKeys(1L, 3L);
        assertThat(d.retry().get(3L)).isEqualTo("an earlier event of the case failed");
        assertThat(d.hadTransientFailure()).isTrue();
    }

    @Test
    void aRowAcknowledgedAfterAQuarantinedRowOfItsCaseIsNotMarkedPublished() {
        Decision d = RelayBatch.decide(List.of(
                Attempt.failed(7, "A", POISON),
                Attempt.acknowledged(8, "A")));

        assertThat(d.published()).isEmpty();
        assertThat(d.quarantined()).containsOnlyKeys(7L);
        assertThat(d.retry()).containsOnlyKeys(8L);
    }

    @Test
    void rowsNotSentAreNeitherPublishedNorQuarantinedNorRecordedAsFailed() {
        Decision d = RelayBatch.decide(List.of(
                Attempt.acknowledged(1, "A"),
                Attempt.notSent(2, "B"),
                Attempt.notSent(3, "C")));

        assertThat(d.published()).containsExactly(1L);
        assertThat(d.quarantined()).isEmpty();
        assertThat(d.retry()).isEmpty();
    }
}
