package org.tierwise.school;

/** The kind of concern an officer records about a school. */
public enum ConcernKind {
    SAFEGUARDING,
    LEADERSHIP_CHANGE,
    GOVERNANCE,
    FINANCE,
    COMPLAINTS,
    OTHER
}
