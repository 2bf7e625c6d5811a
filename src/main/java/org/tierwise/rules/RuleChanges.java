package org.tierwise.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.audit.AuditOutcome;

/**
 * Records every change of the rules with who, when, the digests before and after and the diff of
 * each file; with {@code tierwise.rules.require-second-approval} a changed rule set is only proposed,
 * and goes live when a second POLICY user approves it. Each activation, proposal and decision is also
 * an audit event.
 */
@Component
public class RuleChanges {

    private static final int DIFF_CONTEXT = 3;

    private final JdbcClient jdbc;
    private final RuleSourceHistory history;
    private final AuditLog audit;
    private final boolean approvalRequired;

    RuleChanges(
            JdbcClient jdbc,
            RuleSourceHistory history,
            AuditLog audit,
            @Value("${tierwise.rules.require-second-approval:false}") boolean approvalRequired) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
        this.approvalRequired = approvalRequired;
    }

    /** Whether a changed rule set waits for a second POLICY user before it goes live. */
    public boolean approvalRequired() {
        return approvalRequired;
    }

    /**
     * Records that {@code sources} went live instead of the rule set {@code previousDigest} (null
     * when there was none): a change with its diff when they differ, and an audit event.
     *
     * @param how what made it live: "startup" or "reload"
     */
    RuleChange activated(String previousDigest, RuleSources sources, int ruleCount, String actor, String how) {
        history.store(sources);
        RuleSetVersion after = sources.version();
        RuleChange change = previousDigest == null || previousDigest.equals(after.digest())
                ? null
                : insert(
                        previousDigest,
                        sources,
                        actor,
                        RuleChange.Status.APPLIED,
                        "startup".equals(how) ? "the files changed while the service was stopped" : null);
        audit.record(activation(previousDigest, after, ruleCount, actor, how, change));
        return change;
    }

    /**
     * Proposes {@code sources} to replace the live rule set {@code beforeDigest}, superseding any
     * other pending proposal; the same proposal again is answered with the pending change.
     */
    RuleChange proposed(String beforeDigest, RuleSources sources, String actor) {
        String afterDigest = sources.version().digest();
        Optional<RuleChange> same = pending().stream()
                .filter(change -> change.beforeDigest().equals(beforeDigest)
                        && change.afterDigest().equals(afterDigest))
                .findFirst();
        if (same.isPresent()) {
            return find(same.get().id()).orElseThrow();
        }
        jdbc.sql("UPDATE rule_change SET status = 'SUPERSEDED', decided_at = ? WHERE status = 'PENDING'")
                .param(OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        history.store(sources);
        RuleChange change = insert(beforeDigest, sources, actor, RuleChange.Status.PENDING, null);
        audit.record(AuditEntry.of(
                        AuditAction.RULE_CHANGE_PROPOSED,
                        "rule-change",
                        change.id(),
                        "Rule change " + change.id() + " proposed: " + paths(change.files()) + " ("
                                + shortDigest(beforeDigest) + " to " + shortDigest(afterDigest)
                                + "); it waits for a second POLICY user's approval")
                .actor(actor)
                .outcome(AuditOutcome.PENDING)
                .digest(afterDigest)
                .ruleSet(beforeDigest)
                .detail("changeId", change.id())
                .detail("files", fileSummary(change.files())));
        return change;
    }

    /** The recorded files of a rule set that has been live or proposed. */
    Optional<RuleSources> recordedSources(String ruleSetDigest, java.nio.file.Path root) {
        return history.sources(ruleSetDigest, root);
    }

    /** Records a reload refused because the rules do not compile. */
    void refused(RuleSetVersion attempted, String liveDigest, List<RuleProblem> errors, String actor) {
        audit.record(AuditEntry.of(
                        AuditAction.RULES_RELOAD_REFUSED,
                        "rule-set",
                        attempted.digest(),
                        "Reload refused: " + errors.size() + " error(s), first " + errors.get(0)
                                + "; the live rules stay live")
                .actor(actor)
                .outcome(AuditOutcome.REFUSED)
                .digest(attempted.digest())
                .ruleSet(liveDigest)
                .detail(
                        "errors",
                        errors.stream().limit(20).map(RuleProblem::toString).toList()));
    }

    /** A pending change, or why it cannot be decided. */
    RuleChange pendingChange(long id) {
        RuleChange change = find(id).orElseThrow(() -> new RuleChangeNotFoundException(id));
        if (change.status() != RuleChange.Status.PENDING) {
            throw new RuleChangeConflictException("rule change " + id + " is " + change.status() + ", not pending"
                    + (change.decidedBy() == null ? "" : " (decided by " + change.decidedBy() + ")"));
        }
        return change;
    }

    /** Marks a pending change approved and live. */
    void approved(RuleChange change, int ruleCount, String approver) {
        decide(change, RuleChange.Status.APPLIED, approver, null);
        audit.record(AuditEntry.of(
                        AuditAction.RULE_CHANGE_APPROVED,
                        "rule-change",
                        change.id(),
                        "Rule change " + change.id() + " by " + change.proposedBy() + " approved by " + approver)
                .actor(approver)
                .digest(change.afterDigest())
                .ruleSet(change.beforeDigest())
                .detail("changeId", change.id())
                .detail("proposedBy", change.proposedBy()));
        audit.record(activation(
                change.beforeDigest(),
                new RuleSetVersion(change.afterDigest(), change.afterLabel()),
                ruleCount,
                approver,
                "approval",
                change));
    }

    /** Records the first of the two approvals a change found on disk needs; it stays pending. */
    RuleChange firstApproval(RuleChange change, String approver) {
        int updated = jdbc.sql("UPDATE rule_change SET first_approved_by = ?, first_approved_at = ?"
                        + " WHERE id = ? AND status = 'PENDING' AND first_approved_by IS NULL")
                .params(approver, OffsetDateTime.now(ZoneOffset.UTC), change.id())
                .update();
        if (updated == 0) {
            throw new RuleChangeConflictException(
                    "rule change " + change.id() + " was approved or decided by someone else meanwhile");
        }
        audit.record(AuditEntry.of(
                        AuditAction.RULE_CHANGE_APPROVED,
                        "rule-change",
                        change.id(),
                        "Rule change " + change.id() + " found on disk approved by " + approver
                                + "; it waits for a second POLICY user's approval")
                .actor(approver)
                .outcome(AuditOutcome.PENDING)
                .digest(change.afterDigest())
                .ruleSet(change.beforeDigest())
                .detail("changeId", change.id())
                .detail("approval", "first of two"));
        return find(change.id()).orElseThrow();
    }

    /** Rejects a pending change: the rules it proposed do not go live. */
    RuleChange rejected(long id, String by, String reason) {
        RuleChange change = pendingChange(id);
        decide(change, RuleChange.Status.REJECTED, by, reason);
        audit.record(AuditEntry.of(
                        AuditAction.RULE_CHANGE_REJECTED,
                        "rule-change",
                        change.id(),
                        "Rule change " + change.id() + " by " + change.proposedBy() + " rejected by " + by
                                + (reason == null ? "" : ": " + reason))
                .actor(by)
                .digest(change.afterDigest())
                .ruleSet(change.beforeDigest())
                .detail("changeId", change.id())
                .detail("proposedBy", change.proposedBy())
                .detail("reason", reason));
        return find(id).orElseThrow();
    }

    /**
     * The newest changes first, without their files. The database applies the limit and the rows are
     * read into a list, so the connection goes back to the pool before this returns (a stream from
     * {@code JdbcClient} holds its connection until closed).
     */
    public List<RuleChange> list(int limit) {
        return jdbc.sql("SELECT * FROM rule_change ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(Math.max(0, limit))
                .query((rs, row) -> change(rs))
                .list();
    }

    /** The changes waiting for a decision (at most one: a new proposal supersedes the others). */
    public List<RuleChange> pending() {
        return jdbc.sql("SELECT * FROM rule_change WHERE status = 'PENDING' ORDER BY id DESC")
                .query((rs, row) -> change(rs))
                .list();
    }

    /** One change with every file it touched and the diffs. */
    public Optional<RuleChange> find(long id) {
        return jdbc.sql("SELECT * FROM rule_change WHERE id = ?")
                .param(id)
                .query((rs, row) -> change(rs))
                .optional()
                .map(this::withFiles);
    }

    /** Every change that added, removed or modified one of these files, newest first, with its files. */
    public List<RuleChange> touching(Collection<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("SELECT * FROM rule_change WHERE id IN"
                        + " (SELECT change_id FROM rule_change_file WHERE path IN (:paths)) ORDER BY id DESC")
                .param("paths", List.copyOf(paths))
                .query((rs, row) -> change(rs))
                .list()
                .stream()
                .map(this::withFiles)
                .toList();
    }

    private void decide(RuleChange change, RuleChange.Status status, String by, String note) {
        int updated = jdbc.sql("UPDATE rule_change SET status = ?, decided_by = ?, decided_at = ?, note = ?"
                        + " WHERE id = ? AND status = 'PENDING'")
                .params(status.name(), by, OffsetDateTime.now(ZoneOffset.UTC), note, change.id())
                .update();
        if (updated == 0) {
            throw new RuleChangeConflictException("rule change " + change.id() + " was decided by someone else");
        }
    }

    private RuleChange insert(
            String beforeDigest, RuleSources after, String actor, RuleChange.Status status, String note) {
        Optional<RuleSources> before = history.sources(beforeDigest, after.root());
        List<RuleChange.FileChange> files = before.map(
                        old -> diff(RuleSourceHistory.files(old), RuleSourceHistory.files(after)))
                .orElse(List.of());
        String recordedNote = before.isPresent()
                ? note
                : (note == null ? "" : note + "; ")
                        + "the files of the previous rule set were not recorded, so there is no diff";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rule_change (proposed_at, proposed_by, before_digest, after_digest,"
                        + " after_label, status, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC),
                        actor,
                        beforeDigest,
                        after.version().digest(),
                        after.version().label(),
                        status.name(),
                        recordedNote)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (RuleChange.FileChange file : files) {
            jdbc.sql("INSERT INTO rule_change_file (change_id, path, change_kind, before_sha256, after_sha256, diff)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, file.path(), file.kind(), file.beforeSha256(), file.afterSha256(), file.diff())
                    .update();
        }
        return find(id).orElseThrow();
    }

    /** Each file added, removed or modified between two sets of files, with its unified diff. */
    static List<RuleChange.FileChange> diff(List<SourceFile> before, List<SourceFile> after) {
        Map<String, String> old = before.stream().collect(Collectors.toMap(SourceFile::path, SourceFile::content));
        Map<String, String> now = after.stream().collect(Collectors.toMap(SourceFile::path, SourceFile::content));
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<RuleChange.FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (a != null && a.equals(b)) {
                continue;
            }
            List<String> aLines = a == null ? List.of() : a.lines().toList();
            List<String> bLines = b == null ? List.of() : b.lines().toList();
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
                    a == null ? "/dev/null" : "a/" + path,
                    b == null ? "/dev/null" : "b/" + path,
                    aLines,
                    DiffUtils.diff(aLines, bLines),
                    DIFF_CONTEXT);
            changes.add(new RuleChange.FileChange(
                    path,
                    a == null ? "ADDED" : b == null ? "REMOVED" : "MODIFIED",
                    a == null ? null : RuleSourceHistory.sha256(a),
                    b == null ? null : RuleSourceHistory.sha256(b),
                    String.join("\n", unified) + "\n"));
        }
        return changes;
    }

    private static AuditEntry activation(
            String previousDigest, RuleSetVersion after, int ruleCount, String actor, String how, RuleChange change) {
        return AuditEntry.of(
                        AuditAction.RULES_ACTIVATED,
                        "rule-set",
                        after.digest(),
                        "Rules " + after.shortDigest() + " (" + ruleCount + " rules) live by " + how
                                + (previousDigest == null ? "" : ", replacing " + shortDigest(previousDigest))
                                + (change == null ? "" : ": " + paths(change.files())))
                .actor(actor)
                .digest(after.digest())
                .ruleSet(previousDigest)
                .detail("trigger", how)
                .detail("label", after.label())
                .detail("ruleCount", ruleCount)
                .detail("changeId", change == null ? null : change.id())
                .detail("files", change == null ? List.of() : fileSummary(change.files()));
    }

    private static String paths(List<RuleChange.FileChange> files) {
        return files.isEmpty()
                ? "no file diff recorded"
                : files.stream().map(f -> f.path() + " " + f.kind()).collect(Collectors.joining(", "));
    }

    private static Map<String, String> fileSummary(List<RuleChange.FileChange> files) {
        return files.stream()
                .collect(Collectors.toMap(
                        RuleChange.FileChange::path, RuleChange.FileChange::kind, (a, b) -> a, TreeMap::new));
    }

    private static String shortDigest(String digest) {
        return digest.substring(0, Math.min(12, digest.length()));
    }

    private RuleChange withFiles(RuleChange change) {
        List<RuleChange.FileChange> files = jdbc.sql(
                        "SELECT path, change_kind, before_sha256, after_sha256, diff FROM rule_change_file"
                                + " WHERE change_id = ? ORDER BY path")
                .param(change.id())
                .query((rs, row) -> new RuleChange.FileChange(
                        rs.getString("path"),
                        rs.getString("change_kind"),
                        rs.getString("before_sha256"),
                        rs.getString("after_sha256"),
                        rs.getString("diff")))
                .list();
        return new RuleChange(
                change.id(),
                change.proposedAt(),
                change.proposedBy(),
                change.beforeDigest(),
                change.afterDigest(),
                change.afterLabel(),
                change.status(),
                change.decidedBy(),
                change.decidedAt(),
                change.note(),
                change.firstApprovedBy(),
                change.firstApprovedAt(),
                files);
    }

    private static RuleChange change(ResultSet rs) throws SQLException {
        return new RuleChange(
                rs.getLong("id"),
                rs.getObject("proposed_at", OffsetDateTime.class),
                rs.getString("proposed_by"),
                rs.getString("before_digest"),
                rs.getString("after_digest"),
                rs.getString("after_label"),
                RuleChange.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("note"),
                rs.getString("first_approved_by"),
                rs.getObject("first_approved_at", OffsetDateTime.class),
                List.of());
    }
}
