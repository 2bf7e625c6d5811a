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

    /**
     * False for an outcome that only the whole rule set decides (e.g. a school's tier, which reads
     * every file's reasons): it is then checked on the whole rule set only.
     */
    default boolean checkedOnOwnFile() {
        return true;
    }
}
