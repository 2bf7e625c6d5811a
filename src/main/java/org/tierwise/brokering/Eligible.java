package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** A supporter no rule excludes from one need of one school: a candidate for the allocation. */
@AllowedInRules
public record Eligible(String supporterId, int urn, String area, Explanation explanation) implements BrokeringOutcome {

    @Override
    public String toString() {
        return BrokeringOutcome.describe("Eligible", this, "");
    }
}
