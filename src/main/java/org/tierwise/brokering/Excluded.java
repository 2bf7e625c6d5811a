package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** A supporter the named rule excludes from one need of one school. */
@AllowedInRules
public record Excluded(String supporterId, int urn, String area, Explanation explanation) implements BrokeringOutcome {

    @Override
    public String toString() {
        return BrokeringOutcome.describe("Excluded", this, "");
    }
}
