package org.tierwise.rules.whatif;

import java.util.List;

/**
 * One decision summarised for comparison.
 *
 * @param summary what was decided, e.g. "TARGETED"; two outcomes differ when their summaries do
 * @param ruleIds the rules responsible for it
 */
public record WhatIfOutcome(String summary, List<String> ruleIds) {

    public WhatIfOutcome {
        ruleIds = List.copyOf(ruleIds);
    }
}
