package org.tierwise.school.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.SourcedFact;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/**
 * One school's KS2 results for one academic year (identified by its end year, 2019 = 2018-19).
 * A figure is null when it was not published; {@code notPublished} says which and why.
 *
 * @param dataStatus the release the figures come from (provisional, revised, final)
 * @param dataSource the file and line they were read from, or "constructed: …" for fixture data
 */
@AllowedInRules
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
        DataStatus dataStatus,
        String dataSource,
        Map<String, String> notPublished)
        implements SourcedFact {

    /** The last day of the academic year, for choosing the thresholds of that year. */
    public LocalDate yearEnd() {
        return LocalDate.of(academicYear, 8, 31);
    }

    /** The academic year as people write it: 2018-19. */
    public String yearLabel() {
        return new AcademicYear(academicYear).label();
    }

    /** True when reading, writing and maths progress were all published. */
    public boolean progressPublished() {
        return readingProgress != null && writingProgress != null && mathsProgress != null;
    }

    /** How many of reading, writing and maths progress are below the given thresholds. */
    public int subjectsBelow(double reading, double writing, double maths) {
        return below(reading, writing, maths).size();
    }

    /**
     * True when every subject below its threshold is significantly below: the upper limit of its
     * 95% confidence interval is below zero.
     */
    public boolean belowSubjectsSignificant(double reading, double writing, double maths) {
        return below(reading, writing, maths).stream().allMatch(upper -> upper != null && upper < 0);
    }

    /** One subject's progress against its threshold, for a near miss. */
    public record SubjectMargin(String subject, double progress, double threshold) {

        /** How far the progress is above the threshold (0 when it equals it). */
        public double margin() {
            return progress - threshold;
        }
    }

    /**
     * Of reading, writing and maths, the subject whose progress is at or above its threshold by the
     * least, or null when none is (or progress was not published).
     */
    public SubjectMargin closestAtOrAbove(double reading, double writing, double maths) {
        List<SubjectMargin> candidates = new ArrayList<>();
        if (readingProgress != null && readingProgress >= reading) {
            candidates.add(new SubjectMargin("reading", readingProgress, reading));
        }
        if (writingProgress != null && writingProgress >= writing) {
            candidates.add(new SubjectMargin("writing", writingProgress, writing));
        }
        if (mathsProgress != null && mathsProgress >= maths) {
            candidates.add(new SubjectMargin("maths", mathsProgress, maths));
        }
        return candidates.stream()
                .min(java.util.Comparator.comparingDouble(SubjectMargin::margin))
                .orElse(null);
    }

    /** The upper confidence limits of the subjects below their thresholds. */
    private List<Double> below(double reading, double writing, double maths) {
        List<Double> uppers = new ArrayList<>();
        if (readingProgress != null && readingProgress < reading) {
            uppers.add(readingProgressUpper);
        }
        if (writingProgress != null && writingProgress < writing) {
            uppers.add(writingProgressUpper);
        }
        if (mathsProgress != null && mathsProgress < maths) {
            uppers.add(mathsProgressUpper);
        }
        return uppers;
    }

    /**
     * The subject (READING, WRITING or MATHS) whose progress is {@code gap} or more below the
     * average of the other two, or null when none is.
     */
    public String subjectFarBelowOthers(double gap) {
        if (!progressPublished()) {
            return null;
        }
        if (readingProgress <= (writingProgress + mathsProgress) / 2 - gap) {
            return "READING";
        }
        if (writingProgress <= (readingProgress + mathsProgress) / 2 - gap) {
            return "WRITING";
        }
        if (mathsProgress <= (readingProgress + writingProgress) / 2 - gap) {
            return "MATHS";
        }
        return null;
    }

    /** Percentage points between other pupils' and disadvantaged pupils' RWM attainment, or null. */
    public Double disadvantagedGap() {
        return otherRwmExpected == null || disadvantagedRwmExpected == null
                ? null
                : otherRwmExpected - disadvantagedRwmExpected;
    }
}
