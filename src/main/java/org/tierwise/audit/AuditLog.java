package org.tierwise.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends events to the audit trail. It only ever inserts: there is no way in the service to change
 * or delete an event. Called inside the caller's transaction where there is one, so an import or run
 * and its event are stored together or not at all.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int SUMMARY_LENGTH = 4000;
    private static final int DETAIL_LENGTH = 100_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends one event. */
    public void record(AuditEntry entry) {
        String actor = entry.actor();
        String summary = entry.summary().length() > SUMMARY_LENGTH
                ? entry.summary().substring(0, SUMMARY_LENGTH - 1) + "…"
                : entry.summary();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, outcome, subject_kind, subject_id, digest,"
                        + " rule_set_digest, summary, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC),
                        actor,
                        entry.action().name(),
                        entry.outcome().name(),
                        entry.subjectKind(),
                        entry.subjectId(),
                        entry.digest(),
                        entry.ruleSetDigest(),
                        summary,
                        detail(entry))
                .update();
        log.debug("Audit: {} {} {} {} {}", actor, entry.action(), entry.outcome(), entry.subjectKind(), summary);
    }

    /** The particulars as JSON; if they would not fit their column, their start as one string. */
    private String detail(AuditEntry entry) {
        String detail = json.writeValueAsString(entry.detail());
        if (detail.length() <= DETAIL_LENGTH) {
            return detail;
        }
        return json.writeValueAsString(java.util.Map.of(
                "truncated",
                detail.length() + " characters of detail, cut to fit",
                "start",
                detail.substring(0, 90_000)));
    }
}
