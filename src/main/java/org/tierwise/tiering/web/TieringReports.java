package org.tierwise.tiering.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierwise.school.AcademicYear;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TierVocabulary;
import org.tierwise.tiering.TieringRunStore;

/**
 * Builds the views of runs and of one school's tier from the stored runs; shared by the API and the
 * pages. Each view is read in one read-only transaction: one pooled connection for all its queries,
 * rather than one borrowed and returned per query, which under load queued every request at the
 * pool as many times as it had queries.
 */
@Component
@Transactional(readOnly = true)
public class TieringReports {

    private final TieringRunStore store;
    private final TierVocabulary vocabulary;

    TieringReports(TieringRunStore store, TierVocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    public TieringViews.RunSummary summary(long runId) {
        RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        List<StoredTier> results = store.results(runId);
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        Map<String, Map<Tier, Integer>> byCluster = new TreeMap<>();
        Map<String, Map<Tier, Integer>> byPhase = new TreeMap<>();
        for (StoredTier result : results) {
            Tier tier = result.effectiveTier();
            counts.merge(tier, 1, Integer::sum);
            String cluster = result.clusterId() == null ? "(no cluster)" : result.clusterId();
            byCluster.computeIfAbsent(cluster, c -> new EnumMap<>(Tier.class)).merge(tier, 1, Integer::sum);
            byPhase.computeIfAbsent(result.phase().name(), p -> new EnumMap<>(Tier.class))
                    .merge(tier, 1, Integer::sum);
        }
        List<TieringViews.TierCount> tiers = Arrays.stream(Tier.values())
                .map(t -> new TieringViews.TierCount(
                        t, t.level(), vocabulary.name(t), vocabulary.meaning(t), counts.getOrDefault(t, 0)))
                .toList();
        return new TieringViews.RunSummary(
                run.id(),
                run.laCode(),
                new AcademicYear(run.academicYear()).label(),
                run.dataStatus().name(),
                run.asOf(),
                run.ruleSetLabel(),
                run.ruleSetDigest(),
                run.inputDigest(),
                run.runBy(),
                run.startedAt(),
                run.finishedAt(),
                results.size(),
                run.notTiered(),
                run.notTieredReason(),
                (int) results.stream().filter(r -> r.override() != null).count(),
                tiers,
                byCluster,
                byPhase,
                store.inputs(run.id()),
                run.withdrawal());
    }

    public List<TieringViews.SchoolLine> schools(long runId) {
        store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        return store.results(runId).stream()
                .map(r -> new TieringViews.SchoolLine(
                        r.urn(),
                        r.schoolName(),
                        r.phase().name(),
                        r.governance().name(),
                        r.clusterId(),
                        r.tier(),
                        r.effectiveTier(),
                        r.override()))
                .toList();
    }

    /**
     * A school's current tier: in the run not withdrawn for the newest academic year that included
     * it, the last of them to finish.
     */
    public TieringViews.SchoolTier currentTier(int urn) {
        long runId = store.currentRunWith(urn)
                .orElseThrow(() -> new RunNotFoundException(
                        "school " + urn + " is in no tiering run in force yet: start one with POST /api/tiering/runs"));
        return tier(runId, urn);
    }

    public TieringViews.SchoolTier tier(long runId, int urn) {
        RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        StoredTier result = store.result(runId, urn).orElseThrow(() -> new RunNotFoundException(runId, urn));
        List<StoredDetail> details = store.details(runId, urn);
        return new TieringViews.SchoolTier(
                urn,
                result.schoolName(),
                runId,
                new AcademicYear(run.academicYear()).label(),
                run.asOf(),
                run.ruleSetLabel(),
                run.ruleSetDigest(),
                result.effectiveTier(),
                vocabulary.name(result.effectiveTier()),
                result.tier(),
                result.reasonsTier(),
                result.override(),
                overrideNote(result),
                of(details, "DECISION").stream().findFirst().orElse(null),
                of(details, "REASON"),
                of(details, "RAISE"),
                of(details, "NEED"),
                of(details, "ACTION"),
                of(details, "MISSING"),
                of(details, "FINDING"),
                nearMisses(details),
                of(details, "DATA_NOTE"));
    }

    private static List<TieringViews.NearMissView> nearMisses(List<StoredDetail> details) {
        return details.stream()
                .filter(d -> d.kind().equals("NEAR_MISS"))
                .map(TieringReports::nearMiss)
                .toList();
    }

    private static TieringViews.NearMissView nearMiss(StoredDetail d) {
        return new TieringViews.NearMissView(
                d.code(),
                d.ruleId(),
                d.ruleName(),
                d.ruleSource(),
                d.reason(),
                lines(d.dataSources()),
                d.margin() == null ? 0 : d.margin(),
                Boolean.TRUE.equals(d.withinMargin()));
    }

    /** The schools of a run within the near-miss margin of a standard (or of any), closest first. */
    public List<TieringViews.NearMissLine> nearMisses(long runId, String standard) {
        store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        return store.nearMisses(runId, standard).stream()
                .map(n -> new TieringViews.NearMissLine(
                        n.result().urn(), n.result().schoolName(), n.result().effectiveTier(), nearMiss(n.detail())))
                .toList();
    }

    /** The override explained: who, when, why, where it was recorded, and the rules' own tier beside it. */
    private String overrideNote(StoredTier result) {
        StoredTier.Override o = result.override();
        if (o == null) {
            return null;
        }
        String note = "Overridden to " + vocabulary.name(o.tier()) + " by " + o.by() + " on "
                + o.at().atZone(ZoneId.of("Europe/London")).toLocalDate() + ": " + o.reason() + ".";
        if (o.carried()) {
            note += " Recorded in tiering run " + o.carriedFromRun() + " and carried into this run.";
        }
        return note
                + (o.tier() == result.tier()
                        ? " The rules now place the school in the same tier, so the override may no longer be needed."
                        : " The rules' own tier in this run is " + vocabulary.name(result.tier()) + ".");
    }

    private static List<TieringViews.Explained> of(List<StoredDetail> details, String kind) {
        return details.stream()
                .filter(d -> d.kind().equals(kind))
                .map(d -> new TieringViews.Explained(
                        d.kind(),
                        d.code(),
                        d.tier(),
                        d.ruleId(),
                        d.ruleName(),
                        d.ruleSource(),
                        d.reason(),
                        lines(d.matchedFacts()),
                        lines(d.dataSources())))
                .toList();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
