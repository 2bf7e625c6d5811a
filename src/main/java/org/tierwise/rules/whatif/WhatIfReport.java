package org.tierwise.rules.whatif;

import java.util.List;
import org.tierwise.rules.RuleSetVersion;

/** Every decision the candidate rules would change, per subject. */
public record WhatIfReport(RuleSetVersion current, RuleSetVersion candidate, List<Change> changes) {

    /**
     * One changed decision.
     *
     * @param before the live rules' outcome, or null when they decide nothing for the key
     * @param after the candidate rules' outcome, or null when they decide nothing for the key
     */
    public record Change(String subject, String key, WhatIfOutcome before, WhatIfOutcome after) {}
}
