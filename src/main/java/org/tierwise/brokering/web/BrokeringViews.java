package org.tierwise.brokering.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tierwise.brokering.BrokeringRunRecord;
import org.tierwise.brokering.DeploymentOutcome;
import org.tierwise.brokering.SupporterRole;
import org.tierwise.tiering.Tier;

/** The JSON shapes of the brokering API. */
public final class BrokeringViews {

    private BrokeringViews() {}

    /** Which tiering run to broker from; the latest when absent. */
    public record RunRequest(Long tieringRunId) {}

    /** A run with its matches and the needs it could not meet. */
    public record Run(BrokeringRunRecord run, List<Match> matches, List<Need> unmet) {}

    /** A supporter placed with a need, with its score explained. */
    public record Match(
            long matchId,
            int urn,
            String area,
            String supporterId,
            String supporterName,
            SupporterRole role,
            double score,
            List<Reason> components) {}

    /** A rule's contribution: a score component (name, points) or an exclusion. */
    public record Reason(
            String kind, String name, Double points, String ruleId, String ruleName, String source, String reason) {}

    /** A need, what it asked for and got, and why it got less. */
    public record Need(int urn, String area, int tier, int wanted, int allocated, String unmetReason) {}

    /** An eligible supporter not chosen (or chosen), ranked by score. */
    public record Alternative(
            int rank,
            String supporterId,
            String supporterName,
            SupporterRole role,
            double score,
            boolean allocated,
            List<Reason> components) {}

    /** A supporter ruled out, with every rule that ruled it out. */
    public record Exclusion(String supporterId, String supporterName, SupporterRole role, List<Reason> rules) {}

    /**
     * One need of the school with its allocation, ranked alternatives and exclusions. Unless the full
     * answer was asked for, {@code eligibleRanked} and {@code excluded} hold only the first entries;
     * the counts and {@code excludedByRule} always cover every evaluated supporter.
     */
    public record NeedRecommendation(
            String area,
            int wanted,
            int allocated,
            String unmetReason,
            List<Match> recommended,
            int eligibleCount,
            List<Alternative> eligibleRanked,
            int excludedCount,
            List<ExclusionCount> excludedByRule,
            List<Exclusion> excluded) {}

    /** How many supporters one rule excluded from a need. */
    public record ExclusionCount(String ruleId, String ruleName, int supporters) {}

    /**
     * What the school page shows: its tier and needs, and the latest brokering run's recommendation.
     *
     * @param listed how many alternatives and exclusions each need lists, or null when it lists all
     */
    public record Recommendation(
            int urn,
            String schoolName,
            SchoolTier tier,
            Long brokeringRunId,
            String ruleSetLabel,
            Integer listed,
            List<NeedRecommendation> needs,
            List<DeploymentView> deployments) {}

    /** The school's tier and support needs in the tiering run the brokering run used. */
    public record SchoolTier(long tieringRunId, LocalDate asOf, Tier tier, List<Reason> needs) {}

    /** A commissioning group's confirmation of a match. */
    public record ConfirmRequest(
            LocalDate start,
            LocalDate end,
            @Size(max = 100) String fundingSource,
            BigDecimal cost,
            @Size(max = 100) String confirmedBy) {}

    /** A confirmed deployment with its outcome so far. */
    public record DeploymentView(
            long id,
            long matchId,
            long runId,
            String supporterId,
            int urn,
            String area,
            int tierAtStart,
            LocalDate start,
            LocalDate end,
            String fundingSource,
            BigDecimal cost,
            DeploymentOutcome outcome) {}
}
