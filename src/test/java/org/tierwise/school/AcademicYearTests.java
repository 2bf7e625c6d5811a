package org.tierwise.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTests {

    @Test
    void readsTheUsualSpellings() {
        assertThat(AcademicYear.parse("2018-19").endYear()).isEqualTo(2019);
        assertThat(AcademicYear.parse("2018/19").endYear()).isEqualTo(2019);
        assertThat(AcademicYear.parse("201819").endYear()).isEqualTo(2019);
        assertThat(AcademicYear.parse("2018-2019").endYear()).isEqualTo(2019);
        assertThat(AcademicYear.parse("2019").endYear()).isEqualTo(2019);
        assertThat(AcademicYear.parse("1999-00").endYear()).isEqualTo(2000);
    }

    @Test
    void labelsWithTwoDigitEnd() {
        assertThat(new AcademicYear(2019).label()).isEqualTo("2018-19");
        assertThat(new AcademicYear(2000).label()).isEqualTo("1999-00");
    }

    @Test
    void rejectsYearsThatAreNotConsecutive() {
        assertThatThrownBy(() -> AcademicYear.parse("2018-20")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayBelongsToTheYearFromTheFirstOfSeptember() {
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 31))).isEqualTo(new AcademicYear(2026));
        assertThat(AcademicYear.containing(LocalDate.of(2026, 9, 1))).isEqualTo(new AcademicYear(2027));
        assertThat(AcademicYear.containing(LocalDate.of(2026, 12, 3)).label()).isEqualTo("2026-27");
    }
}
