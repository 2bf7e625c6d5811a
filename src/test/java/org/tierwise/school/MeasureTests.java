package org.tierwise.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasureTests {

    @Test
    void readsPercentagesAndNegativeScores() {
        assertThat(Measure.parse("62%")).isEqualTo(Measure.of("62"));
        assertThat(Measure.parse("-1.1").number()).isEqualTo(-1.1);
        assertThat(Measure.parse("60").text()).isEqualTo("60");
        assertThat(Measure.parse("-5.0").number()).isEqualTo(-5.0);
    }

    @Test
    void keepsMarkersAsNotPublishedNeverZero() {
        Measure suppressed = Measure.parse("SUPP");
        assertThat(suppressed.isPublished()).isFalse();
        assertThat(suppressed.number()).isNull();
        assertThat(suppressed.marker()).isEqualTo(Marker.SUPP);
        assertThat(suppressed.toString()).contains("suppressed");
        assertThat(Measure.parse("x").marker()).isEqualTo(Marker.X);
        assertThat(Measure.parse("LOWCOV").marker()).isEqualTo(Marker.LOWCOV);
    }

    @Test
    void readsBlankAsNoData() {
        assertThat(Measure.parse("")).isNull();
        assertThat(Measure.parse("  ")).isNull();
    }

    @Test
    void readsSpreadsheetArtefactsAsTheirNumber() {
        assertThat(Measure.parse("117552.0").value()).isEqualTo(new BigDecimal("117552"));
    }

    @Test
    void rejectsTextThatIsNeitherNumberNorMarker() {
        assertThatThrownBy(() -> Measure.parse("sixty")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void roundTripsThroughItsStoredText() {
        for (String cell : new String[] {"62%", "-1.1", "SUPP", "0", "100"}) {
            Measure measure = Measure.parse(cell);
            assertThat(Measure.parse(measure.text())).isEqualTo(measure);
        }
    }
}
