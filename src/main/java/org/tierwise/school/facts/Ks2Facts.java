package org.tierwise.school.facts;

import java.util.Map;

/**
 * One school's KS2 results for one academic year (identified by its end year, 2019 = 2018-19).
 * A figure is null when it was not published; {@code notPublished} says which and why.
 */
public record Ks2Facts(
        int urn,
        int academicYear,
        Integer recordType,
        Double eligiblePupils,
        Double rwmExpected,
        Double readingProgress,
        Double readingProgressLower,
        Double readingProgressUpper,
        Double writingProgress,
        Double writingProgressLower,
        Double writingProgressUpper,
        Double mathsProgress,
        Double mathsProgressLower,
        Double mathsProgressUpper,
        Double disadvantagedPercent,
        Double disadvantagedRwmExpected,
        Double otherRwmExpected,
        Double rwmLevel4,
        Double readingExpectedProgress,
        Double writingExpectedProgress,
        Double mathsExpectedProgress,
        Map<String, String> notPublished) {}
