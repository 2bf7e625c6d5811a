package org.tierwise.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An audit event being written: what was done to which subject, by whom (the current actor unless
 * named), how it ended, and its particulars.
 */
public final class AuditEntry {

    /** A longer text particular (an error message, say) is cut to this many characters. */
    private static final int MAX_TEXT = 4000;
    /** A subject id (a file name, say) longer than its column is cut. */
    private static final int MAX_SUBJECT = 500;

    private final AuditAction action;
    private final String subjectKind;
    private final String subjectId;
    private final String summary;
    private final Map<String, Object> detail = new LinkedHashMap<>();
    private String actor;
    private AuditOutcome outcome = AuditOutcome.DONE;
    private String digest;
    private String ruleSetDigest;

    private AuditEntry(AuditAction action, String subjectKind, String subjectId, String summary) {
        this.action = Objects.requireNonNull(action);
        this.subjectKind = Objects.requireNonNull(subjectKind);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.summary = Objects.requireNonNull(summary);
    }

    /**
     * @param subjectKind what the subject is: file, tiering-run, brokering-run, finance-check, school,
     *     deployment, rule-set, rule-change
     * @param subjectId its identity: a file name, a run id, a URN, a digest
     * @param summary one sentence a person reads in a list
     */
    public static AuditEntry of(AuditAction action, String subjectKind, Object subjectId, String summary) {
        String id = String.valueOf(subjectId);
        return new AuditEntry(
                action, subjectKind, id.length() > MAX_SUBJECT ? id.substring(0, MAX_SUBJECT - 1) + "…" : id, summary);
    }

    /** Names the actor; without it the entry is recorded for {@link Actors#current()}. */
    public AuditEntry actor(String actor) {
        this.actor = actor;
        return this;
    }

    public AuditEntry outcome(AuditOutcome outcome) {
        this.outcome = Objects.requireNonNull(outcome);
        return this;
    }

    /** The SHA-256 of the subject: an imported file's bytes, the rule set after a change. */
    public AuditEntry digest(String digest) {
        this.digest = digest;
        return this;
    }

    /** The rule set a run used, or that was live before a rule change. */
    public AuditEntry ruleSet(String ruleSetDigest) {
        this.ruleSetDigest = ruleSetDigest;
        return this;
    }

    /** One particular, kept in the event's JSON detail in the order given; long texts are cut. */
    public AuditEntry detail(String name, Object value) {
        detail.put(
                name,
                value instanceof List<?> list
                        ? list.stream().map(AuditEntry::cut).toList()
                        : cut(value));
        return this;
    }

    private static Object cut(Object value) {
        return value instanceof String text && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : value;
    }

    AuditAction action() {
        return action;
    }

    String subjectKind() {
        return subjectKind;
    }

    String subjectId() {
        return subjectId;
    }

    String summary() {
        return summary;
    }

    Map<String, Object> detail() {
        return Collections.unmodifiableMap(detail);
    }

    String actor() {
        return actor == null ? Actors.current() : actor;
    }

    AuditOutcome outcome() {
        return outcome;
    }

    String digest() {
        return digest;
    }

    String ruleSetDigest() {
        return ruleSetDigest;
    }
}
