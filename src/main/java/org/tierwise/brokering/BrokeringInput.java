package org.tierwise.brokering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tierwise.tiering.RunRecord;

/**
 * What a brokering run reads: the tiering run it brokers from, each school to support with its
 * needs, every supporter and earlier deployment as facts, and the schools in a brokered tier for
 * which the tiering rules recorded no need.
 */
public record BrokeringInput(
        RunRecord tieringRun,
        LocalDate asOf,
        List<Target> schools,
        List<SupporterFacts> supporters,
        List<DeploymentFacts> deployments,
        Map<Integer, Integer> withoutNeeds) {

    /** A school to support: its facts and its needs. */
    public record Target(TargetFacts facts, List<NeedFacts> needs) {}
}
