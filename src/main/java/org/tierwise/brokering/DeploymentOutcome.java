package org.tierwise.brokering;

/** What became of a school after a deployment: its tier at the next tiering run, compared. */
public enum DeploymentOutcome {
    IMPROVED,
    NOT_IMPROVED,
    PENDING
}
