package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/** Ofsted category for an inadequate school (Education Act 2005 s44). */
@AllowedInRules
public enum CategoryOfConcern {
    NONE,
    SERIOUS_WEAKNESSES,
    SPECIAL_MEASURES
}
