package org.tierwise.school.facts;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.AgeRange;
import org.tierwise.school.Governance;
import org.tierwise.school.Phase;
import org.tierwise.school.SchoolStatus;

/** A school as the rules see it: register data, immutable. */
@AllowedInRules
public record SchoolFacts(
        int urn,
        String name,
        Integer laCode,
        String laName,
        Phase phase,
        Governance governance,
        String establishmentType,
        SchoolStatus status,
        String trustName,
        Integer ageLow,
        Integer ageHigh,
        Integer easting,
        Integer northing,
        Integer numberOfPupils,
        String clusterId) {

    /** Maintained by the LA (EIA 2006 s59): the LA's intervention powers apply. */
    public boolean maintained() {
        return governance != null && governance.isMaintained();
    }

    /** An academy or free school: the LA refers concerns to the Secretary of State / RSC. */
    public boolean academy() {
        return governance != null && governance.isAcademy();
    }

    public boolean open() {
        return status != SchoolStatus.CLOSED;
    }

    /** Infant, first, junior or primary, from the statutory ages; null for other ranges. */
    public AgeRange ageRange() {
        return AgeRange.of(ageLow, ageHigh);
    }

    /** An infant school (statutory ages ending at 7): key stage 1 only. */
    public boolean infant() {
        return ageRange() == AgeRange.INFANT;
    }

    /** A junior school (from 7 to 10 or 11): key stage 2 only, so no KS1 baseline of its own. */
    public boolean junior() {
        return ageRange() == AgeRange.JUNIOR;
    }

    /** An infant or first school (no pupils beyond age 9 at KS2 end): primary floor does not apply. */
    public boolean infantOrFirst() {
        return ageHigh != null && ageHigh <= 9;
    }
}
