package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** A current concern that raises a school's tier by one step above what its other reasons reach. */
@AllowedInRules
public record TierRaise(int urn, String code, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("TierRaise", urn, "code=" + code, explanation);
    }
}
