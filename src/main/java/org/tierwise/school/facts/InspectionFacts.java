package org.tierwise.school.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.ReportCardGrade;

/**
 * One Ofsted judgement as the rules see it. Three kinds, by when the inspection was made:
 * <ul>
 *   <li>to 1 September 2024: an overall effectiveness grade, 1 Outstanding to 4 Inadequate, and
 *       (from September 2019) the key judgements on the same scale;
 *   <li>2 September 2024 to 9 November 2025: the key judgements with no overall grade (null; Ofsted's
 *       management information writes "Not judged"), and a category of concern where there is one;
 *   <li>from 10 November 2025, a report card: each evaluation area on the five-point scale and
 *       safeguarding met or not met, no overall grade.
 * </ul>
 * {@code safeguardingMet} is the report card's safeguarding "met" / "not met", or for earlier
 * inspections the MI file's "Safeguarding is effective?" (Yes / No). A grade or area not given is null.
 */
public record InspectionFacts(
        int urn,
        LocalDate inspectionDate,
        Integer overallEffectiveness,
        CategoryOfConcern categoryOfConcern,
        Integer qualityOfEducation,
        Integer leadershipAndManagement,
        LocalDate previousInspectionDate,
        Integer previousOverallEffectiveness,
        Integer behaviourAndAttitudes,
        Integer personalDevelopment,
        ReportCardGrade inclusion,
        ReportCardGrade curriculumAndTeaching,
        ReportCardGrade achievement,
        ReportCardGrade attendanceAndBehaviour,
        ReportCardGrade personalDevelopmentAndWellbeing,
        ReportCardGrade leadershipAndGovernance,
        ReportCardGrade earlyYears,
        ReportCardGrade sixthForm,
        Boolean safeguardingMet) {

    /** The report card's graded evaluation areas (those given). */
    public Stream<ReportCardGrade> reportCardAreas() {
        return Stream.of(
                        inclusion,
                        curriculumAndTeaching,
                        achievement,
                        attendanceAndBehaviour,
                        personalDevelopmentAndWellbeing,
                        leadershipAndGovernance,
                        earlyYears,
                        sixthForm)
                .filter(Objects::nonNull);
    }

    /** True for a report card: any evaluation area graded. */
    public boolean isReportCard() {
        return reportCardAreas().findAny().isPresent();
    }

    /** The worst of the key judgements (quality of education, behaviour and attitudes, personal
     *  development, leadership and management), 1-4; null when none is given. */
    public Integer worstKeyJudgement() {
        return Arrays.stream(new Integer[] {
                    qualityOfEducation, behaviourAndAttitudes, personalDevelopment, leadershipAndManagement
                })
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(null);
    }

    /** True when the record says anything Ofsted judged: an overall grade, a category, a key
     *  judgement or a report card. A row with none of these is not a judgement. */
    public boolean isJudgement() {
        return overallEffectiveness != null
                || (categoryOfConcern != null && categoryOfConcern != CategoryOfConcern.NONE)
                || worstKeyJudgement() != null
                || isReportCard();
    }

    /** True when this judgement is below good: overall 3 or 4; with no overall grade, a category
     *  of concern, a key judgement of 3 or 4, a report-card area below the expected standard, or
     *  safeguarding not met. */
    public boolean belowGood() {
        if (overallEffectiveness != null) {
            return overallEffectiveness >= 3;
        }
        Integer worst = worstKeyJudgement();
        return (categoryOfConcern != null && categoryOfConcern != CategoryOfConcern.NONE)
                || (worst != null && worst >= 3)
                || Boolean.FALSE.equals(safeguardingMet)
                || reportCardAreas().anyMatch(ReportCardGrade::belowExpected);
    }
}
