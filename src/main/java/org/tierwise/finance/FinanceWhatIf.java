package org.tierwise.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.whatif.WhatIfOutcome;
import org.tierwise.rules.whatif.WhatIfSubject;

/** What-if for finance: the flags each stored item would get under a rule set. */
@Component
class FinanceWhatIf implements WhatIfSubject {

    private final FinanceCheck check;

    FinanceWhatIf(FinanceCheck check) {
        this.check = check;
    }

    @Override
    public String name() {
        return FinanceCheck.RUN_KIND;
    }

    @Override
    public Map<String, WhatIfOutcome> outcomes(RuleSet ruleSet) {
        Map<String, List<FinanceFlag>> byItem = check.flags(ruleSet, LocalDate.now()).stream()
                .collect(Collectors.groupingBy(FinanceFlag::itemRef, TreeMap::new, Collectors.toList()));
        Map<String, WhatIfOutcome> outcomes = new TreeMap<>();
        byItem.forEach((item, flags) -> {
            List<FinanceFlag> sorted = new ArrayList<>(flags);
            sorted.sort((a, b) -> a.ruleId().compareTo(b.ruleId()));
            String summary = sorted.stream()
                    .map(flag -> flag.ruleId() + " " + flag.severity())
                    .collect(Collectors.joining(", "));
            outcomes.put(
                    "item " + item,
                    new WhatIfOutcome(
                            summary, sorted.stream().map(FinanceFlag::ruleId).toList()));
        });
        return outcomes;
    }
}
