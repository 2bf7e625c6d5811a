package org.tierwise.tiering.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tierwise.tiering.RunInput;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.Tier;

/** The JSON shapes of the tiering API. */
public final class TieringViews {

    private TieringViews() {}

    /** One tier with the name and meaning policy staff gave it, and how many schools are in it. */
    public record TierCount(Tier tier, int level, String name, String meaning, int schools) {}

    /**
     * A run with its totals per tier, per cluster and per phase, the inputs it read and how recent
     * each was, and its withdrawal if it was withdrawn.
     */
    public record RunSummary(
            long id,
            Integer laCode,
            String academicYear,
            String dataStatus,
            LocalDate asOf,
            String ruleSetVersion,
            String ruleSetDigest,
            String inputDigest,
            String runBy,
            Instant startedAt,
            Instant finishedAt,
            int schools,
            int notTiered,
            String notTieredReason,
            int overrides,
            List<TierCount> tiers,
            Map<String, Map<Tier, Integer>> byCluster,
            Map<String, Map<Tier, Integer>> byPhase,
            List<RunInput> inputs,
            RunRecord.Withdrawal withdrawal) {}

    /**
     * A stored rule outcome, explained: {@code matchedFacts} in words, {@code dataSources} the file
     * and line (or "constructed: …") of each fact it rests on.
     */
    public record Explained(
            String kind,
            String code,
            Tier tier,
            String ruleId,
            String ruleName,
            String source,
            String reason,
            List<String> matchedFacts,
            List<String> dataSources) {}

    /**
     * A school's tier in a run with every reason, need, action, missing input, near miss and note on
     * the data it rests on (provisional, old, not needed, not published that year): {@code tier} is the
     * tier in force (the override's, if there is one), {@code computedTier} the rules' own, and
     * {@code overrideNote} says who overrode it, why, whether it was carried from an earlier run and
     * whether the rules now agree.
     */
    public record SchoolTier(
            int urn,
            String schoolName,
            long runId,
            String academicYear,
            LocalDate asOf,
            String ruleSetVersion,
            String ruleSetDigest,
            Tier tier,
            String tierName,
            Tier computedTier,
            Tier reasonsTier,
            StoredTier.Override override,
            String overrideNote,
            Explained decision,
            List<Explained> reasons,
            List<Explained> raises,
            List<Explained> needs,
            List<Explained> actions,
            List<Explained> missing,
            List<Explained> findings,
            List<NearMissView> nearMisses,
            List<Explained> dataNotes) {}

    /**
     * A standard the school did not fall below, the condition that came closest and its margin in
     * the measure's unit; {@code withinMargin} when it is within the dated near-miss parameter.
     */
    public record NearMissView(
            String standard,
            String ruleId,
            String ruleName,
            String source,
            String reason,
            List<String> dataSources,
            double margin,
            boolean withinMargin) {}

    /** A school of a run whose margin on a standard is within that standard's near-miss parameter. */
    public record NearMissLine(int urn, String schoolName, Tier tier, NearMissView nearMiss) {}

    /** One line of a run's school list. */
    public record SchoolLine(
            int urn,
            String schoolName,
            String phase,
            String governance,
            String clusterId,
            Tier tier,
            Tier effectiveTier,
            StoredTier.Override override) {}
}
