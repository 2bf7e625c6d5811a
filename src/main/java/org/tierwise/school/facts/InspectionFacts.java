package org.tierwise.school.facts;

import java.time.LocalDate;
import org.tierwise.school.CategoryOfConcern;

/** One Ofsted judgement as the rules see it; grades 1 Outstanding to 4 Inadequate, null if none. */
public record InspectionFacts(
        int urn,
        LocalDate inspectionDate,
        Integer overallEffectiveness,
        CategoryOfConcern categoryOfConcern,
        Integer qualityOfEducation,
        Integer leadershipAndManagement,
        LocalDate previousInspectionDate,
        Integer previousOverallEffectiveness) {}
