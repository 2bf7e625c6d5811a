package org.tierwise.school.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.ReportCardGrade;

/**
 * A school's Ofsted history as the rules see it: the latest judgement, the one before, and how
 * long the school has been judged below good without a break.
 *
 * @param consecutiveRequiresImprovement judgements of 3 in a row, ending with the latest
 * @param belowGoodSince the date of the first judgement in the current unbroken run of judgements
 *     below good (3 or 4), or null when the latest is good or better
 * @param latestWorstKeyJudgement the worst key judgement of the latest inspection (1-4), null when it
 *     gave none (before September 2019, or a report card)
 * @param latestReportCard true when the latest judgement is a report card (from 10 November 2025)
 * @param latestLeadershipAndGovernance the latest report card's leadership and governance grade
 * @param latestUrgentImprovementAreas evaluation areas of the latest report card graded "urgent
 *     improvement"
 * @param latestNeedsAttentionAreas evaluation areas of the latest report card graded "needs
 *     attention"
 * @param latestSafeguardingMet the latest judgement's safeguarding: true met (effective), false not
 *     met (ineffective), null not given
 * @param previousCategory the category of concern at the judgement before the latest
 * @param previousBelowGood true when the judgement before the latest was below good or its
 *     equivalent (see {@link InspectionFacts#belowGood()})
 * @param latestAllStrongOrBetter true when every area of the latest report card is "strong standard"
 *     or "exceptional"
 *
 * <p>Judgements with no overall grade (2 September 2024 onwards) are kept: the latest judgement
 * is the latest inspection of any kind, so its {@code latestGrade} may be null.
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
        LocalDate belowGoodSince,
        Integer latestWorstKeyJudgement,
        boolean latestReportCard,
        ReportCardGrade latestLeadershipAndGovernance,
        int latestUrgentImprovementAreas,
        int latestNeedsAttentionAreas,
        Boolean latestSafeguardingMet,
        CategoryOfConcern previousCategory,
        boolean previousBelowGood,
        boolean latestAllStrongOrBetter) {

    /** Summarises the judgements made on or before {@code asOf}; empty when there are none. */
    public static Optional<OfstedFacts> of(int urn, List<InspectionFacts> inspections, LocalDate asOf) {
        List<InspectionFacts> judged = inspections.stream()
                .filter(i -> !i.inspectionDate().isAfter(asOf))
                .filter(InspectionFacts::isJudgement)
                .sorted(Comparator.comparing(InspectionFacts::inspectionDate).reversed())
                .toList();
        if (judged.isEmpty()) {
            return Optional.empty();
        }
        InspectionFacts latest = judged.get(0);
        InspectionFacts previous = judged.size() > 1 ? judged.get(1) : null;
        int ri = 0;
        while (ri < judged.size() && Integer.valueOf(3).equals(judged.get(ri).overallEffectiveness())) {
            ri++;
        }
        LocalDate belowGoodSince = null;
        for (InspectionFacts inspection : judged) {
            if (!inspection.belowGood()) {
                break;
            }
            belowGoodSince = inspection.inspectionDate();
        }
        return Optional.of(new OfstedFacts(
                urn,
                latest.inspectionDate(),
                latest.overallEffectiveness(),
                category(latest),
                latest.qualityOfEducation(),
                latest.leadershipAndManagement(),
                previous == null ? latest.previousInspectionDate() : previous.inspectionDate(),
                previous == null ? latest.previousOverallEffectiveness() : previous.overallEffectiveness(),
                previous == null ? null : previous.qualityOfEducation(),
                ri,
                belowGoodSince,
                latest.worstKeyJudgement(),
                latest.isReportCard(),
                latest.leadershipAndGovernance(),
                (int) latest.reportCardAreas()
                        .filter(g -> g == ReportCardGrade.URGENT_IMPROVEMENT)
                        .count(),
                (int) latest.reportCardAreas()
                        .filter(g -> g == ReportCardGrade.NEEDS_ATTENTION)
                        .count(),
                latest.safeguardingMet(),
                previous == null ? CategoryOfConcern.NONE : category(previous),
                previous != null && previous.belowGood(),
                latest.isReportCard()
                        && latest.reportCardAreas()
                                .allMatch(g ->
                                        g == ReportCardGrade.STRONG_STANDARD || g == ReportCardGrade.EXCEPTIONAL)));
    }

    private static CategoryOfConcern category(InspectionFacts inspection) {
        return inspection.categoryOfConcern() == null ? CategoryOfConcern.NONE : inspection.categoryOfConcern();
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

    /**
     * The latest judgement on the 1-4 scale, for rules that ask "good or better" of a school (a
     * supporter's home school): the overall grade where there is one; with none, 4 for a category of
     * concern or safeguarding not met, the worst key judgement (September 2024 - November 2025), or
     * for a report card 4 for any "urgent improvement", 3 for any "needs attention", 1 where every
     * area is "strong standard" or "exceptional", else 2 [design: Ofsted gives no overall grade].
     */
    public Integer gradeEquivalent() {
        if (latestGrade != null) {
            return latestGrade;
        }
        if (category != CategoryOfConcern.NONE || Boolean.FALSE.equals(latestSafeguardingMet)) {
            return 4;
        }
        if (!latestReportCard) {
            return latestWorstKeyJudgement;
        }
        if (latestUrgentImprovementAreas > 0) {
            return 4;
        }
        if (latestNeedsAttentionAreas > 0) {
            return 3;
        }
        return latestAllStrongOrBetter ? 1 : 2;
    }

    /** True when the latest judgement has no overall effectiveness grade (from 2 September 2024). */
    public boolean latestUngraded() {
        return latestGrade == null;
    }
}
