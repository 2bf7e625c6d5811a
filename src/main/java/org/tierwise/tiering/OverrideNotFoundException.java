package org.tierwise.tiering;

/** The school has no override in force in the run, so there is none to remove. */
public class OverrideNotFoundException extends RuntimeException {

    public OverrideNotFoundException(long runId, int urn) {
        super("school " + urn + " has no override in force in tiering run " + runId);
    }
}
