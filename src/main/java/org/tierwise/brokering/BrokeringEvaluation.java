package org.tierwise.brokering;

import java.util.List;
import java.util.Map;
import org.tierwise.rules.RuleSetVersion;

/**
 * What the rules decided for every school of a brokering run: each school's eligible pairs,
 * exclusions and score components, and how many supporters the distance grid left out.
 */
record BrokeringEvaluation(
        RuleSetVersion version,
        List<Eligible> eligible,
        List<Excluded> excluded,
        List<ScoreComponent> components,
        Map<Integer, Integer> leftOutByGrid,
        Map<String, Long> firingCounts) {}
