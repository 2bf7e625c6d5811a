package org.tierwise.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.tierwise.audit.Actors;

/**
 * A change of the rules: who made it live (or proposed it), when, the rule sets before and after,
 * and each file it added, removed or modified with its unified diff.
 *
 * @param status APPLIED, PENDING (waiting for a second POLICY user), REJECTED, or SUPERSEDED (a later
 *     proposal replaced it before anyone decided)
 * @param decidedBy who approved or rejected a proposed change
 * @param firstApprovedBy for a change found on disk, which needs two approvers: the first, while it
 *     waits for the second
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
        String firstApprovedBy,
        OffsetDateTime firstApprovedAt,
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
                firstApprovedBy,
                firstApprovedAt,
                List.of());
    }

    /**
     * A change found on disk rather than proposed by a user (edited while the service was stopped, or
     * seen by the watcher) has no accountable author: two distinct POLICY users must approve it.
     */
    @JsonProperty
    public int approvalsNeeded() {
        return Actors.SYSTEM.equals(proposedBy) ? 2 : 1;
    }
}
