package org.tierwise.rules.whatif;

import java.util.Map;
import org.tierwise.rules.RuleSet;

/**
 * A feature whose decisions a rule change can alter (tiering, brokering, finance). It runs its
 * real evaluation, on the current data, with the rule set it is given, through {@code
 * RuleEngine.evaluate(ruleSet, facts, asOf)}, and summarises each decision.
 */
public interface WhatIfSubject {

    /** What is compared, e.g. "tiering". */
    String name();

    /**
     * Each decision the rules make on the current data, by a key people recognise (e.g. "URN
     * 117083"); keys with equal outcomes under both rule sets are not reported.
     */
    Map<String, WhatIfOutcome> outcomes(RuleSet ruleSet);
}
