package org.tierwise.school;

/** Phase of education, as the register gives it. */
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
