package ke.haki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    @Test
    void theSequenceSortsAsTextAsItDoesAsANumber() {
        List<String> headers = new ArrayList<>(LongStream.of(1, 2, 9, 10, 11, 99, 100, 12345, Long.MAX_VALUE)
                .mapToObj(CloudEventHeaders::sequence).toList());
        List<String> shuffled = new ArrayList<>(headers);
        Collections.shuffle(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(headers);
        assertThat(headers).allSatisfy(h -> assertThat(h).hasSize(CloudEventHeaders.SEQUENCE_DIGITS));
        assertThat(CloudEventHeaders.sequence(7)).isEqualTo("0000000000000000007");
    }

    @Test
    void recordsPublishedBeforeThePaddingStillRead() {
        assertThat(CloudEventHeaders.parseSequence("7")).isEqualTo(7);
        assertThat(CloudEventHeaders.parseSequence("0000000000000000007")).isEqualTo(7);
    }

    @Test
    void theDataSchemaIsTheUrlTheProducerServesTheTypesSchemaAt() {
        CaseEvent event = Samples.event(EventType.NPS_CASE_REPORTED);
        assertThat(CloudEventHeaders.of(event, URI.create("https://nps.haki.example/asyncapi/schemas"))
                .get(CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("https://nps.haki.example/asyncapi/schemas/ke.nps.case.reported.v1.schema.json");
        assertThat(CloudEventHeaders.of(event).get(CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("http://localhost:8081/asyncapi/schemas/ke.nps.case.reported.v1.schema.json");
        assertThat(CloudEventHeaders.of(event).get(CloudEventHeaders.SEQUENCE))
                .isEqualTo(CloudEventHeaders.sequence(event.sequence()));
    }
}
