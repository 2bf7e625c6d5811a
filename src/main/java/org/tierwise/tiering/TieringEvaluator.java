package org.tierwise.tiering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.Outcome;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.RuleSetVersion;
import org.tierwise.school.facts.SchoolFacts;

/**
 * Runs the tiering rules over a run's facts, a batch of schools per session (every rule joins on
 * the school's URN, so batches cannot affect each other), and groups the outcomes by school.
 */
@Component
public class TieringEvaluator {

    private final RuleEngine engine;
    private final int batchSize;

    TieringEvaluator(RuleEngine engine, @Value("${tierwise.tiering.batch-size:2000}") int batchSize) {
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /** Evaluates on the live rule set, telling {@code progress} how many schools are done. */
    public TieringEvaluation evaluate(TieringInput input, LocalDate asOf, IntConsumer progress) {
        return evaluate(engine.current(), input, asOf, progress);
    }

    /** Evaluates on an explicit rule set (what-if uses a candidate). */
    public TieringEvaluation evaluate(RuleSet ruleSet, TieringInput input, LocalDate asOf) {
        return evaluate(ruleSet, input, asOf, done -> {});
    }

    private TieringEvaluation evaluate(RuleSet ruleSet, TieringInput input, LocalDate asOf, IntConsumer progress) {
        List<SchoolTiering> results = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        TieringContext context = new TieringContext(input.academicYear());
        List<SchoolFacts> schools = input.schools();
        for (int from = 0; from < schools.size(); from += batchSize) {
            List<SchoolFacts> batch = schools.subList(from, Math.min(schools.size(), from + batchSize));
            List<Object> facts = new ArrayList<>();
            facts.add(context);
            facts.addAll(input.dataAsAt());
            batch.forEach(s -> facts.addAll(input.factsBySchool().get(s.urn())));
            Evaluation evaluation = engine.evaluate(ruleSet, facts, asOf);
            evaluation.firingCounts().forEach((rule, n) -> counts.merge(rule, n, Long::sum));
            results.addAll(group(batch, evaluation));
            progress.accept(results.size());
        }
        RuleSetVersion version = ruleSet.version();
        return new TieringEvaluation(results, version, counts);
    }

    private static List<SchoolTiering> group(List<SchoolFacts> schools, Evaluation evaluation) {
        Map<Integer, List<Outcome>> byUrn = new HashMap<>();
        for (Outcome outcome : evaluation.outcomes()) {
            byUrn.computeIfAbsent(urnOf(outcome), u -> new ArrayList<>()).add(outcome);
        }
        return schools.stream()
                .map(school -> {
                    List<Outcome> outcomes = byUrn.getOrDefault(school.urn(), List.of());
                    return new SchoolTiering(
                            school,
                            of(outcomes, TierDecision.class).stream()
                                    .findFirst()
                                    .orElse(null),
                            of(outcomes, TierReason.class),
                            of(outcomes, TierRaise.class),
                            of(outcomes, SupportNeed.class),
                            of(outcomes, TierAction.class),
                            of(outcomes, MissingInput.class),
                            of(outcomes, Finding.class),
                            of(outcomes, NearMiss.class),
                            of(outcomes, DataNote.class));
                })
                .toList();
    }

    private static <T> List<T> of(List<Outcome> outcomes, Class<T> type) {
        return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static int urnOf(Outcome outcome) {
        if (outcome instanceof SchoolOutcome school) {
            return school.urn();
        }
        throw new IllegalStateException("a tiering rule inserted an outcome that names no school: " + outcome);
    }
}
