package org.tierwise.school.facts;

import java.time.LocalDate;
import java.util.Map;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.SourcedFact;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/**
 * One school's KS4 results for one academic year (identified by its end year, 2019 = 2018-19).
 * A figure is null when it was not published; {@code notPublished} says which and why.
 *
 * @param dataStatus the release the figures come from (provisional, revised, final)
 * @param dataSource the file and line they were read from, or "constructed: …" for fixture data
 */
@AllowedInRules
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

    /**
     * Whether the upper limit of the Progress 8 confidence interval is below zero: read from the
     * interval where it is published, else from DfE's published band, whose definition carries it
     * (bands 4 and 5, below and well below average, have the whole interval below zero; bands 1 to 3
     * do not). Null when neither is published.
     */
    public Boolean upperBelowZero() {
        if (progress8Upper != null) {
            return progress8Upper < 0;
        }
        if (progress8Band != null && progress8Band >= 1 && progress8Band <= 5) {
            return progress8Band >= 4;
        }
        return null;
    }

    /** Progress 8 points between other pupils and disadvantaged pupils, or null. */
    public Double disadvantagedGap() {
        return otherProgress8 == null || disadvantagedProgress8 == null
                ? null
                : otherProgress8 - disadvantagedProgress8;
    }
}
