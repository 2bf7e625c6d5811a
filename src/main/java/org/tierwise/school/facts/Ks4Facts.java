package org.tierwise.school.facts;

import java.time.LocalDate;
import java.util.Map;

/**
 * One school's KS4 results for one academic year (identified by its end year, 2019 = 2018-19).
 * A figure is null when it was not published; {@code notPublished} says which and why.
 */
public record Ks4Facts(
        int urn,
        int academicYear,
        Integer recordType,
        Double pupils,
        Double progress8Coverage,
        Double progress8,
        Double progress8Lower,
        Double progress8Upper,
        Double progress8Band,
        Double attainment8,
        Double englishMathsGrade5,
        Double ebaccEntry,
        Double disadvantagedProgress8,
        Double otherProgress8,
        Double fiveACEnglishMaths,
        Double englishExpectedProgress,
        Double mathsExpectedProgress,
        Map<String, String> notPublished) {

    /** The last day of the academic year, for choosing the thresholds of that year. */
    public LocalDate yearEnd() {
        return LocalDate.of(academicYear, 8, 31);
    }

    /** Progress 8 points between other pupils and disadvantaged pupils, or null. */
    public Double disadvantagedGap() {
        return otherProgress8 == null || disadvantagedProgress8 == null
                ? null
                : otherProgress8 - disadvantagedProgress8;
    }
}
