package org.tierwise.tiering;

import java.time.LocalDate;
import org.tierwise.rules.AllowedInRules;

/** What a tiering evaluation is about: the academic year of the results it reads (end year). */
@AllowedInRules
public record TieringContext(int academicYear) {

    /** The last day of the academic year, for choosing the thresholds of that year. */
    public LocalDate yearEnd() {
        return LocalDate.of(academicYear, 8, 31);
    }
}
