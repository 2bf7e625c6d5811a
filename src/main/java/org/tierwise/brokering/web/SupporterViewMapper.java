package org.tierwise.brokering.web;

import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.tierwise.brokering.Supporter;
import org.tierwise.brokering.SupporterLists;
import org.tierwise.school.Phase;

/** Maps supporters to API views and applies a view to an entity; lists go to and from their stored text. */
@Mapper
interface SupporterViewMapper {

    SupporterView toView(Supporter supporter);

    @org.mapstruct.Mapping(target = "id", ignore = true)
    void update(SupporterView view, @MappingTarget Supporter supporter);

    default Set<Phase> phases(String text) {
        return SupporterLists.phases(text);
    }

    default String phasesText(Set<Phase> phases) {
        return SupporterLists.join(phases);
    }

    default Set<String> specialisms(String text) {
        return SupporterLists.words(text);
    }

    default String specialismsText(Set<String> specialisms) {
        return SupporterLists.join(specialisms);
    }

    default Set<Integer> urns(String text) {
        return SupporterLists.urns(text);
    }

    default String urnsText(Set<Integer> urns) {
        return SupporterLists.join(urns);
    }
}
