package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** What may or must be done: a statutory power, a referral, a task with a deadline, a support offer. */
@AllowedInRules
public record TierAction(int urn, String code, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("TierAction", urn, "code=" + code, explanation);
    }
}
