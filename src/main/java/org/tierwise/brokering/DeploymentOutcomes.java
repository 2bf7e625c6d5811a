package org.tierwise.brokering;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRunStore;

/**
 * The outcome of each deployment: the school's tier at the first tiering run made after the
 * deployment started that decided the school's tier, compared with its tier when it was brokered.
 * Lower is improved; the same or higher is not; no later run yet, or only runs that could not
 * determine the school's tier, is pending: "cannot determine" (level 0) is not a tier, so it is never
 * read as an improvement on the tier at the start.
 */
@Component
class DeploymentOutcomes {

    private final DeploymentRepository deployments;
    private final TieringRunStore tierings;

    DeploymentOutcomes(DeploymentRepository deployments, TieringRunStore tierings) {
        this.deployments = deployments;
        this.tierings = tierings;
    }

    List<DeploymentFacts> all() {
        List<RunRecord> runs = tierings.runsInForce();
        return deployments.findAll().stream()
                .map(d -> new DeploymentFacts(
                        d.getSupporterId(),
                        d.getUrn(),
                        d.getArea(),
                        d.getStartDate(),
                        d.getEndDate(),
                        outcome(d, runs)))
                .toList();
    }

    /**
     * The school's tier at the next tiering run after the deployment started that determined it, if
     * there is one yet; a run that placed the school in "cannot determine" is passed over.
     */
    Optional<StoredTier> nextTier(Deployment deployment, List<RunRecord> runs) {
        return runs.stream()
                .filter(r -> r.asOf().isAfter(deployment.getStartDate()))
                .sorted(java.util.Comparator.comparing(RunRecord::asOf).thenComparing(RunRecord::id))
                .map(r -> tierings.result(r.id(), deployment.getUrn()))
                .flatMap(Optional::stream)
                .filter(t -> t.effectiveTier() != Tier.CANNOT_DETERMINE)
                .findFirst();
    }

    DeploymentOutcome outcome(Deployment deployment, List<RunRecord> runs) {
        return nextTier(deployment, runs)
                .map(t -> t.effectiveTier().level() < deployment.getTierAtStart()
                        ? DeploymentOutcome.IMPROVED
                        : DeploymentOutcome.NOT_IMPROVED)
                .orElse(DeploymentOutcome.PENDING);
    }
}
