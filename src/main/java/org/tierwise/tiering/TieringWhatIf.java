package org.tierwise.tiering;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.whatif.WhatIfOutcome;
import org.tierwise.rules.whatif.WhatIfSubject;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks2ResultRepository;

/**
 * Tiering under a candidate rule set: the same scope as the latest run (or every school for the
 * latest results year when there is none), through the same evaluator real runs use.
 */
@Component
class TieringWhatIf implements WhatIfSubject {

    private final TieringInputs inputs;
    private final TieringEvaluator evaluator;
    private final TieringRunStore store;
    private final Ks2ResultRepository ks2;

    TieringWhatIf(TieringInputs inputs, TieringEvaluator evaluator, TieringRunStore store, Ks2ResultRepository ks2) {
        this.inputs = inputs;
        this.evaluator = evaluator;
        this.store = store;
        this.ks2 = ks2;
    }

    @Override
    public String name() {
        return "tiering";
    }

    @Override
    public Map<String, WhatIfOutcome> outcomes(RuleSet ruleSet) {
        List<RunRecord> runs = store.runsInForce();
        Integer la;
        int year;
        LocalDate asOf;
        if (runs.isEmpty()) {
            la = null;
            year = ks2.findAll().stream()
                    .mapToInt(Ks2Result::getAcademicYear)
                    .max()
                    .orElse(LocalDate.now().getYear());
            asOf = LocalDate.of(year, 12, 31);
        } else {
            la = runs.get(0).laCode();
            year = runs.get(0).academicYear();
            asOf = runs.get(0).asOf();
        }
        TieringEvaluation evaluation = evaluator.evaluate(ruleSet, inputs.load(la, year, asOf), asOf);
        Map<String, WhatIfOutcome> outcomes = new LinkedHashMap<>();
        for (SchoolTiering school : evaluation.schools()) {
            List<String> rules = Stream.concat(
                            school.reasons().stream().map(r -> r.explanation().ruleId()),
                            school.raises().stream().map(r -> r.explanation().ruleId()))
                    .distinct()
                    .toList();
            outcomes.put(
                    "URN " + school.school().urn() + " " + school.school().name(),
                    new WhatIfOutcome(school.tier().name(), rules));
        }
        return outcomes;
    }
}
