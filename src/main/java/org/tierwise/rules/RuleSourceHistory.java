package org.tierwise.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files of every rule set that has been live or proposed, kept (each distinct content once) so
 * that a later change can be shown as a diff and a rule can be traced through the versions.
 * Insert-only.
 */
@Repository
public class RuleSourceHistory {

    private final JdbcClient jdbc;

    RuleSourceHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One file of one stored rule set. */
    public record VersionFile(String ruleSetDigest, String path, String contentSha256) {}

    /** Stores the files of {@code sources} under their version, unless that version is stored already. */
    void store(RuleSources sources) {
        String digest = sources.version().digest();
        Long held = jdbc.sql("SELECT COUNT(*) FROM rule_set_source WHERE rule_set_digest = ?")
                .param(digest)
                .query(Long.class)
                .single();
        if (held > 0) {
            return;
        }
        for (SourceFile file : files(sources)) {
            String sha = sha256(file.content());
            Long known = jdbc.sql("SELECT COUNT(*) FROM rule_file_content WHERE sha256 = ?")
                    .param(sha)
                    .query(Long.class)
                    .single();
            if (known == 0) {
                jdbc.sql("INSERT INTO rule_file_content (sha256, content) VALUES (?, ?)")
                        .params(sha, file.content())
                        .update();
            }
            jdbc.sql("INSERT INTO rule_set_source (rule_set_digest, path, content_sha256, modified_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(digest, file.path(), sha, OffsetDateTime.ofInstant(file.modified(), ZoneOffset.UTC))
                    .update();
        }
    }

    /** The files of a stored version, as sources that compile to that same version; empty if not stored. */
    Optional<RuleSources> sources(String ruleSetDigest, java.nio.file.Path root) {
        List<SourceFile> files = jdbc.sql("SELECT s.path, c.content, s.modified_at FROM rule_set_source s"
                        + " JOIN rule_file_content c ON c.sha256 = s.content_sha256"
                        + " WHERE s.rule_set_digest = ? ORDER BY s.path")
                .param(ruleSetDigest)
                .query((rs, row) -> new SourceFile(
                        rs.getString("path"),
                        rs.getString("content"),
                        rs.getObject("modified_at", OffsetDateTime.class).toInstant()))
                .list();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSources(
                root,
                files.stream().filter(file -> file.path().endsWith(".drl")).toList(),
                files.stream().filter(file -> !file.path().endsWith(".drl")).toList(),
                Set.of()));
    }

    /** Every stored file of every version whose content passes {@code test}. */
    public List<VersionFile> filesWhoseContent(Predicate<String> test) {
        List<String> matching = jdbc
                .sql("SELECT sha256, content FROM rule_file_content")
                .query((rs, row) -> test.test(rs.getString("content")) ? rs.getString("sha256") : null)
                .list()
                .stream()
                .filter(sha -> sha != null)
                .toList();
        if (matching.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT rule_set_digest, path, content_sha256 FROM rule_set_source"
                        + " WHERE content_sha256 IN (:shas) ORDER BY rule_set_digest, path")
                .param("shas", matching)
                .query((rs, row) -> new VersionFile(
                        rs.getString("rule_set_digest"), rs.getString("path"), rs.getString("content_sha256")))
                .list();
    }

    /** The content of a stored file. */
    public Optional<String> content(String sha256) {
        return jdbc.sql("SELECT content FROM rule_file_content WHERE sha256 = ?")
                .param(sha256)
                .query(String.class)
                .optional();
    }

    static List<SourceFile> files(RuleSources sources) {
        return Stream.concat(sources.drlFiles().stream(), sources.parameterFiles().stream())
                .toList();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
