package org.tierwise.school.facts;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tierwise.school.Inspection;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.LocalIntelligence;
import org.tierwise.school.Measure;
import org.tierwise.school.School;

/** Maps stored entities to the immutable facts the rules reason over. */
@Mapper
public interface SchoolFactsMapper {

    SchoolFacts toFacts(School school);

    InspectionFacts toFacts(Inspection inspection);

    @Mapping(target = "notPublished", expression = "java(org.tierwise.school.NotPublished.of(result))")
    Ks2Facts toFacts(Ks2Result result);

    @Mapping(target = "notPublished", expression = "java(org.tierwise.school.NotPublished.of(result))")
    Ks4Facts toFacts(Ks4Result result);

    ConcernFacts toFacts(LocalIntelligence concern);

    default Double number(Measure measure) {
        return measure == null ? null : measure.number();
    }
}
