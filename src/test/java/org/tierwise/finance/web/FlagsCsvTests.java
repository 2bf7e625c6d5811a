package org.tierwise.finance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlagsCsvTests {

    @Test
    void prefixesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(FlagsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FlagsCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(FlagsCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(FlagsCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    }

    @Test
    void quotesOrdinaryCellsUnchanged() {
        assertThat(FlagsCsv.cell("DOR-02")).isEqualTo("\"DOR-02\"");
        assertThat(FlagsCsv.cell(null)).isEqualTo("\"\"");
    }
}
