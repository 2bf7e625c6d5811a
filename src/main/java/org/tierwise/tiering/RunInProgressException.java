package org.tierwise.tiering;

/** A tiering run for the same authority is already in progress. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String scope) {
        super("a tiering run for " + ("all".equals(scope) ? "all authorities" : "LA " + scope)
                + " is already in progress; try again when it has finished");
    }
}
