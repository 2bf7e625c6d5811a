package org.tierwise.school;

import java.util.Locale;
import org.tierwise.rules.AllowedInRules;

/**
 * A report-card evaluation area's grade, Ofsted's five-point scale for inspections from 10 November
 * 2025 (renewed education inspection framework), worst first.
 */
@AllowedInRules
public enum ReportCardGrade {
    URGENT_IMPROVEMENT("Urgent improvement"),
    NEEDS_ATTENTION("Needs attention"),
    EXPECTED_STANDARD("Expected standard"),
    STRONG_STANDARD("Strong standard"),
    EXCEPTIONAL("Exceptional");

    private final String words;

    ReportCardGrade(String words) {
        this.words = words;
    }

    /** The grade as Ofsted writes it, e.g. "Needs attention". */
    public String words() {
        return words;
    }

    /** True for "needs attention" and "urgent improvement": below the expected standard. */
    public boolean belowExpected() {
        return this == URGENT_IMPROVEMENT || this == NEEDS_ATTENTION;
    }

    /** Reads Ofsted's words (any case, spaces or underscores); throws for anything else. */
    public static ReportCardGrade of(String text) {
        String key = text.trim().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        for (ReportCardGrade grade : values()) {
            if (grade.words.toLowerCase(Locale.ROOT).equals(key)) {
                return grade;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
