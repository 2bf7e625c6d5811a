package org.tierwise.rules.cases;

import java.util.List;
import org.tierwise.rules.Evaluation;
import tools.jackson.databind.JsonNode;

/**
 * Checks one feature-specific {@code expect} key of a case (e.g. {@code tier: {100001: TARGETED}})
 * against the evaluation. The platform itself handles {@code fired} and {@code notFired}.
 */
public interface CaseExpectation {

    /** The {@code expect} key, e.g. "tier". */
    String key();

    /**
     * What differs between the expectation and the evaluation, one sentence each, e.g. "tier of
     * 100001: expected TARGETED, was UNIVERSAL"; empty when the case holds.
     */
    List<String> differences(JsonNode expected, Evaluation evaluation);
}
