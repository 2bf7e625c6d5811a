package org.tierwise.rules;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A change of the rules: who made it live (or proposed it), when, the rule sets before and after,
 * and each file it added, removed or modified with its unified diff.
 *
 * @param status APPLIED, PENDING (waiting for a second POLICY user), REJECTED, or SUPERSEDED (a later
 *     proposal replaced it before anyone decided)
 * @param decidedBy who approved or rejected a proposed change
 */
public record RuleChange(
        long id,
        OffsetDateTime proposedAt,
        String proposedBy,
        String beforeDigest,
        String afterDigest,
        String afterLabel,
        Status status,
        String decidedBy,
        OffsetDateTime decidedAt,
        String note,
        List<FileChange> files) {

    public enum Status {
        APPLIED,
        PENDING,
        REJECTED,
        SUPERSEDED
    }

    /**
     * One file of the change.
     *
     * @param kind ADDED, REMOVED or MODIFIED
     * @param diff unified diff, {@code a/} before and {@code b/} after
     */
    public record FileChange(String path, String kind, String beforeSha256, String afterSha256, String diff) {}

    /** The same change without its files, for lists. */
    public RuleChange withoutFiles() {
        return new RuleChange(
                id,
                proposedAt,
                proposedBy,
                beforeDigest,
                afterDigest,
                afterLabel,
                status,
                decidedBy,
                decidedAt,
                note,
                List.of());
    }
}
