package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;

/** What became of a school after a deployment: its tier at the next tiering run, compared. */
@AllowedInRules
public enum DeploymentOutcome {
    IMPROVED,
    NOT_IMPROVED,
    PENDING
}
