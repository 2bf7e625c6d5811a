package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/**
 * A support need for brokering to match on: LEADERSHIP, GOVERNANCE, MATHS, READING, WRITING,
 * SEND, DISADVANTAGED, SAFEGUARDING, TEACHING.
 */
@AllowedInRules
public record SupportNeed(int urn, String area, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("SupportNeed", urn, "area=" + area, explanation);
    }
}
