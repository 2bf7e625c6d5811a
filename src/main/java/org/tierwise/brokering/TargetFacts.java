package org.tierwise.brokering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.school.Phase;

/**
 * A school needing support as the brokering rules see it: where it is, its phase, trust and
 * cluster, its tier in the tiering run, and the teaching school alliance linked to its cluster.
 *
 * @param linkedAlliance the alliance of a teaching school in the same cluster (the Dorset model of
 *     a cluster linked to a named alliance), or null
 */
@AllowedInRules
public record TargetFacts(
        int urn,
        String name,
        Phase phase,
        String clusterId,
        String trustName,
        Integer easting,
        Integer northing,
        int tier,
        String linkedAlliance) {

    public boolean located() {
        return easting != null && northing != null;
    }
}
