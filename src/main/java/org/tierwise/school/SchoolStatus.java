package org.tierwise.school;

/** Whether the school is open, as the register records it. */
public enum SchoolStatus {
    OPEN,
    CLOSED,
    PROPOSED_TO_CLOSE,
    PROPOSED_TO_OPEN
}
