package org.tierwise.tiering.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.tierwise.tiering.RunNotFoundException;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.TieringRunStore;

/** Exports a run as CSV, one row per school, safe to open in a spreadsheet. */
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
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (StoredTier r : store.results(runId)) {
                List<StoredDetail> d = details.getOrDefault(r.urn(), List.of());
                csv.printRecord(
                        r.urn(),
                        safe(r.schoolName()),
                        r.phase(),
                        r.governance(),
                        safe(r.clusterId()),
                        r.effectiveTier(),
                        r.tier(),
                        r.override() == null ? "" : safe(r.override().reason()),
                        safe(join(d, "REASON", true)),
                        safe(join(d, "NEED", false)),
                        safe(join(d, "ACTION", false)),
                        safe(join(d, "MISSING", false)),
                        run.ruleSetLabel() + " " + run.ruleSetDigest().substring(0, 12));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String join(List<StoredDetail> details, String kind, boolean withReason) {
        return details.stream()
                .filter(d -> d.kind().equals(kind))
                .map(d -> d.code() + " [" + d.ruleId() + "]" + (withReason ? ": " + d.reason() : ""))
                .collect(Collectors.joining("; "));
    }

    /** Stops a spreadsheet from reading a cell as a formula (CSV injection). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
