package org.tierwise.tiering;

/**
 * One stored part of a school's result: a reason, raise, need, action, missing input, finding or
 * the decision itself, with the rule that produced it and the data it rests on (file and line of
 * each fact, newline-separated); a near miss also has its margin.
 */
public record StoredDetail(
        String kind,
        String code,
        Tier tier,
        String ruleId,
        String ruleName,
        String ruleSource,
        String reason,
        String matchedFacts,
        String dataSources,
        Double margin,
        Boolean withinMargin) {}
