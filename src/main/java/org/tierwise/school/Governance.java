package org.tierwise.school;

import org.tierwise.rules.AllowedInRules;

/**
 * Who governs a school, which decides who may intervene: the local authority for maintained
 * schools (EIA 2006 Part 4), the Secretary of State (RSC) for academies and free schools. Which
 * GIAS establishment type has which governance is a classification policy staff keep in {@code
 * rules/parameters/register.yaml}, read when a register file is imported.
 */
@AllowedInRules
public enum Governance {
    COMMUNITY(true, false),
    FOUNDATION(true, false),
    VOLUNTARY_AIDED(true, false),
    VOLUNTARY_CONTROLLED(true, false),
    MAINTAINED_SPECIAL(true, false),
    MAINTAINED_NURSERY(true, false),
    PUPIL_REFERRAL_UNIT(false, false),
    ACADEMY_CONVERTER(false, true),
    SPONSORED_ACADEMY(false, true),
    FREE_SCHOOL(false, true),
    NON_MAINTAINED_SPECIAL(false, false),
    INDEPENDENT(false, false),
    /**
     * An establishment GIAS lists that is not a state-funded school in England: further and higher
     * education, sixth form centres, special post-16 institutions, secure units, Welsh, offshore,
     * overseas and service children's schools, online providers, children's centres, miscellaneous.
     */
    OTHER_PROVISION(false, false),
    UNKNOWN(false, false);

    private final boolean maintained;
    private final boolean academy;

    Governance(boolean maintained, boolean academy) {
        this.maintained = maintained;
        this.academy = academy;
    }

    /** Maintained by the local authority in the sense of EIA 2006 s59(1), so LA powers apply. */
    public boolean isMaintained() {
        return maintained;
    }

    /** An academy or free school: concerns go to the Secretary of State / RSC. */
    public boolean isAcademy() {
        return academy;
    }

    /**
     * A state-funded school, within the LA's school-improvement duties, so tiered: not independent,
     * non-maintained special or other provision. {@link #UNKNOWN} counts as state-funded, so a
     * school whose register file gives no type is still tiered rather than silently left out.
     */
    public boolean isStateFundedSchool() {
        return this != INDEPENDENT && this != NON_MAINTAINED_SPECIAL && this != OTHER_PROVISION;
    }
}
