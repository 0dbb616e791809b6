package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ke.haki.contract.Topics;

/** The table of {@link Services} agrees with what each service's configuration really uses. */
class KafkaUsersTest {

    @Test
    void tableMatchesEachServicesMessagingConfiguration() {
        for (Services.Service s : Services.ALL) {
            AppProperties p = AppProperties.of(s.dir());
            Set<String> incoming = p.values("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
            assertThat(incoming).as(s.name() + " consumes").isEqualTo(s.consumes());
            Set<String> dlq = p.values("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
            assertThat(s.produces()).as(s.name() + " produces its dead-letter topics").containsAll(dlq);
            for (String group : p.values("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.group\\.id")) {
                boolean granted = s.group().patternType().equals("prefix") ? group.startsWith(s.group().name())
                        : group.equals(s.group().name());
                assertThat(granted).as(s.name() + " group " + group + " is covered by " + s.group()).isTrue();
            }
            Set<String> outgoing = p.values("mp\\.messaging\\.outgoing\\.[^.]+\\.topic");
            assertThat(s.produces()).as(s.name() + " outgoing channels").containsAll(outgoing);
        }
    }

    @Test
    void everyContractTopicHasOneProducer() {
        Set<String> produced = new TreeSet<>();
        for (Services.Service s : Services.ALL) {
            for (String t : s.produces()) {
                assertThat(produced.add(t)).as("topic " + t + " has a single producing service").isTrue();
            }
        }
        assertThat(produced).containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(Topics.TopicSpec::name).toList());
    }
}
