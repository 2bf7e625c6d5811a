package org.tierwise.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Why an outcome exists: the rule that made it, the policy it implements, the facts it matched
 * and a sentence for people.
 *
 * @param matchedFacts each matched fact as text, so an explanation serialises safely to JSON
 *     ({@link MatchedFacts}: the text of a record or an enum is made when it is read)
 */
@AllowedInRules
public record Explanation(
        String ruleId, String ruleName, String source, String since, String reason, List<String> matchedFacts) {

    /**
     * The explanation of the rule now firing; in a DRL consequence write
     * {@code Explanation.of(drools, "Judged inadequate on " + $s.inspectionDate())}.
     */
    public static Explanation of(RuleContext drools, String reason) {
        Rule rule = drools.getRule();
        Map<String, Object> metadata = rule.getMetaData();
        return new Explanation(
                text(metadata.get("id")),
                rule.getName(),
                text(metadata.get("source")),
                text(metadata.get("since")),
                reason,
                new MatchedFacts(drools.getMatch().getObjects()));
    }

    /**
     * Where the facts it matched came from: each file and line, or "constructed: …", once; empty
     * when none of them was read from data.
     */
    public List<String> dataSources() {
        return matchedFacts instanceof MatchedFacts matched ? matched.sources() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
