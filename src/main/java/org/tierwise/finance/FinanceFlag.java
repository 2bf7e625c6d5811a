package org.tierwise.finance;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;
import org.tierwise.rules.Outcome;

/**
 * A rule's finding about a spending item (or a fund, for fund-level checks such as deficits): how
 * serious it is and why, citing the rule's regulation.
 *
 * @param itemRef the spending item, or the fund for a fund-level check
 */
@AllowedInRules
public record FinanceFlag(String itemRef, String fundRef, Severity severity, Explanation explanation)
        implements Outcome {

    public FinanceFlag {
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The flag of the rule now firing, at the severity in its {@code @severity("BREACH")} metadata,
     * so a policy officer sets it where they read the rule.
     */
    public static FinanceFlag of(RuleContext drools, String itemRef, String fundRef, String reason) {
        Object severity = drools.getRule().getMetaData().get("severity");
        if (severity == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName()
                    + "\" has no @severity(\"BREACH\"|\"NEEDS_APPROVAL\"|\"WARNING\")");
        }
        return new FinanceFlag(itemRef, fundRef, Severity.valueOf(severity.toString()), Explanation.of(drools, reason));
    }

    public String ruleId() {
        return explanation.ruleId();
    }
}
