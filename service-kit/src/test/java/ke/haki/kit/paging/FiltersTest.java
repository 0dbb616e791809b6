package ke.haki.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void onlyTheGivenFiltersBecomeConditionsWithTheirValuesAsParameters() {
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Filters f = Filters.where().equal("countyCode", "047").equal("status", null).from("reportedAt", from)
                .before("reportedAt", null);
        assertThat(f.query()).isEqualTo("countyCode = :p0 and reportedAt >= :p1");
        assertThat(f.parameters()).isEqualTo(Map.of("p0", "047", "p1", from));
    }

    @Test
    void noFilterMatchesEverything() {
        Filters f = Filters.where().equal("countyCode", null);
        assertThat(f.query()).isEqualTo("1 = 1");
        assertThat(f.parameters()).isEmpty();
    }

    @Test
    void aValueIsNeverWrittenIntoTheQuery() {
        Filters f = Filters.where().equal("stationCode", "x' or '1'='1").before("receivedAt", Instant.EPOCH);
        assertThat(f.query()).doesNotContain("x'").isEqualTo("stationCode = :p0 and receivedAt < :p1");
    }
}
