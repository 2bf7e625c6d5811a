package org.tierwise.rules;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of rule sets that have been live: which version, when and by whom. */
@Repository
public class RuleSetVersions {

    private final JdbcClient jdbc;

    RuleSetVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One activation of a rule set. */
    public record Activation(
            String digest, String label, int ruleCount, OffsetDateTime activatedAt, String activatedBy) {}

    /** Records an activation unless the same version is already the latest (a restart, say). */
    synchronized void recordIfNew(RuleSet ruleSet, String activatedBy) {
        List<Activation> latest = history(1);
        if (!latest.isEmpty() && latest.get(0).digest().equals(ruleSet.version().digest())) {
            return;
        }
        jdbc.sql("INSERT INTO rule_set_version (digest, version_label, rule_count, activated_at, activated_by)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        ruleSet.version().digest(),
                        ruleSet.version().label(),
                        ruleSet.rules().size(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        activatedBy)
                .update();
    }

    /**
     * The newest activations first. The limit is applied by the database and the rows are read into
     * a list, so the connection goes back to the pool before this returns: a stream from {@code
     * JdbcClient} holds its connection until it is closed.
     */
    public List<Activation> history(int limit) {
        return jdbc.sql("SELECT digest, version_label, rule_count, activated_at, activated_by FROM rule_set_version"
                        + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(Math.max(0, limit))
                .query((rs, row) -> new Activation(
                        rs.getString("digest"),
                        rs.getString("version_label"),
                        rs.getInt("rule_count"),
                        rs.getObject("activated_at", OffsetDateTime.class),
                        rs.getString("activated_by")))
                .list();
    }
}
