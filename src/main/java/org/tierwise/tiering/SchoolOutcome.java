package org.tierwise.tiering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** An outcome of the tiering rules about one school. */
public interface SchoolOutcome extends Outcome {

    int urn();

    /**
     * A short description for the matched facts of a rule that builds on this outcome: what it is,
     * for which school, and which rule made it (its own explanation is stored with it).
     */
    static String describe(String kind, int urn, String what, Explanation why) {
        return kind + "[urn=" + urn + ", " + what + ", by " + why.ruleId() + ": " + why.reason() + "]";
    }
}
