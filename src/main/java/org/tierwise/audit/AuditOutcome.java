package org.tierwise.audit;

/** How the audited action ended. */
public enum AuditOutcome {
    /** It was done. */
    DONE,
    /** It was refused before anything was changed (bad input, rules that do not compile). */
    REFUSED,
    /** It failed part way; nothing of it was kept. */
    FAILED,
    /** It waits for someone else's decision. */
    PENDING
}
