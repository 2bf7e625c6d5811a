package org.tierwise.tiering;

import java.util.List;
import org.tierwise.school.facts.SchoolFacts;

/** Everything the rules decided about one school, with the explanation of each part. */
public record SchoolTiering(
        SchoolFacts school,
        TierDecision decision,
        List<TierReason> reasons,
        List<TierRaise> raises,
        List<SupportNeed> needs,
        List<TierAction> actions,
        List<MissingInput> missing,
        List<Finding> findings,
        List<NearMiss> nearMisses,
        List<DataNote> notes) {

    public Tier tier() {
        return decision == null ? Tier.CANNOT_DETERMINE : decision.tier();
    }
}
