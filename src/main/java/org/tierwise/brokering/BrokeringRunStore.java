package org.tierwise.brokering;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tierwise.rules.Explanation;

/**
 * Stores brokering runs append-only: the run, every evaluated pair (eligible with its score and
 * whether it was allocated, or excluded), each pair's exclusions and score components with their
 * rules, and each need with what it got and, when short, why.
 */
@Repository
public class BrokeringRunStore {

    /** Pairs written per JDBC batch. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BrokeringRunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One evaluated pair of a run with its explanations. */
    public record StoredCandidate(
            long id,
            long runId,
            int urn,
            String area,
            String supporterId,
            boolean eligible,
            Double score,
            boolean allocated,
            List<StoredReason> reasons) {}

    /** An exclusion or a score component of a pair, with the rule that made it. */
    public record StoredReason(
            String kind,
            String name,
            Double points,
            String ruleId,
            String ruleName,
            String ruleSource,
            String reason) {}

    /** A need of a run: what it asked for, what it got, and why it got less. */
    public record StoredNeed(int urn, String area, int tier, int wanted, int allocated, String unmetReason) {}

    /** A pair to write. */
    record PairToStore(
            int urn,
            String area,
            String supporterId,
            boolean eligible,
            Double score,
            boolean allocated,
            List<Reason> reasons) {}

    /** A reason to write. */
    record Reason(String kind, String name, Double points, Explanation explanation) {}

    long save(BrokeringRunRecord run, List<PairToStore> pairs, List<StoredNeed> needs) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO brokering_run (tiering_run_id, la_code, as_of, rule_set_digest, rule_set_label, run_by,"
                        + " started_at, finished_at, need_count, match_count, unmet_count, total_score, allocation_millis)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        run.tieringRunId(),
                        run.laCode(),
                        run.asOf(),
                        run.ruleSetDigest(),
                        run.ruleSetLabel(),
                        run.runBy(),
                        Timestamp.from(run.startedAt()),
                        Timestamp.from(run.finishedAt()),
                        run.needCount(),
                        run.matchCount(),
                        run.unmetCount(),
                        run.totalScore(),
                        run.allocationMillis())
                .update(key, "id");
        long runId = key.getKey().longValue();
        for (int from = 0; from < pairs.size(); from += BATCH) {
            savePairs(runId, pairs.subList(from, Math.min(pairs.size(), from + BATCH)));
        }
        template.batchUpdate(
                "INSERT INTO brokering_need (run_id, urn, area, tier, wanted, allocated, unmet_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                needs.stream()
                        .map(n -> new Object[] {
                            runId,
                            n.urn(),
                            n.area(),
                            n.tier(),
                            n.wanted(),
                            n.allocated(),
                            truncate(n.unmetReason(), 1000)
                        })
                        .toList());
        return runId;
    }

    /** Writes pairs as one JDBC batch and then their reasons as another, with the pairs' generated ids. */
    private void savePairs(long runId, List<PairToStore> pairs) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(
                connection -> connection.prepareStatement(
                        "INSERT INTO brokering_candidate (run_id, urn, area, supporter_id, eligible, score, allocated)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        PairToStore pair = pairs.get(i);
                        ps.setLong(1, runId);
                        ps.setInt(2, pair.urn());
                        ps.setString(3, pair.area());
                        ps.setString(4, pair.supporterId());
                        ps.setBoolean(5, pair.eligible());
                        ps.setObject(6, pair.score(), Types.DOUBLE);
                        ps.setBoolean(7, pair.allocated());
                    }

                    @Override
                    public int getBatchSize() {
                        return pairs.size();
                    }
                },
                keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != pairs.size()) {
            throw new IllegalStateException(
                    "the database returned " + ids.size() + " ids for " + pairs.size() + " brokering pairs");
        }
        List<Object[]> reasons = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            long candidateId = ((Number) ids.get(i).values().iterator().next()).longValue();
            for (Reason r : pairs.get(i).reasons()) {
                Explanation why = r.explanation();
                reasons.add(new Object[] {
                    candidateId,
                    r.kind(),
                    r.name(),
                    r.points(),
                    why.ruleId() == null ? "(no id)" : why.ruleId(),
                    truncate(why.ruleName(), 300),
                    truncate(why.source(), 500),
                    truncate(why.reason() == null ? "" : why.reason(), 2000)
                });
            }
        }
        template.batchUpdate(
                "INSERT INTO brokering_reason (candidate_id, kind, name, points, rule_id, rule_name, rule_source, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                reasons);
    }

    public Optional<BrokeringRunRecord> run(long id) {
        return jdbc.sql("SELECT * FROM brokering_run WHERE id = ?")
                .param(id)
                .query(BrokeringRunStore::run)
                .optional();
    }

    /** The latest run whose needs include the school, after a tiering run that was not withdrawn. */
    public Optional<Long> latestRunWith(int urn) {
        return jdbc.sql("SELECT MAX(n.run_id) FROM brokering_need n JOIN brokering_run b ON b.id = n.run_id"
                        + " WHERE n.urn = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM tiering_run_withdrawal w WHERE w.run_id = b.tiering_run_id)")
                .param(urn)
                .query(Long.class)
                .optional();
    }

    public List<StoredNeed> needs(long runId) {
        return jdbc.sql("SELECT * FROM brokering_need WHERE run_id = ? ORDER BY tier DESC, urn, area")
                .param(runId)
                .query(BrokeringRunStore::need)
                .list();
    }

    public List<StoredNeed> needs(long runId, int urn) {
        return jdbc.sql("SELECT * FROM brokering_need WHERE run_id = ? AND urn = ? ORDER BY area")
                .params(runId, urn)
                .query(BrokeringRunStore::need)
                .list();
    }

    /** The allocated pairs of a run, with their score components. */
    public List<StoredCandidate> matches(long runId) {
        return candidates("c.run_id = ? AND c.allocated = TRUE", "c.urn, c.area, c.score DESC, c.supporter_id", runId);
    }

    /** Every evaluated pair of one school in a run, best score first, excluded last. */
    public List<StoredCandidate> candidates(long runId, int urn) {
        return candidates(
                "c.run_id = ? AND c.urn = ?", "c.area, c.eligible DESC, c.score DESC, c.supporter_id", runId, urn);
    }

    public Optional<StoredCandidate> candidate(long runId, long candidateId) {
        return candidates("c.run_id = ? AND c.id = ?", "c.id", runId, candidateId).stream()
                .findFirst();
    }

    /** The pairs matching {@code where}, each with its reasons, in one query (a pair's rows are adjacent). */
    private List<StoredCandidate> candidates(String where, String order, Object... params) {
        String sql = "SELECT c.id, c.run_id, c.urn, c.area, c.supporter_id, c.eligible, c.score, c.allocated,"
                + " r.kind, r.name, r.points, r.rule_id, r.rule_name, r.rule_source, r.reason"
                + " FROM brokering_candidate c LEFT JOIN brokering_reason r ON r.candidate_id = c.id"
                + " WHERE " + where + " ORDER BY " + order + ", c.id, r.id";
        List<StoredCandidate> pairs = new ArrayList<>();
        List<List<StoredReason>> reasons = new ArrayList<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            if (pairs.isEmpty() || pairs.get(pairs.size() - 1).id() != rs.getLong("id")) {
                pairs.add(candidate(rs));
                reasons.add(new ArrayList<>());
            }
            if (rs.getString("kind") != null) {
                reasons.get(reasons.size() - 1)
                        .add(new StoredReason(
                                rs.getString("kind"),
                                rs.getString("name"),
                                rs.getObject("points") == null ? null : rs.getDouble("points"),
                                rs.getString("rule_id"),
                                rs.getString("rule_name"),
                                rs.getString("rule_source"),
                                rs.getString("reason")));
            }
        });
        List<StoredCandidate> withReasons = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            StoredCandidate c = pairs.get(i);
            withReasons.add(new StoredCandidate(
                    c.id(),
                    c.runId(),
                    c.urn(),
                    c.area(),
                    c.supporterId(),
                    c.eligible(),
                    c.score(),
                    c.allocated(),
                    List.copyOf(reasons.get(i))));
        }
        return withReasons;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static StoredCandidate candidate(ResultSet rs) throws SQLException {
        return new StoredCandidate(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getInt("urn"),
                rs.getString("area"),
                rs.getString("supporter_id"),
                rs.getBoolean("eligible"),
                rs.getObject("score") == null ? null : rs.getDouble("score"),
                rs.getBoolean("allocated"),
                List.of());
    }

    private static StoredNeed need(ResultSet rs, int row) throws SQLException {
        return new StoredNeed(
                rs.getInt("urn"),
                rs.getString("area"),
                rs.getInt("tier"),
                rs.getInt("wanted"),
                rs.getInt("allocated"),
                rs.getString("unmet_reason"));
    }

    private static BrokeringRunRecord run(ResultSet rs, int row) throws SQLException {
        Object la = rs.getObject("la_code");
        return new BrokeringRunRecord(
                rs.getLong("id"),
                rs.getLong("tiering_run_id"),
                la == null ? null : ((Number) la).intValue(),
                rs.getDate("as_of").toLocalDate(),
                rs.getString("rule_set_digest"),
                rs.getString("rule_set_label"),
                rs.getString("run_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                rs.getInt("need_count"),
                rs.getInt("match_count"),
                rs.getInt("unmet_count"),
                rs.getDouble("total_score"),
                rs.getLong("allocation_millis"));
    }
}
