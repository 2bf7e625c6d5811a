package org.tierwise.school.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.CategoryOfConcern;

/**
 * A school's Ofsted history as the rules see it: the latest judgement, the one before, and how
 * long the school has been judged below good without a break.
 *
 * @param consecutiveRequiresImprovement judgements of 3 in a row, ending with the latest
 * @param belowGoodSince the date of the first judgement in the current unbroken run of judgements
 *     below good (3 or 4), or null when the latest is good or better
 */
@AllowedInRules
public record OfstedFacts(
        int urn,
        LocalDate latestDate,
        Integer latestGrade,
        CategoryOfConcern category,
        Integer latestQualityOfEducation,
        Integer latestLeadership,
        LocalDate previousDate,
        Integer previousGrade,
        Integer previousQualityOfEducation,
        int consecutiveRequiresImprovement,
        LocalDate belowGoodSince) {

    /** Summarises the judgements made on or before {@code asOf}; empty when there are none. */
    public static Optional<OfstedFacts> of(int urn, List<InspectionFacts> inspections, LocalDate asOf) {
        List<InspectionFacts> graded = inspections.stream()
                .filter(i -> !i.inspectionDate().isAfter(asOf))
                .filter(i -> i.overallEffectiveness() != null)
                .sorted(Comparator.comparing(InspectionFacts::inspectionDate).reversed())
                .toList();
        if (graded.isEmpty()) {
            return Optional.empty();
        }
        InspectionFacts latest = graded.get(0);
        InspectionFacts previous = graded.size() > 1 ? graded.get(1) : null;
        int ri = 0;
        while (ri < graded.size() && graded.get(ri).overallEffectiveness() == 3) {
            ri++;
        }
        LocalDate belowGoodSince = null;
        for (InspectionFacts inspection : graded) {
            if (inspection.overallEffectiveness() < 3) {
                break;
            }
            belowGoodSince = inspection.inspectionDate();
        }
        return Optional.of(new OfstedFacts(
                urn,
                latest.inspectionDate(),
                latest.overallEffectiveness(),
                latest.categoryOfConcern() == null ? CategoryOfConcern.NONE : latest.categoryOfConcern(),
                latest.qualityOfEducation(),
                latest.leadershipAndManagement(),
                previous == null ? latest.previousInspectionDate() : previous.inspectionDate(),
                previous == null ? latest.previousOverallEffectiveness() : previous.overallEffectiveness(),
                previous == null ? null : previous.qualityOfEducation(),
                ri,
                belowGoodSince));
    }

    /** Whole months from the latest judgement to {@code date}. */
    public long monthsSinceLatest(LocalDate date) {
        return ChronoUnit.MONTHS.between(latestDate, date);
    }

    /** Whole months from the start of the current run of below-good judgements to {@code date}. */
    public long monthsBelowGood(LocalDate date) {
        return belowGoodSince == null ? 0 : ChronoUnit.MONTHS.between(belowGoodSince, date);
    }

    /** True when the latest judgement is worse than the one before. */
    public boolean declined() {
        return latestGrade != null && previousGrade != null && latestGrade > previousGrade;
    }
}
