package org.tierwise.audit;

/** What an audit event records. */
public enum AuditAction {
    /** A file imported, or refused. */
    IMPORT,
    TIERING_RUN,
    /** A tiering run withdrawn, with its reason: kept, but no longer any school's current tier. */
    TIERING_RUN_WITHDRAWN,
    BROKERING_RUN,
    FINANCE_CHECK,
    /** A commissioning group's override of a school's tier in a run, with its reason. */
    TIER_OVERRIDE,
    /** An override removed, with its reason: the rules' tier is in force again. */
    TIER_OVERRIDE_REMOVED,
    /** A brokering match confirmed as a deployment. */
    DEPLOYMENT_CONFIRMED,
    /** A rule set made live: at start-up, by a reload or by an approval. */
    RULES_ACTIVATED,
    /** A reload whose rules did not compile: nothing changed. */
    RULES_RELOAD_REFUSED,
    /** A changed rule set waiting for a second POLICY user's approval. */
    RULE_CHANGE_PROPOSED,
    RULE_CHANGE_APPROVED,
    RULE_CHANGE_REJECTED
}
