package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** Evidence that puts a school in at least {@code tier}. */
@AllowedInRules
public record TierReason(int urn, Tier tier, String code, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("TierReason", urn, "tier=" + tier + ", code=" + code, explanation);
    }
}
