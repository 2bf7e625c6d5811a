package org.tierwise.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of running the rules over a set of facts.
 *
 * @param version the rule set that produced it
 * @param outcomes every {@link Outcome} the rules inserted and left in the session, in insertion order
 * @param fired every rule firing, in order
 */
public record Evaluation(RuleSetVersion version, LocalDate asOf, List<Outcome> outcomes, List<FiredRule> fired) {

    public Evaluation {
        outcomes = List.copyOf(outcomes);
        fired = List.copyOf(fired);
    }

    /** The outcomes of one kind, e.g. {@code outcomes(TierReason.class)}. */
    public <T> List<T> outcomes(Class<T> type) {
        return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How often each rule fired, by rule id, in order of first firing. */
    public Map<String, Long> firingCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        fired.forEach(rule -> counts.merge(rule.ruleId(), 1L, Long::sum));
        return counts;
    }

    /** The distinct ids of the rules that fired, in order of first firing. */
    public List<String> firedRuleIds() {
        return List.copyOf(firingCounts().keySet());
    }
}
