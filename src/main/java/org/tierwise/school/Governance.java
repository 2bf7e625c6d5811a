package org.tierwise.school;

import java.util.Locale;
import java.util.Map;
import org.tierwise.rules.AllowedInRules;

/**
 * Who governs a school, which decides who may intervene: the local authority for maintained
 * schools (EIA 2006 Part 4), the Secretary of State (RSC) for academies and free schools.
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
    UNKNOWN(false, false);

    /** GIAS / performance-tables establishment type names, lower case. */
    private static final Map<String, Governance> BY_TYPE = Map.ofEntries(
            Map.entry("community school", COMMUNITY),
            Map.entry("foundation school", FOUNDATION),
            Map.entry("voluntary aided school", VOLUNTARY_AIDED),
            Map.entry("voluntary controlled school", VOLUNTARY_CONTROLLED),
            Map.entry("community special school", MAINTAINED_SPECIAL),
            Map.entry("foundation special school", MAINTAINED_SPECIAL),
            Map.entry("local authority nursery school", MAINTAINED_NURSERY),
            Map.entry("pupil referral unit", PUPIL_REFERRAL_UNIT),
            Map.entry("academy converter", ACADEMY_CONVERTER),
            Map.entry("academy special converter", ACADEMY_CONVERTER),
            Map.entry("academy alternative provision converter", ACADEMY_CONVERTER),
            Map.entry("academy 16-19 converter", ACADEMY_CONVERTER),
            Map.entry("academy sponsor led", SPONSORED_ACADEMY),
            Map.entry("academy special sponsor led", SPONSORED_ACADEMY),
            Map.entry("academy alternative provision sponsor led", SPONSORED_ACADEMY),
            Map.entry("academy 16 to 19 sponsor led", SPONSORED_ACADEMY),
            Map.entry("city technology college", SPONSORED_ACADEMY),
            Map.entry("free schools", FREE_SCHOOL),
            Map.entry("free school", FREE_SCHOOL),
            Map.entry("free schools special", FREE_SCHOOL),
            Map.entry("free schools alternative provision", FREE_SCHOOL),
            Map.entry("free schools 16 to 19", FREE_SCHOOL),
            Map.entry("university technical college", FREE_SCHOOL),
            Map.entry("studio schools", FREE_SCHOOL),
            Map.entry("non-maintained special school", NON_MAINTAINED_SPECIAL),
            Map.entry("other independent school", INDEPENDENT),
            Map.entry("other independent special school", INDEPENDENT));

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

    /** The governance for a published establishment type, or {@link #UNKNOWN}. */
    public static Governance fromEstablishmentType(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        return BY_TYPE.getOrDefault(type.trim().toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
