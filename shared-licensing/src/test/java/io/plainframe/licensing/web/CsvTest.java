package io.plainframe.licensing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)", "\tTAB", "\rCR"})
    void cellsASpreadsheetWouldRunAsFormulasAreDefused(String cell) {
        String written = Csv.row(List.of(cell));
        assertThat(Csv.parse(written).get(0).get(0)).startsWith("'").isEqualTo("'" + cell);
    }

    @Test
    void commasQuotesAndLineBreaksSurviveARoundTrip() {
        List<String> cells = List.of("Smith, Jane", "say \"hi\"", "two\nlines", "", "plain");
        assertThat(Csv.parse(Csv.row(cells) + Csv.row(List.of("a", "b")))).containsExactly(cells, List.of("a", "b"));
    }

    @Test
    void spreadsheetExportsWithByteOrderMarksAndBareLineFeedsAreRead() {
        assertThat(Csv.parse("\ufeffusername,email\nalice,a@x\nbob,b@x")).containsExactly(
                List.of("username", "email"), List.of("alice", "a@x"), List.of("bob", "b@x"));
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertThatThrownBy(() -> Csv.parse("username\n\"alice\nbob\n")).hasMessage("4");
    }
}
