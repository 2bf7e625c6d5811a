package org.tierwise.brokering;

import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/** An outcome of the brokering rules about one supporter and one need of one school. */
public interface BrokeringOutcome extends Outcome {

    String supporterId();

    int urn();

    String area();

    /** Short text for another rule's matched facts (the outcome's own explanation is stored with it). */
    static String describe(String kind, BrokeringOutcome o, String what) {
        Explanation why = o.explanation();
        return kind + "[" + o.supporterId() + " for " + o.urn() + "/" + o.area() + (what.isEmpty() ? "" : ", " + what)
                + ", by " + why.ruleId() + "]";
    }
}
