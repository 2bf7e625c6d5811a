package org.tierwise.tiering;

import org.tierwise.school.Governance;
import org.tierwise.school.Phase;

/** One school's stored result in a run, with the override a commissioning group recorded, if any. */
public record StoredTier(
        long runId,
        int urn,
        String schoolName,
        Phase phase,
        Governance governance,
        String clusterId,
        Tier tier,
        Tier reasonsTier,
        Override override) {

    /** A commissioning group's decision to place the school in another tier, with its reason. */
    public record Override(Tier tier, String reason, String by, java.time.Instant at) {}

    /** The tier in force: the override's where there is one, else the computed tier. */
    public Tier effectiveTier() {
        return override == null ? tier : override.tier();
    }
}
