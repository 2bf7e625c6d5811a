package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/**
 * Which primary key stages a school teaches, recognised from its statutory ages (GIAS {@code
 * StatutoryLowAge}, {@code StatutoryHighAge}): an infant school ends at 7 (KS1), a first school at
 * 8 or 9, a junior school starts at 7 and ends at 10 to 11 (KS2 only), a primary school teaches both.
 */
@AllowedInRules
public enum AgeRange {
    INFANT,
    FIRST,
    JUNIOR,
    PRIMARY;

    /** The range for statutory ages, or null when they are missing or go beyond age 11 (middle, secondary, all-through). */
    public static AgeRange of(Integer low, Integer high) {
        if (low == null || high == null || high > 11 || high < low) {
            return null;
        }
        if (high <= 7) {
            return INFANT;
        }
        if (high <= 9) {
            return FIRST;
        }
        return low >= 7 ? JUNIOR : PRIMARY;
    }
}
