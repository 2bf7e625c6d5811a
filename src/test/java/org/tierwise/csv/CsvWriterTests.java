package org.tierwise.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Plain unit tests (no Spring context) of the one CSV writer every export uses. */
class CsvWriterTests {

    private static String quotedAll(Object cell) {
        String csv = CsvWriter.quotingAll("A").row(cell).toString();
        return csv.substring("A\r\n".length(), csv.length() - 2);
    }

    private static String minimal(Object... cells) {
        String[] header = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            header[i] = "C" + i;
        }
        String csv = CsvWriter.quotingMinimal(header).row(cells).toString();
        return csv.substring(csv.indexOf("\r\n") + 2);
    }

    private static List<String> parsed(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        return records.get(records.size() - 1).toList();
    }

    @Test
    void prefixesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(quotedAll("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(quotedAll("+1")).isEqualTo("\"'+1\"");
        assertThat(quotedAll("-1")).isEqualTo("\"'-1\"");
        assertThat(quotedAll("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(quotedAll("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(quotedAll("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.defuse("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.defuse("")).isEmpty();
        assertThat(CsvWriter.defuse(null)).isNull();
    }

    @Test
    void quotesOrdinaryCellsUnchanged() {
        assertThat(quotedAll("DOR-02")).isEqualTo("\"DOR-02\"");
        assertThat(quotedAll(null)).isEqualTo("\"\"");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndReadsBackTheSameText() throws IOException {
        assertThat(minimal("plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend"))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nend\"\r\n");
        assertThat(parsed(CsvWriter.quotingMinimal("A", "B", "C")
                        .row("a,b", "say \"hi\"", "two\nlines")
                        .toString()))
                .containsExactly("a,b", "say \"hi\"", "two\nlines");
    }

    @Test
    void aFormulaInsideAQuotedCellIsStillPrefixed() throws IOException {
        assertThat(parsed(CsvWriter.quotingMinimal("A").row("=1+2,\"x\"").toString()))
                .containsExactly("'=1+2,\"x\"");
    }

    @Test
    void numbersPassedAsNumbersStayNumbersTextThatLooksNumericIsDefused() {
        assertThat(minimal(-0.25, new BigDecimal("-0.25"), -3, 117083L, "-0.25"))
                .isEqualTo("-0.25,-0.25,-3,117083,'-0.25\r\n");
        assertThat(quotedAll(new BigDecimal("-12.50"))).isEqualTo("\"-12.50\"");
    }

    @Test
    void writesTheHeaderLineAsGivenAndEndsEveryLineWithCrlf() {
        assertThat(CsvWriter.quotingAll("RUN_ID", "RULE_SET")
                        .row(1, "x")
                        .row(2, null)
                        .toString())
                .isEqualTo("RUN_ID,RULE_SET\r\n\"1\",\"x\"\r\n\"2\",\"\"\r\n");
        assertThat(CsvWriter.quotingMinimal("URN").toString()).isEqualTo("URN\r\n");
    }

    @Test
    void refusesARowOfTheWrongWidthAndAHeaderThatIsNotAColumnName() {
        assertThatThrownBy(() -> CsvWriter.quotingAll("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvWriter.quotingAll("=A")).isInstanceOf(IllegalArgumentException.class);
    }
}
