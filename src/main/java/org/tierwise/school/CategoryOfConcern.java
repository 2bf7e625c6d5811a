package org.tierwise.school;

/** Ofsted category for an inadequate school (Education Act 2005 s44). */
public enum CategoryOfConcern {
    NONE,
    SERIOUS_WEAKNESSES,
    SPECIAL_MEASURES
}
