package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/** The kind of concern an officer records about a school. */
@AllowedInRules
public enum ConcernKind {
    SAFEGUARDING,
    LEADERSHIP_CHANGE,
    GOVERNANCE,
    FINANCE,
    COMPLAINTS,
    OTHER
}
