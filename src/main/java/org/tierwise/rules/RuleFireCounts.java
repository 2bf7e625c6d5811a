package org.tierwise.rules;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How often each rule fired in each persisted run, so the catalogue can show which rules are in
 * use. Features call {@link #record} in the transaction that persists their run.
 */
@Repository
public class RuleFireCounts {

    private final JdbcClient jdbc;

    RuleFireCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of one run of a kind, e.g. kind "tiering", run id "2019-results-day". */
    public record RunCounts(String runKind, String runId, String ruleSetDigest, Map<String, Long> fired) {}

    /** Records one evaluation's firing counts as the run {@code runId} of {@code runKind}. */
    public void record(String runKind, String runId, Evaluation evaluation) {
        record(runKind, runId, evaluation.version(), evaluation.firingCounts());
    }

    /**
     * Records a run's counts by rule id; a run made of many evaluations sums their {@link
     * Evaluation#firingCounts()} first.
     */
    public void record(String runKind, String runId, RuleSetVersion version, Map<String, Long> counts) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        counts.forEach((ruleId, fired) -> jdbc.sql("INSERT INTO rule_fire_count"
                        + " (run_kind, run_id, rule_set_digest, rule_id, fired, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(runKind, runId, version.digest(), ruleId, fired, now)
                .update());
    }

    /** For each run kind, the counts of its most recently recorded run. */
    public Map<String, RunCounts> latestByKind() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT c.run_kind, c.run_id, c.rule_set_digest, c.rule_id, c.fired"
                        + " FROM rule_fire_count c"
                        + " JOIN (SELECT run_kind, MAX(id) AS last_id FROM rule_fire_count GROUP BY run_kind) k"
                        + " ON k.run_kind = c.run_kind"
                        + " JOIN rule_fire_count l ON l.id = k.last_id AND l.run_id = c.run_id"
                        + " ORDER BY c.run_kind, c.rule_id")
                .query()
                .listOfRows();
        Map<String, RunCounts> latest = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            String kind = (String) row.get("run_kind");
            RunCounts counts = latest.computeIfAbsent(
                    kind,
                    k -> new RunCounts(
                            kind,
                            (String) row.get("run_id"),
                            (String) row.get("rule_set_digest"),
                            new LinkedHashMap<>()));
            counts.fired().put((String) row.get("rule_id"), ((Number) row.get("fired")).longValue());
        }
        return latest;
    }
}
