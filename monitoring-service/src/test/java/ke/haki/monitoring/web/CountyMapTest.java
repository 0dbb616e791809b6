package ke.haki.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ke.haki.law.County;
import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.monitoring.domain.Stage;

/** The tile layout and the Kiswahili bundle, checked without starting the service. */
class CountyMapTest {

    @Test
    void everyCountyHasASquareOfItsOwnInsideTheGrid() {
        Set<CountyMap.Cell> cells = new HashSet<>();
        for (County county : County.values()) {
            CountyMap.Cell cell = CountyMap.cell(county);
            assertThat(cell.column()).as(county.name()).isBetween(0, CountyMap.COLUMNS - 1);
            assertThat(cell.row()).as(county.name()).isBetween(0, CountyMap.ROWS - 1);
            assertThat(cells.add(cell)).as(county + " shares " + cell).isTrue();
        }
        assertThat(cells).hasSize(47);
        // roughly geographic: Turkana north-west of Mandera, Mombasa south-east of Nairobi, Busia west of Nairobi
        assertThat(CountyMap.cell(County.TURKANA).column()).isLessThan(CountyMap.cell(County.MANDERA).column());
        assertThat(CountyMap.cell(County.MOMBASA).row()).isGreaterThan(CountyMap.cell(County.NAIROBI).row());
        assertThat(CountyMap.cell(County.MOMBASA).column()).isGreaterThan(CountyMap.cell(County.NAIROBI).column());
        assertThat(CountyMap.cell(County.BUSIA).column()).isLessThan(CountyMap.cell(County.NAIROBI).column());
    }

    @Test
    void theStepOfAValueIsItsShareOfTheLargestInQuarters() {
        assertThat(CountyMap.step(null, 8)).isZero();
        assertThat(CountyMap.step(0.0, 8)).isZero();
        assertThat(CountyMap.step(1.0, 8)).isEqualTo(1);
        assertThat(CountyMap.step(2.0, 8)).isEqualTo(1);
        assertThat(CountyMap.step(3.0, 8)).isEqualTo(2);
        assertThat(CountyMap.step(6.0, 8)).isEqualTo(3);
        assertThat(CountyMap.step(8.0, 8)).isEqualTo(4);
        assertThat(CountyMap.Figure.QUIET_PER_100.format(100.0 / 3)).isEqualTo("33.3");
        assertThat(CountyMap.Figure.OPEN.format(12.0)).isEqualTo("12");
    }

    @Test
    void everyMessageHasItsKiswahiliAndEveryCodeItsLabel() throws IOException {
        Map<String, String> sw = kiswahili();
        Set<String> keys = Arrays.stream(DashboardMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(sw.keySet())).isEqualTo(keys);
        assertThat(sw.values()).allSatisfy(v -> assertThat(v).isNotBlank());
        for (AlertType t : AlertType.values()) {
            assertThat(sw.get("alertType")).contains("{#is '" + t.name() + "'}");
        }
        for (AlertStatus s : AlertStatus.values()) {
            assertThat(sw.get("alertStatus")).contains("{#is '" + s.name() + "'}");
        }
        for (Severity v : Severity.values()) {
            assertThat(sw.get("severity")).contains("{#is '" + v.name() + "'}");
        }
        for (Stage s : Stage.values()) {
            assertThat(sw.get("stage")).contains("{#is '" + s.name() + "'}");
        }
    }

    private static Map<String, String> kiswahili() throws IOException {
        try (InputStream in = CountyMapTest.class.getResourceAsStream("/messages/msg_sw.properties")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        }
    }
}
