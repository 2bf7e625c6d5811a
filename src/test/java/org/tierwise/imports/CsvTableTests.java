package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rows with more fields than the header: GIAS's linked establishments are read, anything else refused. */
class CsvTableTests {

    @Test
    void readsFieldsPastALinkedEstablishmentsLastColumnAsMoreOfItsValues() {
        String csv = "URN,EstablishmentName,Linked establishments\n"
                + "116001,One School,Does not have links\n"
                + "116002,Two School,115995 Predecessor,115996 Predecessor\n";
        CsvTable table = CsvTable.parse("gias.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).values())
                .containsExactly("116002", "Two School", "115995 Predecessor, 115996 Predecessor");
        assertThat(table.readingNotes()).singleElement().asString().contains("1 row(s)", "Linked establishments");
    }

    @Test
    void stillRefusesExtraFieldsAfterAnyOtherLastColumn() {
        String csv = "URN,EstablishmentName,Linked establishments,Postcode\n"
                + "116002,Two School,115995 Predecessor,115996 Predecessor,SO23 9AA\n";
        assertThatThrownBy(() -> CsvTable.parse("gias.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors().get(0).line()).isEqualTo(2));
    }
}
