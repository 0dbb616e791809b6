package ke.haki.kit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.invalid\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
    void aCellThatCouldStartAFormulaIsOpenedAsText(String value) {
        String cell = Csv.cell(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    void ordinaryCellsAreKeptAndQuotedOnlyWhereNeeded() {
        assertThat(Csv.cell("NRB-KILIMANI")).isEqualTo("NRB-KILIMANI");
        assertThat(Csv.cell("Murang'a")).isEqualTo("Murang'a");
        assertThat(Csv.cell("Tharaka-Nithi, east")).isEqualTo("\"Tharaka-Nithi, east\"");
        assertThat(Csv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void aFormulaAfterALineBreakIsQuotedIntoTheSameCell() {
        assertThat(Csv.cell("a\n=1+1")).isEqualTo("\"a\n=1+1\"");
    }
}
