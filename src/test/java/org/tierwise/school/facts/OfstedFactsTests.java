package org.tierwise.school.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.ReportCardGrade;

/** The summary of a school's judgements across the three kinds Ofsted has published since 2019. */
class OfstedFactsTests {

    private static final ReportCardGrade EXPECTED = ReportCardGrade.EXPECTED_STANDARD;
    private static final ReportCardGrade STRONG = ReportCardGrade.STRONG_STANDARD;

    @Test
    void anInspectionWithNoOverallGradeIsTheLatestJudgementAndItsCategoryCounts() {
        OfstedFacts facts = OfstedFacts.of(
                        1,
                        List.of(graded(LocalDate.of(2019, 3, 12), 2, 2), interim(LocalDate.of(2025, 1, 22))),
                        LocalDate.of(2026, 3, 31))
                .orElseThrow();

        assertThat(facts.latestDate()).isEqualTo(LocalDate.of(2025, 1, 22));
        assertThat(facts.latestGrade()).isNull();
        assertThat(facts.category()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        assertThat(facts.latestWorstKeyJudgement()).isEqualTo(4);
        assertThat(facts.previousGrade()).isEqualTo(2);
        assertThat(facts.belowGoodSince()).isEqualTo(LocalDate.of(2025, 1, 22));
        assertThat(facts.gradeEquivalent()).isEqualTo(4);
        assertThat(facts.consecutiveRequiresImprovement()).isZero();
    }

    @Test
    void aRecordWithNothingJudgedIsPassedOver() {
        InspectionFacts empty = new InspectionFacts(
                1,
                LocalDate.of(2025, 5, 1),
                null,
                CategoryOfConcern.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        OfstedFacts facts = OfstedFacts.of(1, List.of(graded(LocalDate.of(2019, 3, 12), 2, 2), empty), LocalDate.MAX)
                .orElseThrow();
        assertThat(facts.latestGrade()).isEqualTo(2);
    }

    @Test
    void aReportCardIsRatedOnTheOldScaleOnlyWhereAGoodOrBetterTestNeedsIt() {
        assertThat(card(EXPECTED, EXPECTED, true).gradeEquivalent()).isEqualTo(2);
        assertThat(card(STRONG, ReportCardGrade.EXCEPTIONAL, true).gradeEquivalent())
                .isEqualTo(1);
        assertThat(card(ReportCardGrade.NEEDS_ATTENTION, EXPECTED, true).gradeEquivalent())
                .isEqualTo(3);
        assertThat(card(EXPECTED, ReportCardGrade.URGENT_IMPROVEMENT, true).gradeEquivalent())
                .isEqualTo(4);
        assertThat(card(STRONG, STRONG, false).gradeEquivalent()).isEqualTo(4);
        OfstedFacts leadershipWeakBefore = OfstedFacts.of(
                        1,
                        List.of(
                                graded(LocalDate.of(2022, 5, 10), 3, 3),
                                reportCard(LocalDate.of(2026, 1, 20), STRONG, STRONG, true)),
                        LocalDate.MAX)
                .orElseThrow();
        assertThat(leadershipWeakBefore.latestReportCard()).isTrue();
        assertThat(leadershipWeakBefore.previousBelowGood()).isTrue();
    }

    private static OfstedFacts card(ReportCardGrade area, ReportCardGrade leadership, boolean safeguarding) {
        return OfstedFacts.of(
                        1,
                        List.of(reportCard(LocalDate.of(2026, 1, 20), area, leadership, safeguarding)),
                        LocalDate.MAX)
                .orElseThrow();
    }

    private static InspectionFacts graded(LocalDate date, int overall, int leadership) {
        return new InspectionFacts(
                1,
                date,
                overall,
                CategoryOfConcern.NONE,
                overall,
                leadership,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static InspectionFacts interim(LocalDate date) {
        return new InspectionFacts(
                1,
                date,
                null,
                CategoryOfConcern.SPECIAL_MEASURES,
                4,
                4,
                null,
                null,
                3,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    private static InspectionFacts reportCard(
            LocalDate date, ReportCardGrade area, ReportCardGrade leadership, boolean safeguarding) {
        return new InspectionFacts(
                1,
                date,
                null,
                CategoryOfConcern.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                area,
                area,
                area,
                area,
                area,
                leadership,
                null,
                null,
                safeguarding);
    }
}
