package org.tierwise.school.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tierwise.school.AgeRange;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.ConcernKind;
import org.tierwise.school.Confidentiality;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Governance;
import org.tierwise.school.Measure;
import org.tierwise.school.Phase;
import org.tierwise.school.ReportCardGrade;
import org.tierwise.school.SchoolStatus;

/** The JSON shapes of the schools API. Published measures print as a number or a marker with its meaning. */
final class SchoolViews {

    private SchoolViews() {}

    /** One line of a school search. */
    record SchoolSummary(
            int urn,
            String name,
            Integer laCode,
            String laName,
            Phase phase,
            Governance governance,
            SchoolStatus status,
            String town,
            String postcode,
            String clusterId) {}

    /** A school's register entry. */
    record SchoolView(
            int urn,
            String name,
            Integer laCode,
            String laName,
            Integer estab,
            String establishmentType,
            Phase phase,
            Governance governance,
            String trustName,
            SchoolStatus status,
            LocalDate openDate,
            LocalDate closeDate,
            String street,
            String town,
            String postcode,
            Integer easting,
            Integer northing,
            Integer numberOfPupils,
            BigDecimal percentFsm,
            Integer ageLow,
            Integer ageHigh,
            AgeRange ageRange,
            String gender,
            String religiousCharacter,
            String admissionsPolicy,
            String clusterId,
            String clusterName,
            String dataSource) {}

    record InspectionView(
            LocalDate inspectionDate,
            LocalDate publicationDate,
            Integer overallEffectiveness,
            String overallEffectivenessName,
            CategoryOfConcern categoryOfConcern,
            Integer qualityOfEducation,
            Integer behaviourAndAttitudes,
            Integer personalDevelopment,
            Integer leadershipAndManagement,
            LocalDate previousInspectionDate,
            Integer previousOverallEffectiveness,
            ReportCardGrade inclusion,
            ReportCardGrade curriculumAndTeaching,
            ReportCardGrade achievement,
            ReportCardGrade attendanceAndBehaviour,
            ReportCardGrade personalDevelopmentAndWellbeing,
            ReportCardGrade leadershipAndGovernance,
            ReportCardGrade earlyYears,
            ReportCardGrade sixthForm,
            Boolean safeguardingMet,
            String dataSource) {}

    record Ks2View(
            String academicYear,
            DataStatus dataStatus,
            Integer recordType,
            Measure eligiblePupils,
            Measure rwmExpected,
            Measure rwmHigh,
            Measure readingProgress,
            Measure readingProgressLower,
            Measure readingProgressUpper,
            Measure writingProgress,
            Measure writingProgressLower,
            Measure writingProgressUpper,
            Measure mathsProgress,
            Measure mathsProgressLower,
            Measure mathsProgressUpper,
            Measure readingBand,
            Measure writingBand,
            Measure mathsBand,
            Measure disadvantagedPercent,
            Measure disadvantagedRwmExpected,
            Measure otherRwmExpected,
            Measure rwmLevel4,
            Measure readingExpectedProgress,
            Measure writingExpectedProgress,
            Measure mathsExpectedProgress,
            String dataSource) {}

    record Ks4View(
            String academicYear,
            DataStatus dataStatus,
            Integer recordType,
            Measure pupils,
            Measure progress8Pupils,
            Measure progress8Coverage,
            Measure progress8,
            Measure progress8Lower,
            Measure progress8Upper,
            Measure progress8Band,
            Measure attainment8,
            Measure englishMathsGrade5,
            Measure englishMathsGrade4,
            Measure ebaccEntry,
            Measure ebaccAps,
            Measure disadvantagedPercent,
            Measure disadvantagedProgress8,
            Measure otherProgress8,
            Measure fiveACEnglishMaths,
            Measure englishExpectedProgress,
            Measure mathsExpectedProgress,
            String dataSource) {}

    /**
     * A concern; a SAFEGUARDING one's note is {@code Confidentiality.WITHHELD} (and {@code noteWithheld}
     * true) unless the user holds the SAFEGUARDING role.
     */
    record ConcernView(
            long id,
            ConcernKind kind,
            Confidentiality confidentiality,
            LocalDate recordedOn,
            String note,
            boolean noteWithheld,
            String recordedBy,
            String dataSource) {}

    /** Everything held about one school, newest first. */
    record SchoolDetail(
            SchoolView school,
            List<InspectionView> inspections,
            List<Ks2View> ks2,
            List<Ks4View> ks4,
            List<ConcernView> intelligence) {}
}
