package org.tierwise.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Why an outcome exists: the rule that made it, the policy it implements, the facts it matched
 * and a sentence for people.
 *
 * @param matchedFacts each matched fact as text, so an explanation serialises safely to JSON
 */
public record Explanation(
        String ruleId, String ruleName, String source, String since, String reason, List<String> matchedFacts) {

    private static final int MAX_FACT_TEXT = 500;

    /**
     * The explanation of the rule now firing; in a DRL consequence write
     * {@code Explanation.of(drools, "Judged inadequate on " + $s.inspectionDate())}.
     */
    public static Explanation of(RuleContext drools, String reason) {
        Rule rule = drools.getRule();
        Map<String, Object> metadata = rule.getMetaData();
        List<String> facts = drools.getMatch().getObjects().stream()
                .filter(Objects::nonNull)
                .map(Explanation::render)
                .toList();
        return new Explanation(
                text(metadata.get("id")),
                rule.getName(),
                text(metadata.get("source")),
                text(metadata.get("since")),
                reason,
                facts);
    }

    private static String render(Object fact) {
        // An accumulate's results reach the match as an array of values.
        String text =
                fact instanceof Object[] values ? "accumulated " + Arrays.deepToString(values) : String.valueOf(fact);
        return text.length() <= MAX_FACT_TEXT ? text : text.substring(0, MAX_FACT_TEXT - 1) + "…";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
