package org.tierwise.runs;

/**
 * A held run lock. The run calls {@link #confirm()} inside the transaction that stores it: the lock
 * row is renewed and locked until that transaction ends, so a run whose lock was taken over (its
 * instance stalled past the expiry) stores nothing.
 */
public interface RunLease {

    RunKind kind();

    String scope();

    /**
     * Confirms, in the current transaction, that this run still holds its lock.
     *
     * @throws RunInProgressException when another run has taken the lock over
     */
    void confirm();
}
