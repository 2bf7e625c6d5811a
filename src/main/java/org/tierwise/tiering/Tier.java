package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;

/**
 * The tiers of intervention, from 1 (universal) to 4 (intervention), and the explicit outcome for a
 * school whose inputs do not allow a tier. Names and meanings shown to people come from the rule
 * set's parameters ({@code rules/parameters/tiers.yaml}), so policy staff change them in one place.
 */
@AllowedInRules
public enum Tier {
    CANNOT_DETERMINE(0),
    UNIVERSAL(1),
    TARGETED(2),
    INTENSIVE(3),
    INTERVENTION(4);

    private final int level;

    Tier(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The tier at a level 1-4. */
    public static Tier ofLevel(int level) {
        for (Tier tier : values()) {
            if (tier.level == level && tier != CANNOT_DETERMINE) {
                return tier;
            }
        }
        throw new IllegalArgumentException("tier level must be 1 to 4, was " + level);
    }

    /** This tier raised by {@code steps}, at most to {@link #INTERVENTION}. */
    public Tier raisedBy(int steps) {
        return ofLevel(Math.min(INTERVENTION.level, Math.max(level, UNIVERSAL.level) + steps));
    }
}
