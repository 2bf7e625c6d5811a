package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/** Stage of a performance-tables release. */
@AllowedInRules
public enum DataStatus {
    PROVISIONAL,
    REVISED,
    FINAL
}
