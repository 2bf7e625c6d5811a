package org.tierwise.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Reads the audit trail: filtered, newest first. */
@Component
public class AuditQuery {

    private static final String COLUMNS = "id, occurred_at, actor, action, outcome, subject_kind, subject_id, digest,"
            + " rule_set_digest, summary, detail";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditQuery(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * What to look for; every part is optional.
     *
     * @param actor exactly this actor
     * @param action this action
     * @param from at or after
     * @param to before
     * @param subject a subject id (a file name, a run id, a URN, a digest), or kind:id such as
     *     tiering-run:3
     */
    public record Filter(String actor, AuditAction action, OffsetDateTime from, OffsetDateTime to, String subject) {

        /** Parses an action name, naming the valid ones when it is not one. */
        public static AuditAction action(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            try {
                return AuditAction.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "action '" + name + "' is not one of " + List.of(AuditAction.values()));
            }
        }
    }

    /** One page of events. */
    public record Page(List<AuditEvent> content, int page, int size, long totalElements, int totalPages) {}

    public Page find(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditEvent> events = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query(this::event)
                .list();
        return new Page(events, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Every event that matches, newest first: for the export. */
    public List<AuditEvent> all(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id DESC")
                .params(params)
                .query(this::event)
                .list();
    }

    /** The events of these actions on runs of these rule sets, newest first. */
    public List<AuditEvent> byRuleSets(List<AuditAction> actions, List<String> ruleSetDigests) {
        if (ruleSetDigests.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE action IN (:actions)"
                        + " AND rule_set_digest IN (:digests) ORDER BY id DESC")
                .param("actions", actions.stream().map(Enum::name).toList())
                .param("digests", ruleSetDigests)
                .query(this::event)
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(filter.to());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            String subject = filter.subject().trim();
            int colon = subject.indexOf(':');
            if (colon > 0) {
                conditions.add("(subject_id = ? OR (subject_kind = ? AND subject_id = ?))");
                params.add(subject);
                params.add(subject.substring(0, colon));
                params.add(subject.substring(colon + 1));
            } else {
                conditions.add("(subject_id = ? OR digest = ?)");
                params.add(subject);
                params.add(subject);
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("subject_kind"),
                rs.getString("subject_id"),
                rs.getString("digest"),
                rs.getString("rule_set_digest"),
                rs.getString("summary"),
                json.readTree(rs.getString("detail")));
    }
}
