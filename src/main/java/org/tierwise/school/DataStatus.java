package org.tierwise.school;

/** Stage of a performance-tables release. */
public enum DataStatus {
    PROVISIONAL,
    REVISED,
    FINAL
}
