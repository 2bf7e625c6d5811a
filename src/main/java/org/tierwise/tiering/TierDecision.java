package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/**
 * A school's tier: the highest its reasons reach, raised one step by a current concern, or
 * {@link Tier#CANNOT_DETERMINE} when nothing places it and inputs are missing.
 */
@AllowedInRules
public record TierDecision(int urn, Tier tier, Tier reasonsTier, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe(
                "TierDecision", urn, "tier=" + tier + ", reasonsTier=" + reasonsTier, explanation);
    }
}
