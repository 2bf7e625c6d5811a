package org.tierwise.tiering;

/** No such tiering run, or the school is not in it. */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(long runId) {
        super("no tiering run " + runId);
    }

    public RunNotFoundException(long runId, int urn) {
        super("school " + urn + " is not in tiering run " + runId);
    }

    public RunNotFoundException(String message) {
        super(message);
    }
}
