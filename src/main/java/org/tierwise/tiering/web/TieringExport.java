package org.tierwise.tiering.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.csv.CsvWriter;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.TieringRunStore;

/** Exports a run as CSV, one row per school, safe to open in a spreadsheet ({@link CsvWriter}). */
@Component
class TieringExport {

    private static final String[] HEADER = {
        "URN",
        "SCHOOL",
        "PHASE",
        "GOVERNANCE",
        "CLUSTER",
        "TIER",
        "COMPUTED_TIER",
        "OVERRIDE_REASON",
        "REASONS",
        "NEEDS",
        "ACTIONS",
        "MISSING",
        "RULE_SET_VERSION"
    };

    private final TieringRunStore store;

    TieringExport(TieringRunStore store) {
        this.store = store;
    }

    String csv(long runId) {
        RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        Map<Integer, List<StoredDetail>> details = store.details(runId);
        CsvWriter csv = CsvWriter.quotingMinimal(HEADER);
        for (StoredTier r : store.results(runId)) {
            List<StoredDetail> d = details.getOrDefault(r.urn(), List.of());
            csv.row(
                    r.urn(),
                    r.schoolName(),
                    r.phase(),
                    r.governance(),
                    r.clusterId(),
                    r.effectiveTier(),
                    r.tier(),
                    r.override() == null ? "" : r.override().reason(),
                    join(d, "REASON", true),
                    join(d, "NEED", false),
                    join(d, "ACTION", false),
                    join(d, "MISSING", false),
                    run.ruleSetLabel() + " " + run.ruleSetDigest().substring(0, 12));
        }
        return csv.toString();
    }

    private static String join(List<StoredDetail> details, String kind, boolean withReason) {
        return details.stream()
                .filter(d -> d.kind().equals(kind))
                .map(d -> d.code() + " [" + d.ruleId() + "]" + (withReason ? ": " + d.reason() : ""))
                .collect(Collectors.joining("; "));
    }
}
