package org.tierwise.tiering;

import java.time.LocalDate;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.AcademicYear;

/** What a tiering evaluation is about: the academic year of the results it reads (end year). */
@AllowedInRules
public record TieringContext(int academicYear) {

    /** The last day of the academic year, for choosing the thresholds of that year. */
    public LocalDate yearEnd() {
        return LocalDate.of(academicYear, 8, 31);
    }

    /** The academic year as people write it: 2018-19. */
    public String yearLabel() {
        return labelOf(academicYear);
    }

    /** Any academic year, given by its end year, as people write it: 2019 is 2018-19. */
    public String labelOf(int endYear) {
        return new AcademicYear(endYear).label();
    }
}
