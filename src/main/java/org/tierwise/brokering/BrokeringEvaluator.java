package org.tierwise.brokering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.Explanation;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleSet;

/**
 * Runs the brokering rules one school at a time: each session holds one school, its needs, the
 * supporters the distance grid keeps for it and their earlier deployments. Batching per school
 * keeps every session small (needs x nearby supporters) whatever the national total.
 */
@Component
class BrokeringEvaluator {

    private final RuleEngine engine;

    BrokeringEvaluator(RuleEngine engine) {
        this.engine = engine;
    }

    BrokeringEvaluation evaluate(RuleSet ruleSet, BrokeringInput input, BrokeringParameters parameters) {
        CandidateGrid grid = new CandidateGrid(input.supporters(), parameters.maxDistanceKm());
        Map<String, List<DeploymentFacts>> history =
                input.deployments().stream().collect(Collectors.groupingBy(DeploymentFacts::supporterId));
        List<Eligible> eligible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        List<ScoreComponent> components = new ArrayList<>();
        Map<Integer, Integer> leftOut = new LinkedHashMap<>();
        Map<String, Long> fired = new HashMap<>();
        for (BrokeringInput.Target target : input.schools()) {
            List<SupporterFacts> near = grid.near(target.facts());
            leftOut.put(target.facts().urn(), input.supporters().size() - near.size());
            List<Object> facts = new ArrayList<>();
            facts.add(target.facts());
            facts.addAll(target.needs());
            facts.addAll(near);
            Set<String> ids = near.stream().map(SupporterFacts::id).collect(Collectors.toSet());
            ids.forEach(id -> facts.addAll(history.getOrDefault(id, List.of())));
            Evaluation evaluation = engine.evaluate(ruleSet, facts, input.asOf());
            // A run stores each outcome's rule, source and reason but not the facts it matched, and a
            // national run keeps about 1.7 million outcomes until it is stored: the facts are let go.
            evaluation
                    .outcomes(Eligible.class)
                    .forEach(e -> eligible.add(
                            new Eligible(e.supporterId(), e.urn(), e.area(), withoutFacts(e.explanation()))));
            evaluation
                    .outcomes(Excluded.class)
                    .forEach(x -> excluded.add(
                            new Excluded(x.supporterId(), x.urn(), x.area(), withoutFacts(x.explanation()))));
            evaluation
                    .outcomes(ScoreComponent.class)
                    .forEach(c -> components.add(new ScoreComponent(
                            c.supporterId(), c.urn(), c.area(), c.name(), c.points(), withoutFacts(c.explanation()))));
            evaluation.firingCounts().forEach((rule, count) -> fired.merge(rule, count, Long::sum));
        }
        return new BrokeringEvaluation(ruleSet.version(), eligible, excluded, components, leftOut, fired);
    }

    private static Explanation withoutFacts(Explanation why) {
        return new Explanation(why.ruleId(), why.ruleName(), why.source(), why.since(), why.reason(), List.of());
    }
}
