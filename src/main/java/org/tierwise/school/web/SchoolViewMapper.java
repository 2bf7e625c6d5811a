package org.tierwise.school.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.Inspection;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.LocalIntelligence;
import org.tierwise.school.OfstedGrade;
import org.tierwise.school.School;
import org.tierwise.security.Role;
import org.tierwise.security.Roles;

/** Maps entities to the API's views. */
@Mapper
interface SchoolViewMapper {

    SchoolViews.SchoolSummary toSummary(School school);

    SchoolViews.SchoolView toView(School school);

    @Mapping(target = "overallEffectivenessName", source = "overallEffectiveness", qualifiedByName = "grade")
    SchoolViews.InspectionView toView(Inspection inspection);

    @Mapping(target = "academicYear", qualifiedByName = "academicYear")
    SchoolViews.Ks2View toView(Ks2Result result);

    @Mapping(target = "academicYear", qualifiedByName = "academicYear")
    SchoolViews.Ks4View toView(Ks4Result result);

    /** A concern as the current user may read it: a safeguarding note only for the SAFEGUARDING role. */
    default SchoolViews.ConcernView toView(LocalIntelligence concern) {
        boolean reads = Roles.currentUserHolds(Role.SAFEGUARDING);
        return new SchoolViews.ConcernView(
                concern.getId() == null ? 0 : concern.getId(),
                concern.getKind(),
                concern.getConfidentiality(),
                concern.getRecordedOn(),
                concern.noteFor(reads),
                concern.isConfidential() && !reads,
                concern.getRecordedBy(),
                concern.getDataSource());
    }

    @Named("academicYear")
    default String academicYear(Integer endYear) {
        return endYear == null ? null : new AcademicYear(endYear).label();
    }

    @Named("grade")
    default String gradeName(Integer grade) {
        return grade == null ? null : OfstedGrade.of(grade).name();
    }
}
