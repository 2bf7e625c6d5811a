package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** One named, explained part of an eligible supporter's score for one need (e.g. "distance", 12.5). */
@AllowedInRules
public record ScoreComponent(
        String supporterId, int urn, String area, String name, double points, Explanation explanation)
        implements BrokeringOutcome {

    @Override
    public String toString() {
        return BrokeringOutcome.describe("ScoreComponent", this, name + "=" + points);
    }
}
