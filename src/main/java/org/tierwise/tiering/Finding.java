package org.tierwise.tiering;

import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/**
 * A finding other rules build on, e.g. BELOW_FLOOR for 2019 or COASTING_YEAR for 2017.
 *
 * @param academicYear the end year of the results it is about, or 0 when not about a year
 */
@AllowedInRules
public record Finding(int urn, String code, int academicYear, Explanation explanation) implements SchoolOutcome {

    @Override
    public String toString() {
        return SchoolOutcome.describe("Finding", urn, "code=" + code + ", academicYear=" + academicYear, explanation);
    }
}
