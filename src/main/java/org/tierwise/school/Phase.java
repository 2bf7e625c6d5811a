package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/** Phase of education, as the register gives it. */
@AllowedInRules
public enum Phase {
    NURSERY,
    PRIMARY,
    MIDDLE,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    ALTERNATIVE_PROVISION,
    POST_16,
    UNKNOWN
}
