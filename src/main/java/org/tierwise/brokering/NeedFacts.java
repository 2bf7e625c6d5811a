package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;

/**
 * One support need of a school from the tiering run: its area, the school's tier, and how many
 * supporters it asks for.
 */
@AllowedInRules
public record NeedFacts(int urn, String area, int tier, int wanted) {

    /** True when the area is one of the space-separated areas of a text parameter. */
    public boolean areaIn(String areas) {
        return SupporterFacts.listed(areas, area);
    }

    /** A parameter name for this need's area, e.g. {@code brokering.area-roles.GOVERNANCE}. */
    public String areaKey(String prefix) {
        return prefix + "." + area;
    }

    /** A parameter name for this need's tier, e.g. {@code brokering.role-level.tier-4}. */
    public String tierKey(String prefix) {
        return prefix + ".tier-" + tier;
    }
}
