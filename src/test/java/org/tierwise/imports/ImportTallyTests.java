package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The words an import report uses for the rows a results file sets aside. */
class ImportTallyTests {

    private static final CsvTable TABLE =
            CsvTable.parse("england_ks2final_2018-19.csv", "URN\n1\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void countsANationalFilesOtherAuthoritiesTogetherWithThousandsSeparated() {
        ImportTally tally = new ImportTally("ks2", TABLE);
        int urn = 100000;
        for (int la = 201; la <= 352; la++) { // 152 authorities
            for (int row = 0; row < (la == 201 ? 16355 - 151 * 107 : 107); row++) {
                tally.notInRegister(la, true, urn++);
            }
        }
        for (int row = 0; row < 2; row++) {
            tally.notInRegister(919, false, urn++);
        }
        tally.summaryRow(4);

        ImportReport report = tally.report();

        assertThat(report.setAside().notInRegister()).hasSize(153);
        assertThat(report.setAside().rows()).isEqualTo(16355 + 2 + 1);
        assertThat(report.notes())
                .containsExactly(
                        "1 LA/national summary row (RECTYPE 4) set aside: they are totals, not schools",
                        "2 rows for schools of LA 919 not in the register (URN 116355, 116356): import their school"
                                + " information first to load them",
                        "16,355 rows for 152 other authorities not in the register: import their register to load"
                                + " them");
    }

    @Test
    void namesASingleOtherAuthorityAndSaysNothingWhenNothingWasSetAside() {
        ImportTally tally = new ImportTally("ks4", TABLE);
        tally.notInRegister(850, true, 116432);
        assertThat(tally.report().notes())
                .containsExactly(
                        "1 row for 1 other authority (LA 850) not in the register: import its register to load them");

        ImportReport none = new ImportTally("ks4", TABLE).report();
        assertThat(none.setAside()).isEqualTo(ImportReport.SetAside.NONE);
        assertThat(none.notes()).isEmpty();
    }
}
