package org.tierwise.school.facts;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tierwise.school.Confidentiality;
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

    /**
     * A confidential (safeguarding) concern reaches the rules with its note withheld: the rules count
     * it, but its words never enter a run's reasons, matched facts or exports, which every officer reads.
     */
    default ConcernFacts toFacts(LocalIntelligence concern) {
        return new ConcernFacts(
                concern.getId() == null ? 0 : concern.getId(),
                concern.getUrn(),
                concern.getKind(),
                concern.getRecordedOn(),
                concern.isConfidential() ? Confidentiality.WITHHELD : concern.getNote());
    }

    default Double number(Measure measure) {
        return measure == null ? null : measure.number();
    }
}
