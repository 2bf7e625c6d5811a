package org.tierwise.tiering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tierwise.rules.Explanation;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Governance;
import org.tierwise.school.Phase;

/**
 * Stores tiering runs, append-only: a run, its per-school results and every explained detail are
 * written once and never updated; overrides and a withdrawal are added beside them.
 */
@Repository
public class TieringRunStore {

    private static final int MAX_FACTS_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TieringRunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes a run with all its results and the inputs it read; call inside a transaction. */
    long save(RunRecord run, TieringEvaluation evaluation, List<RunInput> inputs) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tiering_run (la_code, academic_year, data_status, as_of, rule_set_digest, rule_set_label,"
                        + " input_digest, run_by, started_at, finished_at, school_count, not_tiered, not_tiered_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        run.laCode(),
                        run.academicYear(),
                        run.dataStatus().name(),
                        run.asOf(),
                        run.ruleSetDigest(),
                        run.ruleSetLabel(),
                        run.inputDigest(),
                        run.runBy(),
                        Timestamp.from(run.startedAt()),
                        Timestamp.from(run.finishedAt()),
                        run.schoolCount(),
                        run.notTiered(),
                        run.notTieredReason())
                .update(key, "id");
        long id = key.getKey().longValue();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> details = new ArrayList<>();
        for (SchoolTiering school : evaluation.schools()) {
            var s = school.school();
            Tier reasonsTier = school.decision() == null
                    ? Tier.CANNOT_DETERMINE
                    : school.decision().reasonsTier();
            results.add(new Object[] {
                id,
                s.urn(),
                s.name(),
                s.phase().name(),
                s.governance().name(),
                s.clusterId(),
                school.tier().name(),
                reasonsTier.name()
            });
            if (school.decision() != null) {
                details.add(detail(
                        id,
                        s.urn(),
                        "DECISION",
                        school.tier().name(),
                        school.tier(),
                        school.decision().explanation()));
            }
            school.reasons()
                    .forEach(r -> details.add(detail(id, s.urn(), "REASON", r.code(), r.tier(), r.explanation())));
            school.raises().forEach(r -> details.add(detail(id, s.urn(), "RAISE", r.code(), null, r.explanation())));
            school.needs().forEach(n -> details.add(detail(id, s.urn(), "NEED", n.area(), null, n.explanation())));
            school.actions().forEach(a -> details.add(detail(id, s.urn(), "ACTION", a.code(), null, a.explanation())));
            school.missing()
                    .forEach(m -> details.add(detail(id, s.urn(), "MISSING", m.input(), null, m.explanation())));
            school.findings()
                    .forEach(f -> details.add(detail(id, s.urn(), "FINDING", f.code(), null, f.explanation())));
            school.notes().forEach(n -> details.add(detail(id, s.urn(), "DATA_NOTE", n.code(), null, n.explanation())));
            school.nearMisses().forEach(m -> {
                Object[] row = detail(id, s.urn(), "NEAR_MISS", m.standard(), null, m.explanation());
                row[row.length - 2] = m.margin();
                row[row.length - 1] = m.withinMargin();
                details.add(row);
            });
        }
        List<Object[]> inputRows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RunInput input = inputs.get(i);
            inputRows.add(new Object[] {
                id,
                i,
                input.input(),
                input.schools(),
                truncate(input.releases(), 200),
                input.asAt(),
                input.files().isEmpty() ? null : truncate(String.join("\n", input.files()), 4000)
            });
        }
        template.batchUpdate(
                "INSERT INTO tiering_run_input (run_id, position, input, schools, releases, as_at, files)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                inputRows);
        template.batchUpdate(
                "INSERT INTO tiering_result (run_id, urn, school_name, phase, governance, cluster_id, tier, reasons_tier)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                results);
        template.batchUpdate(
                "INSERT INTO tiering_detail (run_id, urn, kind, code, tier, rule_id, rule_name, rule_source, reason,"
                        + " matched_facts, data_sources, margin, within_margin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                details);
        return id;
    }

    private static Object[] detail(long runId, int urn, String kind, String code, Tier tier, Explanation why) {
        String facts = String.join("\n", why.matchedFacts());
        return new Object[] {
            runId,
            urn,
            kind,
            truncate(code, 100),
            tier == null ? null : tier.name(),
            why.ruleId() == null ? "(no id)" : why.ruleId(),
            truncate(why.ruleName(), 300),
            truncate(why.source(), 500),
            truncate(why.reason() == null ? "" : why.reason(), 2000),
            truncate(facts, MAX_FACTS_TEXT),
            why.dataSources().isEmpty() ? null : truncate(String.join("\n", why.dataSources()), 2000),
            null,
            null
        };
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A run with its withdrawal, if any. */
    private static final String RUNS = "SELECT r.*, w.reason AS withdrawn_reason, w.withdrawn_by, w.withdrawn_at"
            + " FROM tiering_run r LEFT JOIN tiering_run_withdrawal w ON w.run_id = r.id";

    /** Every run, withdrawn or not, newest first. */
    public List<RunRecord> runs() {
        return jdbc.sql(RUNS + " ORDER BY r.id DESC")
                .query(TieringRunStore::run)
                .list();
    }

    /** The runs in force (not withdrawn), newest first. */
    public List<RunRecord> runsInForce() {
        return runs().stream().filter(r -> !r.withdrawn()).toList();
    }

    public Optional<RunRecord> run(long id) {
        return jdbc.sql(RUNS + " WHERE r.id = ?")
                .param(id)
                .query(TieringRunStore::run)
                .optional();
    }

    /** Records a run's withdrawal; a run is withdrawn once (the key refuses a second). */
    void withdraw(long runId, RunRecord.Withdrawal withdrawal) {
        jdbc.sql("INSERT INTO tiering_run_withdrawal (run_id, reason, withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?)")
                .params(runId, withdrawal.reason(), withdrawal.by(), Timestamp.from(withdrawal.at()))
                .update();
    }

    /** The school's results in a run, with overrides (the latest for each school). */
    public List<StoredTier> results(long runId) {
        Map<Integer, StoredTier.Override> overrides = overrides(runId);
        return jdbc.sql("SELECT * FROM tiering_result WHERE run_id = ? ORDER BY school_name, urn")
                .param(runId)
                .query((rs, n) -> tier(rs, overrides))
                .list();
    }

    public Optional<StoredTier> result(long runId, int urn) {
        Map<Integer, StoredTier.Override> overrides = overrides(runId);
        return jdbc.sql("SELECT * FROM tiering_result WHERE run_id = ? AND urn = ?")
                .params(runId, urn)
                .query((rs, n) -> tier(rs, overrides))
                .optional();
    }

    /**
     * The run that gives the school its current tier: of the runs not withdrawn whose results
     * include it (its authority's, or every authority's), the one for the newest academic year, and
     * of those the last to finish. Not simply the newest run: a run for an older year, made later,
     * does not replace the newer year's tiers.
     */
    public Optional<Long> currentRunWith(int urn) {
        return jdbc.sql("SELECT t.id FROM tiering_result r JOIN tiering_run t ON t.id = r.run_id"
                        + " WHERE r.urn = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM tiering_run_withdrawal w WHERE w.run_id = t.id)"
                        + " ORDER BY t.academic_year DESC, t.finished_at DESC, t.id DESC FETCH FIRST 1 ROWS ONLY")
                .param(urn)
                .query(Long.class)
                .optional();
    }

    /** What a run read and how recent it was, in the order the run stated it. */
    public List<RunInput> inputs(long runId) {
        return jdbc.sql("SELECT * FROM tiering_run_input WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query((rs, n) -> new RunInput(
                        rs.getString("input"),
                        rs.getInt("schools"),
                        rs.getString("releases"),
                        rs.getObject("as_at", LocalDate.class),
                        rs.getString("files") == null
                                ? List.of()
                                : List.of(rs.getString("files").split("\n"))))
                .list();
    }

    /** A school's result with one of its near misses. */
    public record NearMissRow(StoredTier result, StoredDetail detail) {}

    /**
     * The near misses of a run within their standard's margin, of one standard or (null) of every
     * one, closest first.
     */
    public List<NearMissRow> nearMisses(long runId, String standard) {
        Map<Integer, StoredTier.Override> overrides = overrides(runId);
        return jdbc.sql("SELECT r.*, d.kind, d.code, d.tier AS detail_tier, d.rule_id, d.rule_name, d.rule_source,"
                        + " d.reason, d.matched_facts, d.data_sources, d.margin, d.within_margin"
                        + " FROM tiering_detail d JOIN tiering_result r ON r.run_id = d.run_id AND r.urn = d.urn"
                        + " WHERE d.run_id = ? AND d.kind = 'NEAR_MISS' AND d.within_margin = TRUE"
                        + " AND (CAST(? AS VARCHAR(100)) IS NULL OR d.code = ?)"
                        + " ORDER BY d.code, d.margin, r.urn")
                .params(runId, standard, standard)
                .query((rs, n) -> new NearMissRow(
                        tier(rs, overrides),
                        new StoredDetail(
                                rs.getString("kind"),
                                rs.getString("code"),
                                null,
                                rs.getString("rule_id"),
                                rs.getString("rule_name"),
                                rs.getString("rule_source"),
                                rs.getString("reason"),
                                rs.getString("matched_facts"),
                                rs.getString("data_sources"),
                                rs.getDouble("margin"),
                                true)))
                .list();
    }

    public List<StoredDetail> details(long runId, int urn) {
        return jdbc.sql("SELECT * FROM tiering_detail WHERE run_id = ? AND urn = ? ORDER BY id")
                .params(runId, urn)
                .query((rs, n) -> detail(rs))
                .list();
    }

    /** Every detail of a run, by school: for export and comparison. */
    public Map<Integer, List<StoredDetail>> details(long runId) {
        List<Map.Entry<Integer, StoredDetail>> rows = jdbc.sql(
                        "SELECT * FROM tiering_detail WHERE run_id = ? ORDER BY urn, id")
                .param(runId)
                .query((rs, n) -> Map.entry(rs.getInt("urn"), detail(rs)))
                .list();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        java.util.TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Records an override; the history of overrides is kept, the latest is in force. */
    void addOverride(long runId, int urn, Tier tier, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO tier_override (run_id, urn, tier, reason, overridden_by, overridden_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(runId, urn, tier.name(), reason, by, Timestamp.from(at))
                .update();
    }

    /** Records that the override in force is removed, by whom, when and why; the rules' tier is in force again. */
    void removeOverride(long runId, int urn, Tier removed, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO tier_override (run_id, urn, tier, reason, overridden_by, overridden_at, removed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, TRUE)")
                .params(runId, urn, removed.name(), reason, by, Timestamp.from(at))
                .update();
    }

    /**
     * Carries into a new run, for each of its schools, the override in force in the run that gave
     * the school its current tier before it: of the runs not withdrawn for the new run's academic
     * year or earlier that include the school, the newest year's last to finish. The copy keeps the
     * officer's tier, reason, name and time, and names the run the officer recorded it in. Call in
     * the new run's transaction, after {@link #save}.
     *
     * @return how many overrides were carried
     */
    int carryOverrides(long runId, int academicYear) {
        // Overrides are few: only schools that have ever had one are looked up.
        Map<Integer, Long> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT r.urn, r.run_id FROM tiering_result r JOIN tiering_run t ON t.id = r.run_id"
                        + " WHERE r.urn IN (SELECT o.urn FROM tier_override o)"
                        + " AND r.urn IN (SELECT n.urn FROM tiering_result n WHERE n.run_id = ?)"
                        + " AND t.id <> ? AND t.academic_year <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM tiering_run_withdrawal w WHERE w.run_id = t.id)"
                        + " ORDER BY r.urn, t.academic_year DESC, t.finished_at DESC, t.id DESC")
                .params(runId, runId, academicYear)
                .query(rs -> {
                    sources.putIfAbsent(rs.getInt("urn"), rs.getLong("run_id"));
                });
        Map<Long, List<Integer>> bySource = sources.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        List<Object[]> carried = new ArrayList<>();
        bySource.forEach((sourceRun, urns) -> {
            Map<Integer, StoredTier.Override> inForce = overrides(sourceRun);
            for (int urn : urns) {
                StoredTier.Override o = inForce.get(urn);
                if (o != null) {
                    carried.add(new Object[] {
                        runId,
                        urn,
                        o.tier().name(),
                        o.reason(),
                        o.by(),
                        Timestamp.from(o.at()),
                        o.carried() ? o.carriedFromRun() : sourceRun
                    });
                }
            }
        });
        if (!carried.isEmpty()) {
            template.batchUpdate(
                    "INSERT INTO tier_override (run_id, urn, tier, reason, overridden_by, overridden_at,"
                            + " carried_from_run) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    carried);
        }
        return carried.size();
    }

    /** The override in force for each school of a run: its latest row, unless that row removed it. */
    private Map<Integer, StoredTier.Override> overrides(long runId) {
        Map<Integer, StoredTier.Override> latest = new HashMap<>();
        jdbc.sql("SELECT * FROM tier_override WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query(rs -> {
                    if (rs.getBoolean("removed")) {
                        latest.remove(rs.getInt("urn"));
                    } else {
                        Object carriedFrom = rs.getObject("carried_from_run");
                        latest.put(
                                rs.getInt("urn"),
                                new StoredTier.Override(
                                        Tier.valueOf(rs.getString("tier")),
                                        rs.getString("reason"),
                                        rs.getString("overridden_by"),
                                        rs.getTimestamp("overridden_at").toInstant(),
                                        carriedFrom == null ? null : ((Number) carriedFrom).longValue()));
                    }
                });
        return latest;
    }

    private static StoredDetail detail(ResultSet rs) throws SQLException {
        return new StoredDetail(
                rs.getString("kind"),
                rs.getString("code"),
                rs.getString("tier") == null ? null : Tier.valueOf(rs.getString("tier")),
                rs.getString("rule_id"),
                rs.getString("rule_name"),
                rs.getString("rule_source"),
                rs.getString("reason"),
                rs.getString("matched_facts"),
                rs.getString("data_sources"),
                rs.getObject("margin") == null ? null : rs.getDouble("margin"),
                rs.getObject("within_margin") == null ? null : rs.getBoolean("within_margin"));
    }

    private static StoredTier tier(ResultSet rs, Map<Integer, StoredTier.Override> overrides) throws SQLException {
        int urn = rs.getInt("urn");
        return new StoredTier(
                rs.getLong("run_id"),
                urn,
                rs.getString("school_name"),
                Phase.valueOf(rs.getString("phase")),
                Governance.valueOf(rs.getString("governance")),
                rs.getString("cluster_id"),
                Tier.valueOf(rs.getString("tier")),
                Tier.valueOf(rs.getString("reasons_tier")),
                overrides.get(urn));
    }

    private static RunRecord run(ResultSet rs, int row) throws SQLException {
        Object la = rs.getObject("la_code");
        return new RunRecord(
                rs.getLong("id"),
                la == null ? null : ((Number) la).intValue(),
                rs.getInt("academic_year"),
                DataStatus.valueOf(rs.getString("data_status")),
                rs.getDate("as_of").toLocalDate(),
                rs.getString("rule_set_digest"),
                rs.getString("rule_set_label"),
                rs.getString("input_digest"),
                rs.getString("run_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                rs.getInt("school_count"),
                rs.getInt("not_tiered"),
                rs.getString("not_tiered_reason"),
                rs.getTimestamp("withdrawn_at") == null
                        ? null
                        : new RunRecord.Withdrawal(
                                rs.getString("withdrawn_reason"),
                                rs.getString("withdrawn_by"),
                                rs.getTimestamp("withdrawn_at").toInstant()));
    }
}
