package org.tierwise.tiering;

import java.util.List;
import java.util.Map;
import org.tierwise.rules.RuleSetVersion;

/** The rules' decisions for every school of a run, the rule set that made them and how often each rule fired. */
public record TieringEvaluation(List<SchoolTiering> schools, RuleSetVersion version, Map<String, Long> firingCounts) {}
