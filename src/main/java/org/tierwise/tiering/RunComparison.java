package org.tierwise.tiering;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Compares a run with an earlier one: the schools that moved up or down a tier and the reasons that
 * appeared or went, the schools new to the later run and those no longer in it.
 */
@Component
public class RunComparison {

    /** How a school's computed tier changed between the runs. */
    public enum Change {
        UP,
        DOWN,
        NEW,
        GONE,
        SAME
    }

    /** A school whose tier changed, or that joined or left, with why. */
    public record Mover(
            int urn,
            String schoolName,
            String clusterId,
            String phase,
            Tier before,
            Tier after,
            Change change,
            Set<String> reasonsAdded,
            Set<String> reasonsRemoved) {}

    /** The comparison: movers, and counts of each kind of change overall, by cluster and by phase. */
    public record Result(
            long runId,
            long earlierRunId,
            List<Mover> movers,
            Map<Change, Integer> counts,
            Map<String, Map<Change, Integer>> byCluster,
            Map<String, Map<Change, Integer>> byPhase) {}

    private final TieringRunStore store;

    RunComparison(TieringRunStore store) {
        this.store = store;
    }

    public Result compare(long runId, long earlierRunId) {
        store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        store.run(earlierRunId).orElseThrow(() -> new RunNotFoundException(earlierRunId));
        Map<Integer, StoredTier> after = byUrn(store.results(runId));
        Map<Integer, StoredTier> before = byUrn(store.results(earlierRunId));
        Map<Integer, List<StoredDetail>> afterDetails = store.details(runId);
        Map<Integer, List<StoredDetail>> beforeDetails = store.details(earlierRunId);
        Set<Integer> urns = new TreeSet<>(after.keySet());
        urns.addAll(before.keySet());
        List<Mover> movers = new ArrayList<>();
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        Map<String, Map<Change, Integer>> byCluster = new TreeMap<>();
        Map<String, Map<Change, Integer>> byPhase = new TreeMap<>();
        for (int urn : urns) {
            StoredTier a = after.get(urn);
            StoredTier b = before.get(urn);
            Change change = change(b, a);
            StoredTier known = a != null ? a : b;
            counts.merge(change, 1, Integer::sum);
            String cluster = known.clusterId() == null ? "(no cluster)" : known.clusterId();
            byCluster.computeIfAbsent(cluster, c -> new EnumMap<>(Change.class)).merge(change, 1, Integer::sum);
            byPhase.computeIfAbsent(known.phase().name(), p -> new EnumMap<>(Change.class))
                    .merge(change, 1, Integer::sum);
            if (change == Change.SAME) {
                continue;
            }
            Set<String> reasonsAfter = reasons(afterDetails.get(urn));
            Set<String> reasonsBefore = reasons(beforeDetails.get(urn));
            Set<String> added = new TreeSet<>(reasonsAfter);
            added.removeAll(reasonsBefore);
            Set<String> removed = new TreeSet<>(reasonsBefore);
            removed.removeAll(reasonsAfter);
            movers.add(new Mover(
                    urn,
                    known.schoolName(),
                    known.clusterId(),
                    known.phase().name(),
                    b == null ? null : b.tier(),
                    a == null ? null : a.tier(),
                    change,
                    added,
                    removed));
        }
        return new Result(runId, earlierRunId, movers, counts, byCluster, byPhase);
    }

    private static Change change(StoredTier before, StoredTier after) {
        if (before == null) {
            return Change.NEW;
        }
        if (after == null) {
            return Change.GONE;
        }
        int difference = after.tier().level() - before.tier().level();
        return difference > 0 ? Change.UP : difference < 0 ? Change.DOWN : Change.SAME;
    }

    /** The reason codes of a school's result, with the rule behind each, e.g. "BELOW_FLOOR_KS2 (TIER-020)". */
    private static Set<String> reasons(List<StoredDetail> details) {
        if (details == null) {
            return Set.of();
        }
        return details.stream()
                .filter(d -> d.kind().equals("REASON") || d.kind().equals("RAISE"))
                .map(d -> d.code() + " (" + d.ruleId() + ")")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<Integer, StoredTier> byUrn(List<StoredTier> tiers) {
        return tiers.stream().collect(Collectors.toMap(StoredTier::urn, Function.identity()));
    }
}
