package org.tierwise.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The date an evaluation is made for, inserted into every session so rules can be dated. */
@AllowedInRules
public record AsOf(LocalDate date) {

    /** Whole months from {@code earlier} to this date: 17 from 2018-07-31 to 2019-12-31. */
    public long monthsSince(LocalDate earlier) {
        return ChronoUnit.MONTHS.between(earlier, date);
    }
}
