package org.tierwise.school.facts;

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
        Map<String, String> notPublished) {}
