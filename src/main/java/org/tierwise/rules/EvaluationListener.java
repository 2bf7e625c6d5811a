package org.tierwise.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/** Records, for one session, the rules fired in order and the outcomes present at the end. */
final class EvaluationListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final RuleSet ruleSet;
    private final Map<Rule, FiredRule> firedRules = new IdentityHashMap<>();
    private final List<FiredRule> fired = new ArrayList<>();
    private final Map<FactHandle, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<FiredRule, Long> updates = new HashMap<>();
    // Read by the caller's thread when an evaluation runs past its time limit.
    private volatile FiredRule firing;
    private volatile FiredRule lastFired;

    EvaluationListener(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = firedRules.computeIfAbsent(event.getMatch().getRule(), this::describe);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(firing);
        lastFired = firing;
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Outcome outcome) {
            outcomes.put(event.getFactHandle(), outcome);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (firing != null) {
            updates.merge(firing, 1L, Long::sum);
        }
        if (event.getObject() instanceof Outcome outcome) {
            outcomes.put(event.getFactHandle(), outcome);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        outcomes.remove(event.getFactHandle());
    }

    List<FiredRule> fired() {
        return fired;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    /** The rule whose consequence is running now, if any. */
    FiredRule firing() {
        return firing;
    }

    /** The rule that fired last, if any: safe to ask from another thread while the evaluation runs. */
    FiredRule lastFired() {
        return lastFired;
    }

    /**
     * The rule that kept firing when the limit was reached: the one whose consequence updated facts
     * most often (an update re-activates every rule matching the fact, so the rules it wakes fire as
     * often as the culprit), or else the one that fired most often.
     */
    FiredRule runaway() {
        return most(updates).orElseGet(() -> most(fired.stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .orElse(null));
    }

    private static Optional<FiredRule> most(Map<FiredRule, Long> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey);
    }

    private FiredRule describe(Rule rule) {
        RuleInfo info = ruleSet.find(rule.getPackageName(), rule.getName());
        Object id = rule.getMetaData().get("id");
        return new FiredRule(
                id == null ? rule.getName() : id.toString(), rule.getName(), info == null ? null : info.file());
    }
}
