package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/** An input a tiering rule needed that is missing or was not published. */
@AllowedInRules
public record MissingInput(int urn, String input, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("MissingInput", urn, "input=" + input, explanation);
    }
}
