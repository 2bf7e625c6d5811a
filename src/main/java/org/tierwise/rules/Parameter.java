package org.tierwise.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated policy threshold from {@code rules/parameters/*.yaml}, inserted as a fact into every
 * evaluation whose date it applies on.
 *
 * @param value the number, or null for a text parameter
 * @param text the text, or null for a numeric parameter
 * @param validFrom first day it applies, or null for "since always"
 * @param validTo last day it applies, or null for "until further notice"
 * @param source the policy document and paragraph it comes from
 */
@AllowedInRules
public record Parameter(
        String name, BigDecimal value, String text, LocalDate validFrom, LocalDate validTo, String source) {

    /** The numeric value as a double, for comparisons in rules; 0 for a text parameter. */
    public double number() {
        return value == null ? 0 : value.doubleValue();
    }

    /** The value as people write it in a reason: 24, not 24.0; the text for a text parameter. */
    public String display() {
        return value == null ? text : value.stripTrailingZeros().toPlainString();
    }

    /** True when the parameter is in force on {@code date}, both ends inclusive. */
    public boolean appliesOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    boolean overlaps(Parameter other) {
        LocalDate start = validFrom == null ? LocalDate.MIN : validFrom;
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherStart = other.validFrom == null ? LocalDate.MIN : other.validFrom;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
    }
}
