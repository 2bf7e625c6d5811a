package org.tierwise.brokering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.whatif.WhatIfOutcome;
import org.tierwise.rules.whatif.WhatIfSubject;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.TieringRunStore;

/**
 * Brokering under a candidate rule set: after the latest tiering run, the supporters each need would
 * be allocated, through the same evaluation and allocation as real brokering runs.
 */
@Component
class BrokeringWhatIf implements WhatIfSubject {

    private final BrokeringRun brokering;
    private final TieringRunStore tierings;

    BrokeringWhatIf(BrokeringRun brokering, TieringRunStore tierings) {
        this.brokering = brokering;
        this.tierings = tierings;
    }

    @Override
    public String name() {
        return "brokering";
    }

    @Override
    public Map<String, WhatIfOutcome> outcomes(RuleSet ruleSet) {
        List<RunRecord> runs = tierings.runsInForce();
        if (runs.isEmpty()) {
            return Map.of();
        }
        BrokeringRun.Decision decision = brokering.decide(ruleSet, runs.get(0));
        Map<String, TreeSet<String>> chosen = new LinkedHashMap<>();
        decision.needs().forEach(n -> chosen.put(n.id(), new TreeSet<>()));
        decision.result().matches().forEach(m -> chosen.get(m.needId()).add(m.supporterId()));
        Map<String, List<ScoreComponent>> componentsByNeed = decision.evaluation().components().stream()
                .collect(Collectors.groupingBy(c -> BrokeringRun.need(c.urn(), c.area())));
        Map<String, WhatIfOutcome> outcomes = new LinkedHashMap<>();
        chosen.forEach((need, supporters) -> {
            List<String> rules = new ArrayList<>();
            componentsByNeed.getOrDefault(need, List.of()).stream()
                    .filter(c -> supporters.contains(c.supporterId()))
                    .map(c -> c.explanation().ruleId())
                    .distinct()
                    .forEach(rules::add);
            outcomes.put(
                    "need " + need,
                    new WhatIfOutcome(supporters.isEmpty() ? "no supporter" : String.join(", ", supporters), rules));
        });
        return outcomes;
    }
}
