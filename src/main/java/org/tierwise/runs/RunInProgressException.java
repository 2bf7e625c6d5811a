package org.tierwise.runs;

/**
 * A run of the same kind for the same scope is in progress, here or on another instance sharing
 * the database; {@code holder} names it (null when it finished while this one was being refused).
 */
public class RunInProgressException extends RuntimeException {

    private final RunKind kind;
    private final String scope;
    private final transient RunLockHolder holder;

    public RunInProgressException(RunKind kind, String scope, RunLockHolder holder) {
        this(kind, scope, holder, "is already in progress");
    }

    RunInProgressException(RunKind kind, String scope, RunLockHolder holder, String what) {
        super("a " + kind.label() + " for " + scope + " " + what
                + (holder == null
                        ? ""
                        : ": started by " + holder.startedBy() + " on " + holder.instance() + " at "
                                + holder.acquiredAt().toInstant() + ", last seen running at "
                                + holder.renewedAt().toInstant())
                + "; try again when it has finished");
        this.kind = kind;
        this.scope = scope;
        this.holder = holder;
    }

    public RunKind kind() {
        return kind;
    }

    public String scope() {
        return scope;
    }

    public RunLockHolder holder() {
        return holder;
    }
}
