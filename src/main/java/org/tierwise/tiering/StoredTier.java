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

    /**
     * A commissioning group's decision to place the school in another tier, with its reason, who made
     * it and when; {@code carriedFromRun} is the run it was recorded in when it was carried into this
     * one from there, null when it was recorded in this run.
     */
    public record Override(Tier tier, String reason, String by, java.time.Instant at, Long carriedFromRun) {

        public boolean carried() {
            return carriedFromRun != null;
        }
    }

    /** The tier in force: the override's where there is one, else the computed tier. */
    public Tier effectiveTier() {
        return override == null ? tier : override.tier();
    }
}
